/// The Python check of budget.xlsx (run with `PythonCheck`, openpyxl): every sheet against its CSV
/// file, cell by cell. Arguments: the workbook, the output folder, and `full` (also the layout:
/// bold frozen header, autofilter, number formats, column widths) or `values` (a workbook another
/// program saved again, whose layout is its own).
enum WorkbookCheck {
    static let script = #"""
import csv, json, os, re, sys
from decimal import Decimal
import openpyxl

path, folder, mode = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(path)
about = wb[wb.sheetnames[0]]
assert wb.sheetnames[0] == "about", wb.sheetnames
sources, kinds, run = {}, {}, {}
for sheet, column, kind, meaning in about.iter_rows(min_row=2, values_only=True):
    if sheet == "(run)":
        run[column] = meaning
        continue
    if column is None:
        m = re.fullmatch(r"(\d+) rows: the lines of (.+)", meaning)
        assert m, meaning
        sources[sheet] = m.group(2)
    else:
        kinds.setdefault(sheet, []).append((column, kind))

report = json.load(open(os.path.join(folder, "run.json"), encoding="utf-8"))
assert run["tool_version"] == report["tool_version"] and run["config_fingerprint"] == report["config_fingerprint"], run
assert run["run_time"] == report["started"] and run["output_unit"] in ("元", "万元"), run
expected = ["documents.csv", "validation.csv", "rejects.csv", "long.csv"]
expected += ["wide/" + n for n in sorted(os.listdir(os.path.join(folder, "wide"))) if n.endswith(".csv")]
assert sorted(sources.values()) == sorted(expected), (sorted(sources.values()), expected)
assert len(wb.sheetnames) == len(expected) + 1

def width(text):
    return sum(2 if re.match(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]", ch) else 1 for ch in text)

def column_letter(n):
    return openpyxl.utils.get_column_letter(n)

cells = 0
for sheet, source in sources.items():
    ws = wb[sheet]
    with open(os.path.join(folder, source), encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    header, rows = table[0], table[1:]
    assert [c for c, _ in kinds[sheet]] == header, (sheet, header)
    sheet_rows = list(ws.iter_rows(values_only=True))
    assert list(sheet_rows[0][:len(header)]) == header, (sheet, sheet_rows[0])
    assert len(sheet_rows) == len(rows) + 1, (sheet, len(sheet_rows), len(rows))
    for r, (line, values) in enumerate(zip(rows, sheet_rows[1:]), start=2):
        values = list(values) + [None] * (len(header) - len(values))
        for c, (field, value, (name, kind)) in enumerate(zip(line, values, kinds[sheet]), start=1):
            where = f"{sheet}!{column_letter(c)}{r} ({name})"
            if field == "":
                assert value is None, (where, value)
                continue
            number = kind in ("integer", "decimal") and re.fullmatch(r"-?\d+(\.\d+)?", field) and (kind == "decimal" or "." not in field)
            if number:
                assert isinstance(value, (int, float)) and not isinstance(value, bool), (where, field, value)
                assert Decimal(repr(value)) == Decimal(field), (where, field, value)
                if mode == "full":
                    fmt = ws.cell(row=r, column=c).number_format
                    decimals = len(field.split(".")[1]) if "." in field else 0
                    want = "0" if kind == "integer" else "#,##0" + ("." + "0" * decimals if decimals else "")
                    assert fmt == want, (where, field, fmt)
            else:
                assert isinstance(value, str) and value == field, (where, field, value)
            cells += 1
    if mode == "full":
        assert ws.freeze_panes == "A2", (sheet, ws.freeze_panes)
        last = f"{column_letter(len(header))}{len(rows) + 1}"
        assert ws.auto_filter.ref == f"A1:{last}", (sheet, ws.auto_filter.ref)
        assert all(ws.cell(row=1, column=c).font.b for c in range(1, len(header) + 1)), sheet
        for c in range(1, len(header) + 1):
            longest = max(width(str(x[c - 1])) for x in table if len(x) >= c)
            assert ws.column_dimensions[column_letter(c)].width >= min(longest, 60), (sheet, c, longest)
print(f"sheets={len(sources)} cells={cells}")
"""#
}
