#!/usr/bin/env python3
"""Score budget-etl output against hand-checked facts.

Usage: scripts/score_facts.py OUTPUT_DIR FACTS_DIR [--details]

OUTPUT_DIR holds long.csv and documents.csv of a run over FACTS_DIR (or over any folder holding
the same documents). FACTS_DIR holds, per document <name>.txt, the files <name>.facts.tsv
(table_title, row, column, value, unit) and <name>.meta.tsv (agency, fiscal_year, kind).

A fact is *found* when long.csv has, for that document, a cell whose table title, row (code or
label), column path and value all match; *wrong* when the table, row and column match but the
value differs, or the value sits in another column of that row, or in a row and column that
match but under another table's title (in both, a cell holding another fact excepted: two tables
or columns may print one amount); *missing* otherwise. Values are compared as exact
decimals after converting the printed value from the fact's unit into the cell's unit.

The script runs nothing itself and changes nothing; it always exits 0 after printing (2 on
usage errors), so a low score is read from its report, not from its exit status.
"""
import csv
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

MONEY_FACTORS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}

# List markers and "of which" prefixes that an extractor may keep or drop from a row label.
LABEL_PREFIX = re.compile(
    r"^(其中[:：]?)?(\s*([一二三四五六七八九十]+[、.．]|\d+[.、．]|[(（]\d+[)）]|[(（][一二三四五六七八九十]+[)）]))*"
)
QUOTES = str.maketrans({"“": None, "”": None, '"': None, "'": None, "‘": None, "’": None,
                        "（": "(", "）": ")", "：": ":"})


def simplified_forms():
    """The extractor's traditional → simplified table (TraditionalCharacters.swift), so that facts
    printed in traditional characters compare with the simplified text the extractor reads them as."""
    source = Path(__file__).resolve().parent.parent / "Sources/BudgetETL/Extract/Text/TraditionalCharacters.swift"
    text = source.read_text(encoding="utf-8")

    def literal(name):
        block = re.search(r"static let " + name + r" =\n((?:\s+\"[^\"]*\"(?: \+)?\n)+)", text).group(1)
        return "".join(re.findall(r'"([^"]*)"', block))

    return str.maketrans(literal("traditionalForms"), literal("simplifiedForms"))


SIMPLIFIED = simplified_forms()


def normalized(text):
    """Text compared without whitespace, quotes or full-width parentheses and colons, in
    simplified characters."""
    return re.sub(r"\s+", "", text or "").translate(QUOTES).translate(SIMPLIFIED)


def label_core(label):
    return LABEL_PREFIX.sub("", normalized(label))


def decimal_of(text):
    try:
        return Decimal(text.replace(",", "").strip().rstrip("%％"))
    except (InvalidOperation, AttributeError):
        return None


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def document_rows(rows, name):
    """Rows of long.csv or documents.csv whose source_file is <name>.txt, at any depth."""
    file_name = name + ".txt"
    return [r for r in rows if r["source_file"] == file_name or r["source_file"].endswith("/" + file_name)]


def title_matches(fact, cell, titles=frozenset()):
    """An empty title in the facts (the text prints none) matches only a table read without one.
    A title read longer or shorter (a year, 部门 before it) matches by containment, unless the
    cell's title is exactly another of the document's fact titles (`titles`, normalized): one form's
    title may hold another's (收入支出决算总表 in 财政拨款收入支出决算总表), and that table is the other."""
    want, got = normalized(fact["table_title"]), normalized(cell["table_title"])
    if not want:
        return not got
    if want == got:
        return True
    return bool(got) and got not in titles and (want in got or got in want)


def row_matches(fact, cell):
    """By code, else by label; a fact whose row is empty (a row printed without a label, as the
    single value row under a column-only header) matches only a cell with neither label nor code."""
    want = fact["row"].strip()
    if not want:
        return not cell["row_code"].strip() and not normalized(cell["row_label"])
    if want.isdigit() and cell["row_code"]:
        return cell["row_code"] == want
    return label_core(want) == label_core(cell["row_label"]) and label_core(want) != ""


def column_matches(fact, cell):
    want = normalized(fact["column"])
    label = normalized(cell["column_label"])
    with_section = normalized(cell["section"] + " / " + cell["column_label"]) if cell["section"] else label
    return want in (label, with_section)


def value_matches(fact, cell):
    printed, stored = decimal_of(fact["value"]), decimal_of(cell["value"])
    if printed is None or stored is None:
        return False
    fact_unit, cell_unit = fact["unit"].strip(), cell["unit"].strip()
    if fact_unit in MONEY_FACTORS and cell_unit in MONEY_FACTORS:
        return printed * MONEY_FACTORS[fact_unit] == stored * MONEY_FACTORS[cell_unit]
    return printed == stored


def found_cells(fact, cells, titles=frozenset()):
    """The cells that hold the fact: its table, row, column and value."""
    return [c for c in cells if row_matches(fact, c) and column_matches(fact, c) and title_matches(fact, c, titles)
            and value_matches(fact, c)]


def judge(fact, cells, claimed=(), titles=frozenset()):
    """('found'|'wrong'|'missing', reason) for one fact against one document's cells. A cell that
    holds another fact (claimed) is no misplaced copy of this one: a row may print one amount in
    several columns."""
    in_row = [c for c in cells if row_matches(fact, c)]
    placed = [c for c in in_row if column_matches(fact, c)]
    in_table = [c for c in placed if title_matches(fact, c, titles)]
    if any(value_matches(fact, c) for c in in_table):
        return "found", ""
    if in_table:
        return "wrong", "value " + in_table[0]["value"] + " " + in_table[0]["unit"]
    other_column = [c for c in in_row if title_matches(fact, c, titles) and value_matches(fact, c)
                    and not any(c is held for held in claimed)]
    if other_column:
        return "wrong", "in column " + other_column[0]["column_label"]
    other_table = [c for c in placed if value_matches(fact, c) and not any(c is held for held in claimed)]
    if other_table:
        return "wrong", "under table " + other_table[0]["table_title"]
    tables = sorted({c["table_title"] for c in cells})
    return "missing", ("row not in output" if not in_row else "column not in output") + \
        ("" if tables else "; document has no cells")


def meta_state(expected, actual):
    """n/a when the document does not state it; ok when one names the other (市司法局 in 桂林市司法局)."""
    if not expected:
        return "n/a"
    if not actual:
        return "blank"
    want, got = normalized(expected), normalized(actual)
    return "ok" if want in got or got in want else "other:" + actual


def score_document(name, facts_dir, cells, documents, details):
    facts = read_tsv(facts_dir / (name + ".facts.tsv"))
    meta_path = facts_dir / (name + ".meta.tsv")
    meta = read_tsv(meta_path)[0] if meta_path.exists() else {}
    doc = (document_rows(documents, name) or [{}])[0]
    titles = frozenset(normalized(fact["table_title"]) for fact in facts)
    claimed = [c for fact in facts for c in found_cells(fact, cells, titles)]
    verdicts = [(fact, *judge(fact, cells, claimed, titles)) for fact in facts]
    counts = {k: sum(1 for v in verdicts if v[1] == k) for k in ("found", "wrong", "missing")}
    print(f"{name}\tfacts {len(facts)}\tfound {counts['found']}\tmissing {counts['missing']}"
          f"\twrong {counts['wrong']}\tagency {meta_state(meta.get('agency'), doc.get('agency'))}"
          f"\tyear {meta_state(meta.get('fiscal_year'), doc.get('fiscal_year'))}"
          f"\tkind {meta_state(meta.get('kind'), doc.get('document_kind'))}"
          f"\ttables {doc.get('tables', '?')}\tstatus {doc.get('status', 'not in documents.csv')}")
    if details:
        for fact, verdict, reason in verdicts:
            if verdict != "found":
                print(f"  {verdict}: {fact['table_title']} | {fact['row']} | {fact['column']} |"
                      f" {fact['value']} {fact['unit']} ({reason})")
    return len(facts), counts


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    output_dir, facts_dir = Path(args[0]), Path(args[1])
    long_rows = read_csv(output_dir / "long.csv")
    documents = read_csv(output_dir / "documents.csv")
    totals = {"facts": 0, "found": 0, "wrong": 0, "missing": 0}
    for facts_file in sorted(facts_dir.glob("*.facts.tsv")):
        name = facts_file.name[: -len(".facts.tsv")]
        total, counts = score_document(name, facts_dir, document_rows(long_rows, name), documents,
                                       "--details" in argv)
        totals["facts"] += total
        for key, count in counts.items():
            totals[key] += count
    share = 100 * totals["found"] / totals["facts"] if totals["facts"] else 0
    print(f"TOTAL\tfacts {totals['facts']}\tfound {totals['found']} ({share:.1f}%)"
          f"\tmissing {totals['missing']}\twrong {totals['wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
