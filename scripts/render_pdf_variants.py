#!/usr/bin/env python3
"""Render the samples' tables through a real PDF converter chain, for the generality suite.

The suite's other families rewrite a sample's text by rules of our own; this one lets real
tools lay the tables out: each sample's tables (as budget-etl read them: titles, header paths,
codes, labels, printed values) become an HTML document, headless Chromium prints it to PDF in
several page styles, and pdftotext turns the PDF into text (`-layout`, and `-raw` for
content-stream order), or MuPDF does (`mutool draw -F txt`: the `*-mupdf` styles). Column widths, wrapped labels and header words, page breaks with the
header repeated, Chromium's own page headers and footers: all of it comes from the tools, not
from us. GeneralitySuiteTests.testRenderedThroughPDF reads the texts and compares their facts
with the sample's.

The styles in PYTHON_CONVERTED read the same PDFs through pdfplumber and pdfminer.six instead
of pdftotext.

Usage (needs chromium, LibreOffice Calc and Writer, pdftotext, mutool, and for the Python converters a venv
with pdfplumber and pdfminer.six, $RENDER_VENV; the texts are committed, so tests do not):
    swift build && .build/debug/budget-etl run --input input --output /tmp/r-in
    .build/debug/budget-etl run --input Tests/Fixtures/pdf --output /tmp/r-pdf
    python3 scripts/render_pdf_variants.py /tmp/r-in /tmp/r-pdf --out Tests/Fixtures/rendered
The real documents' pages (Tests/Fixtures/real), in the workbook and Word styles:
    .build/debug/budget-etl run --input Tests/Fixtures/real --output /tmp/r-real
    python3 scripts/render_pdf_variants.py /tmp/r-real --out Tests/Fixtures/rendered/real \
        --styles calc,writer,landscape --min-facts 7
The ruled-table styles (calc-ruled, writer-ruled) read the PDF with pdfplumber: run the script with
/opt/render-venv/bin/python (or any Python with pdfplumber) for them.
(and --styles calc-mupdf,writer-mupdf,landscape-mupdf for MuPDF's text of the same PDFs).
"""
import argparse
import csv
from decimal import Decimal
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, OrderedDict, defaultdict

# Page styles: (name, CSS, Chromium's header/footer on, pdftotext mode; None: plain pdftotext,
# reading order without -layout). The styles named in OFFICE_FILTERS are not printed by Chromium:
# LibreOffice imports the HTML and exports the PDF. Calc imports it as a spreadsheet (narrow
# columns, labels wrapped inside their cells, "Sheet1" / "Page 1" on every page), as a department's
# Excel workbook printed to PDF looks; Writer as a word-processor document (column widths chosen by
# Writer from the cells' text, cell text wrapped, rows split across pages with the header rows
# repeated), as a Word / WPS document printed to PDF looks, the way most disclosures are made.
STYLES = [
    ("landscape", "@page { size: A4 landscape; margin: 12mm; } body { font-size: 10pt; }", False, "-layout"),
    ("portrait-narrow", "@page { size: A4 portrait; margin: 15mm; } body { font-size: 10.5pt; }"
     " td.label { max-width: 7em; } th { max-width: 5em; }", False, "-layout"),
    ("portrait-furniture", "@page { size: A4 portrait; margin: 18mm 12mm; } body { font-size: 9pt; }"
     " thead { display: table-header-group; }", True, "-layout"),
    ("raw", "@page { size: A4 landscape; margin: 12mm; } body { font-size: 10pt; }", False, "-raw"),
    ("calc", "", False, "-layout"),
    ("calc-grouped", "", False, "-layout"),
    ("writer", "", False, "-layout"),
    ("writer-grouped", "", False, "-layout"),
    ("writer-plain", "", False, None),
    # Middle-aligned cells, as Excel / WPS templates print them (MIDDLE_STYLES below).
    ("calc-middle", "", False, "-layout"),
    ("writer-middle", "", False, "-layout"),
    # MuPDF's text of the same PDFs (`mutool draw -F txt`, as PyMuPDF's `page.get_text()`): blocks
    # in content-stream order, a row's cells on lines of their own or not (MUPDF_STYLES).
    ("calc-mupdf", "", False, "mutool"),
    ("writer-mupdf", "", False, "mutool"),
    ("landscape-mupdf", "", False, "mutool"),
    # Ruled-table converters (Tabula / Camelot-like, here pdfplumber): the tables found by their
    # ruling lines, written as tab-separated rows of cells (blank cells kept), the text outside them
    # as lines; `calc-ruled` from the calc-grouped sheet printed with its grid lines, a wrapped
    # cell's lines joined by a space; `writer-ruled` from the writer document with its cells
    # bordered, a wrapped cell's line breaks written as they come (the row broken over lines).
    ("calc-ruled", "", False, "ruled-joined"),
    ("writer-ruled", "", False, "ruled-breaks"),
    # Session 25: the same PDFs turned into text by the Python converters researchers use
    # (PYTHON_CONVERTERS): pdfplumber's layout text of a workbook's and a Word document's PDF,
    # pdfminer.six's text boxes of a Word document's PDF.
    ("calc-plumber-layout", "", False, "plumber-layout"),
    ("writer-plumber-layout", "", False, "plumber-layout"),
    ("writer-pdfminer", "", False, "pdfminer"),
]
OFFICE_FILTERS = {"calc": "HTML (StarCalc)", "calc-grouped": "HTML (StarCalc)", "writer": "HTML (StarWriter)",
                   "writer-grouped": "HTML (StarWriter)", "writer-plain": "HTML (StarWriter)",
                   "calc-middle": "HTML (StarCalc)", "writer-middle": "HTML (StarWriter)",
                   "calc-ruled": "HTML (StarCalc)", "writer-ruled": "HTML (StarWriter)"}
# The workbook styles: Calc prints a sheet (cover, title and agency line as merged cells); in
# `calc-grouped` its amounts are numbers in the `#,##0.00` format, as workbooks print them, where
# `calc` leaves them in Calc's General format (1298190).
SHEET_STYLES = {"calc", "calc-grouped", "calc-middle", "calc-ruled"}
# The styles printing amounts `#,##0.00`: a workbook's typed numbers (`calc-grouped`), or a Word /
# WPS document's cells holding the amounts as the workbook they were copied from printed them
# (`writer-grouped`: text only, its rates and counts as printed; Writer sets the widths).
GROUPED_STYLES = {"calc-grouped", "writer-grouped", "calc-middle", "calc-ruled"}
# The styles Calc prints fitted to the page's width (a workbook's author's page setting).
FITTED_SHEET_STYLES = {"calc-grouped", "calc-middle", "calc-ruled"}
WRITER_STYLES = {style for style, name in OFFICE_FILTERS.items() if name == "HTML (StarWriter)"}
# The styles whose text MuPDF takes from the PDF another style prints (its page, CSS and converter
# chain), as a user converting the same document with `mutool draw -F txt` instead of pdftotext has it.
MUPDF_STYLES = {"calc-mupdf": "calc", "writer-mupdf": "writer", "landscape-mupdf": "landscape"}
# Styles whose text a Python converter makes from the PDF of another style (the style named here):
# pdfplumber's `extract_text(layout=True)` (a layout text like `pdftotext -layout`, spaced by its
# own character widths) and pdfminer.six's `extract_text` (text boxes in reading order, a table's
# cells often one per line), as a researcher's script calls them. They run in the venv named by
# $RENDER_VENV (default /opt/render-venv), which has pdfplumber and pdfminer.six.
PYTHON_CONVERTED = {"calc-plumber-layout": "calc", "writer-plumber-layout": "writer", "writer-pdfminer": "writer"}
PYTHON_CONVERTERS = {
    "plumber-layout": "import pdfplumber, sys\n"
                      "with pdfplumber.open(sys.argv[1]) as pdf:\n"
                      "    print('\\n'.join(page.extract_text(layout=True) or '' for page in pdf.pages))\n",
    "pdfminer": "import sys\nfrom pdfminer.high_level import extract_text\nprint(extract_text(sys.argv[1]))\n",
}
# The style whose PDF each converter style reads.
PRINTED_AS = {**MUPDF_STYLES, **PYTHON_CONVERTED}

BASE_CSS = """
body { font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; }
h1 { text-align: center; font-size: 16pt; margin: 40mm 0; }
h2 { text-align: center; font-size: 13pt; margin: 6mm 0 2mm; }
.meta { display: flex; justify-content: space-between; margin-bottom: 1mm; }
p.section { margin: 2mm 0 1mm; }
table { border-collapse: collapse; width: 100%; page-break-after: always; }
th, td { border: 1px solid #000; padding: 1px 3px; }
td.num { text-align: right; white-space: nowrap; }
"""



def read_run(folder):
    """Tables per source file, in reading order: {file: OrderedDict[(table_no, key, title)] -> rows}."""
    documents = {d["source_file"]: d for d in csv.DictReader(open(os.path.join(folder, "documents.csv"), encoding="utf-8"))}
    tables = defaultdict(OrderedDict)
    for r in csv.DictReader(open(os.path.join(folder, "long.csv"), encoding="utf-8")):
        tables[r["source_file"]].setdefault((r["table_key"], r["table_title"]), []).append(r)
    return documents, tables


def sides(rows):
    """The sections of a table in printed order (an unnamed one as "")."""
    return list(OrderedDict.fromkeys(r["section"] for r in rows))


def side_by_side(rows):
    """Sections printed side by side (收入 | 支出; 第1部分 | 第2部分 | 第3部分) share their source lines,
    or interleave them; sections printed one under another (a statistics form's 一、… 二、… parts)
    do not: each starts after the one before ends."""
    named = sides(rows)
    if len(named) < 2 or "" in named:
        return False
    lines = [{int(r["source_line"]) for r in rows if r["section"] == side} for side in named]
    # A page printing its cells one per line keeps the sides apart by line, but row by row: the
    # second side's cells start before the first side's end.
    return all(lines[0] & other or min(other) < max(lines[0]) for other in lines[1:])


def renderable(rows):
    # Cells of text tables (performance targets) have their text as the column; keep numeric tables.
    return all(len(r["column_label"]) <= 40 for r in rows)


def ordered_columns(rows):
    """Header paths in printed order, those with a common first part kept together."""
    first_seen = list(OrderedDict.fromkeys(r["column_label"] for r in rows))
    groups = OrderedDict()
    for path in first_seen:
        groups.setdefault(path.split(" / ")[0], []).append(path)
    return [p for group in groups.values() for p in group]


def printed_names(paths):
    """Each header path as the document printed it: budget-etl's column naming (ColumnNames.swift)
    tells apart a label repeated within one section by " #2", " #3" … on its later occurrences, the
    first keeping the label as printed; a real document prints the same label each time."""
    printed = {}
    for path in paths:
        base, mark, count = path.rpartition(" #")
        repeated = mark and count.isdigit() and int(count) >= 2 and base in paths
        printed[path] = base if repeated else path
    return printed


def header_rows(columns, shown=None):
    """<tr> rows of a nested header over `columns` (each a list of header parts, top first): a part
    spans the neighbours that share it; a column whose path ends early spans down to the body.
    Parts are compared as given (two columns of one printed label stay two cells) and written as
    `shown` has them (the columns' printed parts, by default the parts themselves)."""
    shown = shown or columns
    depth = max(len(c) for c in columns)
    rows = [[] for _ in range(depth)]
    covered = [0] * len(columns)  # levels of each column already under a cell
    for level in range(depth):
        i = 0
        while i < len(columns):
            if covered[i] > level:
                i += 1
                continue
            if len(columns[i]) <= level:  # a shorter path grouped under a longer one's part
                rows[level].append(f'<th rowspan="{depth - level}"></th>')
                covered[i] = depth
                i += 1
                continue
            j = i + 1
            while j < len(columns) and covered[j] <= level and len(columns[j]) > level \
                    and columns[j][:level + 1] == columns[i][:level + 1]:
                j += 1
            down = depth - level if j == i + 1 and len(columns[i]) == level + 1 else 1
            rows[level].append(f'<th colspan="{j - i}" rowspan="{down}">{html.escape(shown[i][level])}</th>')
            for k in range(i, j):
                covered[k] = level + down
            i = j
    return "".join(f"<tr>{''.join(r)}</tr>" for r in rows)


# More digits than a spreadsheet's number holds (Excel keeps 15): a code printed whole was text.
NUMBER_DIGITS = 15


def code_cell(code):
    """A code cell; one typed as text where the department's workbook must have had it so to print
    it as printed: a leading 0 (LibreOffice Calc would take 052002 for the number 52002) or more
    digits than a number holds (a project's code of 20 digits, which Calc prints 4.1080022E+020).
    Calc's HTML import reads the `sdnum` format ("@": text). Other codes stay numbers,
    right-aligned, as a workbook often types them. Browsers and Writer print the cell as it is."""
    text = code.startswith("0") or len(code) > NUMBER_DIGITS
    typed = ' sdnum="2052;0;@"' if text else ""
    return f"<td{typed}>{html.escape(code)}</td>"


def unit_column(rows):
    """Whether the page printed each row's unit in a column of its own (单位: %, 万元, 元/张 …)
    rather than one unit over the table: its rows hold two units or more that their names do not
    (a unit in a row's name, 医疗收入(万元), is printed there)."""
    units = {r.get("source_unit", "") for r in rows if r.get("source_unit") and r["source_unit"] not in r["row_label"]}
    return len(units) >= 2


def row_unit(cell):
    """A row's unit as its unit column printed it (a rate's %, which budget-etl reads off the column)."""
    return cell.get("source_unit") or ("%" if cell.get("unit") == "%" else "")


# The money units a page prints over a table (a table of counts or percentages prints none).
MONEY_UNITS = ("元", "千元", "万元", "亿元")
PLAIN_NUMBER = re.compile(r"-?[\d,]*\d(?:\.(\d+))?")


# Calc's HTML import applies only number formats it holds already: `#,##0.00`, `0%` and `0.00%`
# (a format of its own, `0.0%` or `#,##0.0000`, is dropped and the number printed in General).
AMOUNT_FORMAT = "#,##0.00"
RATE_FORMATS = {0: "0%", 2: "0.00%"}


def grouped_amount(cell):
    """An amount typed into a workbook as a number in the `#,##0.00` format (thousands grouped, two
    decimals), as departments' Excel / WPS workbooks and report systems print amounts: `<td>` with
    Calc's `sdval` (the number) and `sdnum` (its format), the text as Calc shows it. None for a cell
    that is no amount (a count, a rate, a value printed with its unit) or prints more decimals than
    two (the format would round it): it keeps the format it was printed in."""
    text = cell["source_value"]
    number = PLAIN_NUMBER.fullmatch(text)
    if cell.get("source_unit") not in MONEY_UNITS or not number or len(number.group(1) or "") > 2:
        return None
    plain = text.replace(",", "")
    return f'<td class="num" sdval="{plain}" sdnum="2052;0;{AMOUNT_FORMAT}">{Decimal(plain):,.2f}</td>'


PRINTED_RATE = re.compile(r"-?\d+(?:\.(\d+))?%")


def typed_rate(cell):
    """A rate printed with its sign (`99.93%`) typed as a workbook has it: the number (0.9993) in a
    percent format (`0%`, or `0.00%` for a rate printed with decimals: 96.8% prints 96.80%),
    right-aligned in its cell as numbers are; typed as text, Calc sets it against the cell's left
    edge, beside the amount before it, as no workbook prints a rate. None for any other cell."""
    text = cell["source_value"]
    rate = PRINTED_RATE.fullmatch(text)
    if not rate or len(rate.group(1) or "") > 2:
        return None
    decimals = 2 if rate.group(1) else 0
    number = Decimal(text[:-1])
    return f'<td class="num" sdval="{number / 100}" sdnum="2052;0;{RATE_FORMATS[decimals]}">{number:.{decimals}f}%</td>'


def grouped_text(cell):
    """An amount as a Word / WPS document prints one copied from a workbook: the `#,##0.00` text
    (`1,298,190.00`, `0.00`) in a plain cell. None where grouped_amount leaves the print as it was."""
    typed = grouped_amount(cell)
    return re.sub(r' sdval="[^"]*" sdnum="[^"]*"', "", typed) if typed else None


def value_cell(cell, grouped):
    """A value's cell; `grouped`: False (as printed), "sheet" (typed as a workbook's number, rates
    in a percent format) or "text" (amounts' text grouped, rates as printed)."""
    typed = None
    if grouped == "text" and cell:
        typed = grouped_text(cell)
    elif grouped and cell:
        typed = grouped_amount(cell) or typed_rate(cell)
    return typed or f'<td class="num">{html.escape(cell["source_value"] if cell else "")}</td>'


def body_rows(rows, paths, with_code, with_unit=False, grouped=False):
    """One <tr> cell list per printed row, in row order: [code], label, [unit], values (amounts
    typed and formatted as a workbook's where `grouped`)."""
    by_row = OrderedDict()
    for r in sorted(rows, key=lambda r: int(r["row_number"])):
        by_row.setdefault(r["row_number"], []).append(r)
    out = []
    for cells in by_row.values():
        values = {c["column_label"]: c for c in cells}
        lead = ([code_cell(cells[0]["row_code"])] if with_code else []) + \
               [f'<td class="label">{html.escape(cells[0]["row_label"])}</td>'] + \
               ([f"<td>{html.escape(row_unit(cells[0]))}</td>"] if with_unit else [])
        out.append(lead + [value_cell(values.get(p), grouped) for p in paths])
    return out


def lead_labels(with_code, with_unit=False):
    return (["科目编码", "科目名称"] if with_code else ["项目"]) + (["单位"] if with_unit else [])


def plain_table(rows, grouped=False):
    paths = ordered_columns(rows)
    with_code, with_unit = any(r["row_code"] for r in rows), unit_column(rows)
    lead = [[label] for label in lead_labels(with_code, with_unit)]
    printed = printed_names(paths)
    head = header_rows(lead + [p.split(" / ") for p in paths], lead + [printed[p].split(" / ") for p in paths])
    body = "".join(f"<tr>{''.join(r)}</tr>" for r in body_rows(rows, paths, with_code, with_unit, grouped))
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def stacked_tables(rows, grouped=False):
    """Sections one under another, each under its name (none for an unnamed one) with its own header."""
    parts = []
    for side in sides(rows):
        if side:
            parts.append(f'<p class="section">{html.escape(side)}</p>')
        parts.append(plain_table([r for r in rows if r["section"] == side], grouped))
    return "".join(parts)


# budget-etl's name for a part printed without one (SectionNaming): the document printed no such word.
UNNAMED_PART = re.compile(r"第\d+部分")


def two_sided_table(rows, grouped=False):
    """Sections side by side (收入 | 支出), each its own label column and values, rows paired by order;
    a part budget-etl named by its place (第2部分) prints no name over it."""
    columns, shown, bodies = [], [], []
    for side in sides(rows):
        part = [r for r in rows if r["section"] == side]
        paths = ordered_columns(part)
        with_code = any(r["row_code"] for r in part)
        top = [] if UNNAMED_PART.fullmatch(side) else [side]
        lead = [top + [label] for label in lead_labels(with_code)]
        printed = printed_names(paths)
        columns += lead + [top + p.split(" / ") for p in paths]
        shown += lead + [top + printed[p].split(" / ") for p in paths]
        bodies.append((len(paths) + len(lead_labels(with_code)), body_rows(part, paths, with_code, grouped=grouped)))
    body = ""
    for i in range(max(len(b) for _, b in bodies)):
        cells = []
        for width, b in bodies:
            cells += b[i] if i < len(b) else ["<td></td>"] * width
        body += f"<tr>{''.join(cells)}</tr>"
    return f"<table><thead>{header_rows(columns, shown)}</thead><tbody>{body}</tbody></table>"



def sheet_top(table, cover, title, agency_text, unit_text):
    """The lines a department's workbook prints over a table, as its cells: the cover and the title
    each in one cell merged across the table and centred, then the agency on the left and the unit
    in the table's last columns, on one row. Calc imports a heading or a <div> as a cell of the
    first column, and wraps it inside that narrow cell ("衢江区" / "2016年" / "度部门" …), as no
    workbook prints its title."""
    width = max(len(re.findall(r"<td", row)) for row in re.findall(r"<tr>(.*?)</tr>", table.partition("<tbody>")[2]) or [""])
    width = max(width, 3)
    whole = f'<td colspan="{width}" align="center" style="border: none">'
    rows = [f"<tr>{whole}{html.escape(cover)}</td></tr><tr>{whole}</td></tr>"] if cover else []
    if title:
        rows.append(f"<tr>{whole}{html.escape(title)}</td></tr>")
    rows.append(f'<tr><td colspan="{width - 2}" style="border: none">{agency_text}</td>'
                f'<td colspan="2" align="right" style="border: none">{unit_text}</td></tr>')
    return f"<table>{''.join(rows)}</table>"


# Column widths (pixels, as Calc's HTML import reads `<col width>`) a workbook's author sets so that
# every amount prints whole: Calc prints `###` in a cell too narrow for its number in a fixed
# format (in its General format it drops decimals instead). A label column is set to about eight
# Chinese characters, its longer names wrapped in their cells.
DIGIT_PX, MARK_PX, CELL_PADDING_PX = 10, 5, 14
LABEL_PX, NARROWEST_PX = 240, 50


def cell_width(attributes, text, label_px=LABEL_PX):
    if 'class="label"' in attributes:
        return label_px
    digits = sum(ch.isdigit() for ch in text)
    return digits * DIGIT_PX + (len(text) - digits) * MARK_PX + CELL_PADDING_PX


def sized_columns(table, label_px=LABEL_PX):
    """The table with a width for each column, the widest its body cells need (the author widening
    a column whose amounts do not fit); the label column `label_px` wide."""
    widths = []
    for row in re.findall(r"<tr>(.*?)</tr>", table.partition("<tbody>")[2]):
        for i, (attributes, text) in enumerate(re.findall(r"<td([^>]*)>([^<]*)</td>", row)):
            width = max(NARROWEST_PX, cell_width(attributes, html.unescape(text), label_px))
            widths[i:i + 1] = [max(width, widths[i] if i < len(widths) else 0)]
    columns = "".join(f'<col width="{w}">' for w in widths)
    return table.replace("<table>", f"<table><colgroup>{columns}</colgroup>", 1)


# The middle-aligned styles: an Excel / WPS template centres its cells vertically (a row whose name
# wraps over two or three lines prints its numbers on the middle line, or between two), centres its
# header cells (merged over columns and rows) and its code cells, and sets a narrow name column
# (about five Chinese characters) in which longer names wrap.
MIDDLE_STYLES = {"calc-middle", "writer-middle"}
MIDDLE_LABEL_PX = 110


def middle_aligned(table):
    """The table with every cell vertically centred, header cells and the body's plain cells (codes,
    units) centred across too; names stay left, amounts right."""
    table = re.sub(r"<th(?=[ >])", '<th align="center"', table)
    table = re.sub(r"<td(?![^>]*class=)(?=[ >])", '<td align="center"', table)
    return re.sub(r"<(td|th)(?=[ >])", r'<\1 valign="middle"', table)


def document_html(document, tables, css, style=None):
    kind = "部门预算" if document["document_kind"] == "budget" else "部门决算"
    agency = document["agency"]
    year = document["fiscal_year"]
    # The cover names the agency's budget or final account; a page that named no agency (a table
    # stored from a site, a yearbook's page) had no cover, and a made-up one would stand over its
    # first table as a caption the page never printed.
    cover = f"{agency}{year}年度{kind}" if agency else ""
    sheet = style in SHEET_STYLES
    grouped = ("sheet" if sheet else "text") if style in GROUPED_STYLES else False
    parts = [f"<h1>{html.escape(cover)}</h1>"] if cover and not sheet else []
    rendered = []
    # A kind is compared only when every table of it can be rendered.
    skipped = {key for (key, _), rows in tables.items() if not renderable(rows)}
    for (key, title), rows in tables.items():
        if key in skipped:
            continue
        units = Counter(r["source_unit"] for r in rows if r["source_unit"] in MONEY_UNITS)
        # A table printing each row's unit in its own column prints none over it.
        unit = units.most_common(1)[0][0] if units and not unit_column(rows) else None
        unit_text = f"单位：{unit}" if unit else ""
        # A page that named no agency prints none (an empty 编制单位： is no page's).
        agency_text = f"编制单位：{html.escape(agency)}" if agency else ""
        table = two_sided_table(rows, grouped) if side_by_side(rows) else stacked_tables(rows, grouped)
        label_px = MIDDLE_LABEL_PX if style in MIDDLE_STYLES else LABEL_PX
        if grouped == "sheet" or style in MIDDLE_STYLES:
            table = re.sub(r"<table>.*?</table>", lambda m: sized_columns(m.group(0), label_px), table)
        if style in MIDDLE_STYLES:
            table = middle_aligned(table)
        if sheet:
            parts.append(sheet_top(table, cover if not rendered else "", title, agency_text, unit_text))
        else:
            parts.append(f"<h2>{html.escape(title)}</h2>")
            parts.append(f'<div class="meta"><span>{agency_text}</span><span>{unit_text}</span></div>')
        parts.append(table)
        rendered.append(key)
    page = f"<html><head><meta charset='utf-8'><title>{html.escape(agency)}</title>" \
           f"<style>{BASE_CSS}{css}</style></head><body>{''.join(parts)}</body></html>"
    return page, rendered


# Writer lays a table out no narrower than its cells' unbreakable words (amounts, codes) need and
# lets a wider table run past the page's right edge, its last columns cut off (or, a little less
# wide, breaks amounts inside their cells); the author of a Word document fits such a table to the
# page, most often by a smaller type. When the whole document does not fit, each table is printed
# alone: one that ends past the right margin of Writer's HTML page style (A4, 2 cm left, 1 cm right)
# or breaks an amount is printed in the largest type, in half points, at which it does neither.
WRITER_PAGE = (56.7, 595.3 - 28.35)  # left and right margin, points from the page's left edge
WRITER_TYPE_PT = 12.0
WRITER_SMALLEST_TYPE_PT = 6.0


OFFICE_ATTEMPTS = 3


def office_pdf(page, style, workdir, target="pdf"):
    source = os.path.join(workdir, "doc.html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(page)
    result = os.path.join(workdir, f"doc.{target}")
    if os.path.exists(result):
        os.remove(result)
    # LibreOffice's first start in a new profile now and then fails to load the source ("source file
    # could not be loaded", exit status 0) and goes on failing in that profile: it is run again in a new one.
    home = os.path.join(workdir, "home")
    for _ in range(OFFICE_ATTEMPTS):
        # Without --writer, soffice 7.4 may fail to load an HTML file into Writer ("source file could not be loaded").
        application = ["--writer"] if style in WRITER_STYLES else []
        subprocess.run(["soffice", "--headless"] + application + [f"--infilter={OFFICE_FILTERS[style]}", "--convert-to", target,
                        "--outdir", workdir, source], check=True, capture_output=True, timeout=180,
                       env=dict(os.environ, HOME=home))
        if os.path.exists(result):
            break
        shutil.rmtree(home, ignore_errors=True)
    assert os.path.exists(result), f"soffice made no {result}"
    return result


# The page setting of a workbook whose author fits its columns to the page's width (Excel's "fit all
# columns on one page", Calc's scale-to-X): the sheet printed smaller, as many pages tall as it needs,
# instead of its last columns printed on pages of their own.
FIT_TO_WIDTH = ' style:scale-to-X="1" style:scale-to-Y="0"'


def edit(path, pattern, replacement):
    with open(path, encoding="utf-8") as f:
        text, count = re.subn(pattern, replacement, f.read())
    assert count, f"{pattern} not in {path}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# Calc's page setting printing the sheet's grid lines (a workbook printed with its cells ruled): Calc's
# HTML import takes no cell borders, and a ruled-table converter needs the rulings.
PRINT_GRID = ' style:print="grid charts drawings objects zero-values"'


def sheet_fitted_to_width_pdf(page, workdir, grid=False):
    """Calc imports the HTML as a sheet (saved as .ods), the sheet's page style is set to fit its
    width (and to print its grid lines where `grid`), and Calc prints it to PDF."""
    office_pdf(page, "calc-grouped", workdir, "ods")
    unpacked = os.path.join(workdir, "ods")
    shutil.rmtree(unpacked, ignore_errors=True)
    with zipfile.ZipFile(os.path.join(workdir, "doc.ods")) as archive:
        archive.extractall(unpacked)
        names = archive.namelist()
    # Calc reloading the sheet would size every row to one line again, its wrapped labels running
    # into the rows under them: the rows keep the heights the import gave them.
    edit(os.path.join(unpacked, "content.xml"), 'style:use-optimal-row-height="true"', 'style:use-optimal-row-height="false"')
    edit(os.path.join(unpacked, "styles.xml"), r"<style:page-layout-properties(?![^>]*scale-to)", "\\g<0>" + FIT_TO_WIDTH + (PRINT_GRID if grid else ""))
    fitted_sheet = os.path.join(workdir, "fitted.ods")
    with zipfile.ZipFile(fitted_sheet, "w") as archive:
        for name in names:  # mimetype first and stored, as ODF requires
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.write(os.path.join(unpacked, name), name, compress_type=compression)
    environment = dict(os.environ, HOME=os.path.join(workdir, "home"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, fitted_sheet],
                   check=True, capture_output=True, timeout=180, env=environment)
    os.replace(os.path.join(workdir, "fitted.pdf"), os.path.join(workdir, "doc.pdf"))


def printed_words(pdf):
    """The words of a PDF with where each ends (points from the page's left edge)."""
    layout = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, timeout=60).stdout.decode("utf-8")
    return [(html.unescape(word), float(x)) for x, word in re.findall(r'<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)</word>', layout)]


def right_edge(words):
    return max((x for _, x in words), default=0.0)


def amounts_whole(table, words):
    """Whether every amount or code of a table's cells is printed as one word (none broken over lines)."""
    printed = {word for word, _ in words}
    cells = [html.unescape(c).strip() for c in re.findall(r"<td[^>]*>([^<]*)</td>", table)]
    return all(c in printed for c in cells if re.fullmatch(r"-?[\d,.]+%?", c))


def in_type(table, size):
    """A table with its cells in a type size (Writer reads a size written on each cell, not one
    inherited from the table or a class)."""
    return re.sub(r"<(td|th)([ >])", lambda m: f'<{m.group(1)} style="font-size: {size:g}pt"{m.group(2)}', table)


def fitted_to_page(page, style, workdir):
    """The page with each of its tables in the largest type at which Writer prints it within the margins."""
    if right_edge(printed_words(office_pdf(page, style, workdir))) <= WRITER_PAGE[1] + 1:
        return page
    head, _, _ = page.partition("<body>")

    def fit(match):
        table, size = match.group(0), WRITER_TYPE_PT
        while True:
            words = printed_words(office_pdf(f"{head}<body>{in_type(table, size)}</body></html>", style, workdir))
            edge = right_edge(words)
            if (edge <= WRITER_PAGE[1] + 1 and amounts_whole(table, words)) or size <= WRITER_SMALLEST_TYPE_PT:
                if size == WRITER_TYPE_PT:
                    return table
                print(f"{style}: a table of {table.count('<tr>')} rows printed in {size:g} pt to fit the page", file=sys.stderr)
                return in_type(table, size)
            shrunk = size * (WRITER_PAGE[1] - WRITER_PAGE[0]) / max(edge - WRITER_PAGE[0], 1.0)
            size = max(WRITER_SMALLEST_TYPE_PT, min(size - 0.5, int(shrunk * 2) / 2))
    return re.sub(r"<table>.*?</table>", fit, page)


# Modes of a ruled-table converter's text (the style's pdftotext mode): a wrapped cell's lines joined
# by a space, or its line breaks written as they come.
RULED_MODES = {"ruled-joined": " ", "ruled-breaks": "\n"}


def bordered(page):
    """The page with its tables' cells ruled (Writer's HTML import draws a table's `border`, not CSS)."""
    return re.sub(r"<table>(<thead>|<colgroup>)", r'<table border="1" cellspacing="0">\1', page)


def ruled_tables_text(pdf, break_joiner):
    """The PDF as a ruled-table converter writes it: on each page, in reading order from the top, the
    tables pdfplumber finds by their ruling lines as tab-separated rows (a cell merged over others
    written once, the rest blank) and the text outside them as lines."""
    import pdfplumber  # in /opt/render-venv, as the styles that need it
    out = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            tables = page.find_tables()
            outside = page
            for table in tables:
                outside = outside.outside_bbox(table.bbox)
            blocks = [(line["top"], [line["text"]]) for line in outside.extract_text_lines()]
            for table in tables:
                rows = ["\t".join((cell or "").replace("\n", break_joiner) for cell in row) for row in table.extract()]
                blocks.append((table.bbox[1], rows))
            for _, lines in sorted(blocks, key=lambda block: block[0]):
                out += lines
            out.append("\f")
    return "\n".join(out) + "\n"


def printed_pdf(page, style, furniture, workdir, mode=None):
    """The PDF a style's converter chain prints of the page (doc.pdf in workdir)."""
    pdf = os.path.join(workdir, "doc.pdf")
    if mode in RULED_MODES and style in WRITER_STYLES:
        page = bordered(page)
    if style in WRITER_STYLES:
        office_pdf(fitted_to_page(page, style, workdir), style, workdir)
    elif style in FITTED_SHEET_STYLES:
        sheet_fitted_to_width_pdf(page, workdir, grid=mode in RULED_MODES)
    elif style in OFFICE_FILTERS:
        office_pdf(page, style, workdir)
    else:
        source = os.path.join(workdir, "doc.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(page)
        command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}"]
        if not furniture:
            command.append("--no-pdf-header-footer")
        subprocess.run(command + ["file://" + source], check=True, capture_output=True, timeout=120)
    return pdf


def python_text(pdf, mode):
    """The PDF's text as a Python converter (PYTHON_CONVERTERS) gives it."""
    python = os.path.join(os.environ.get("RENDER_VENV", "/opt/render-venv"), "bin", "python")
    return subprocess.run([python, "-c", PYTHON_CONVERTERS[mode], pdf], check=True, capture_output=True,
                          timeout=300).stdout.decode("utf-8")


def pdf_text(pdf, mode):
    """The PDF's text: MuPDF's (`mutool draw -F txt`, pages ended by a form feed as pdftotext's) or
    pdftotext's in the given mode."""
    if mode in RULED_MODES:
        return ruled_tables_text(pdf, RULED_MODES[mode])
    if mode in PYTHON_CONVERTERS:
        return python_text(pdf, mode)
    if mode == "mutool":
        command = ["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf]
    else:
        command = ["pdftotext"] + ([mode] if mode else []) + ["-enc", "UTF-8", pdf, "-"]
    return subprocess.run(command, check=True, capture_output=True, timeout=60).stdout.decode("utf-8")


def render(page, style, furniture, mode, workdir):
    text = pdf_text(printed_pdf(page, style, furniture, workdir, mode), mode)
    if style in FITTED_SHEET_STYLES and "###" in text:
        print(f"{style}: a column too narrow for its amounts printed ###", file=sys.stderr)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="+", help="output folders of budget-etl runs over the samples")
    parser.add_argument("--out", required=True)
    parser.add_argument("--styles", help="comma-separated style names (default: all)")
    parser.add_argument("--samples", help="comma-separated sample files to render (default: all)")
    parser.add_argument("--min-facts", type=int, default=0,
                        help="render only documents giving at least this many facts (a page with a table or two)")
    args = parser.parse_args()
    styles = [s for s in STYLES if not args.styles or s[0] in args.styles.split(",")]
    by_name = {s[0]: s for s in STYLES}
    os.makedirs(args.out, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory() as workdir:
        for run in args.runs:
            documents, tables = read_run(run)
            for source, document in sorted(documents.items()):
                if source.endswith(".pdf") or source not in tables:
                    continue
                if args.samples and source not in args.samples.split(","):
                    continue
                if sum(len(rows) for rows in tables[source].values()) < args.min_facts:
                    continue
                for style, css, furniture, mode in styles:
                    # A converter style (MuPDF, Python) prints its page as the style it reads the PDF of.
                    printer, css, furniture, _ = by_name[PRINTED_AS.get(style, style)]
                    page, keys = document_html(document, tables[source], css, printer)
                    text = render(page, printer, furniture, mode, workdir)
                    name = f"{source.rsplit('.txt', 1)[0]}.{style}.rendered"
                    with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                        f.write(text)
                    manifest.append((name, source, style, ",".join(sorted(set(keys)))))
                    print(f"{name}: {len(keys)} tables", file=sys.stderr)
    # Texts of other styles made before stay listed (--styles remakes some of them only).
    path = os.path.join(args.out, "manifest.tsv")
    rows = OrderedDict()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                fields = tuple(line.rstrip("\n").split("\t"))
                rows[fields[0]] = fields
    for row in manifest:
        rows[row[0]] = row
    with open(path, "w", encoding="utf-8") as f:
        f.write("# rendered file\tsample\tstyle\ttable keys rendered (the facts compared)\n")
        for row in sorted(rows.values(), key=lambda r: (r[1], r[2])):
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
