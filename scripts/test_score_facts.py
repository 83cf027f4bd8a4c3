#!/usr/bin/env python3
"""Tests of score_facts.py on a made-up output: python3 scripts/test_score_facts.py"""
import contextlib
import csv
import io
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_facts  # noqa: E402

LONG_COLUMNS = ["source_file", "table_title", "section", "row_code", "row_label", "column_label", "value", "unit"]
TITLE = "“三公”经费预算表"


def cell(row_label, column_label, value, unit="元", section="", row_code="", title="三公经费预算表"):
    return {"source_file": "sub/a.txt", "table_title": title, "section": section, "row_code": row_code,
            "row_label": row_label, "column_label": column_label, "value": value, "unit": unit}


def write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def write_tsv(path, lines):
    path.write_text("\n".join("\t".join(line) for line in lines) + "\n", encoding="utf-8")


class ScoreFactsTests(unittest.TestCase):
    def score(self, cells, facts, agency="甲县财政局"):
        with tempfile.TemporaryDirectory() as folder:
            output, fixtures = Path(folder, "out"), Path(folder, "facts")
            output.mkdir()
            fixtures.mkdir()
            write_csv(output / "long.csv", LONG_COLUMNS, cells)
            write_csv(output / "documents.csv", ["source_file", "agency", "fiscal_year", "document_kind", "tables", "status"],
                      [{"source_file": "sub/a.txt", "agency": agency, "fiscal_year": "2021", "document_kind": "budget",
                        "tables": "1", "status": "ok"}])
            write_tsv(fixtures / "a.facts.tsv", [["table_title", "row", "column", "value", "unit"]] + facts)
            write_tsv(fixtures / "a.meta.tsv", [["agency", "fiscal_year", "kind"], ["甲县", "2021", "budget"]])
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                status = score_facts.main([str(output), str(fixtures), "--details"])
            self.assertEqual(status, 0)
            return printed.getvalue()

    def test_a_value_in_wan_yuan_matches_the_same_amount_in_yuan(self):
        report = self.score([cell("合计", "预算数", "343500.00")], [[TITLE, "合 计", "预算数", "34.35", "万元"]])
        self.assertIn("found 1\tmissing 0\twrong 0", report)
        self.assertIn("agency ok\tyear ok\tkind ok", report)

    def test_list_markers_and_section_paths_are_matched(self):
        cells = [cell("一般公共服务支出", "金额", "4232000.00", section="支出")]
        report = self.score(cells, [[TITLE, "一、一般公共服务支出", "支出 / 金额", "423.20", "万元"]])
        self.assertIn("found 1\t", report)

    def test_facts_printed_in_traditional_characters_match_the_simplified_reading(self):
        cells = [cell("公务接待费支出", "一般公共预算", "10000.00", title="行政经费及三公经费预算表")]
        report = self.score(cells, [["行政經費及“三公”經費預算表", "(三)公務接待費支出", "一般公共預算", "1.00", "万元"]])
        self.assertIn("found 1\t", report)

    def test_a_fact_without_title_matches_only_a_table_without_one(self):
        facts = [["", "合计", "预算数", "34.35", "万元"]]
        self.assertIn("found 1\t", self.score([cell("合计", "预算数", "343500.00", title="")], facts))
        self.assertIn("found 0\t", self.score([cell("合计", "预算数", "343500.00")], facts))

    def test_a_classification_code_is_matched_by_code(self):
        cells = [cell("行政运行", "合计", "12.5", unit="万元", row_code="2010101")]
        report = self.score(cells, [[TITLE, "2010101", "合计", "125,000", "元"]])
        self.assertIn("found 1\t", report)

    def test_a_different_value_is_wrong(self):
        report = self.score([cell("合计", "预算数", "343400.00")], [[TITLE, "合计", "预算数", "34.35", "万元"]])
        self.assertIn("found 0\tmissing 0\twrong 1", report)
        self.assertIn("value 343400.00", report)

    def test_the_value_in_another_column_is_wrong(self):
        report = self.score([cell("合计", "上年预算数", "343500.00")], [[TITLE, "合计", "预算数", "34.35", "万元"]])
        self.assertIn("wrong 1", report)
        self.assertIn("in column 上年预算数", report)

    def test_the_same_value_held_by_another_fact_of_the_row_is_no_misplaced_copy(self):
        cells = [cell("合计", "上年预算数", "343500.00")]
        facts = [[TITLE, "合计", "上年预算数", "34.35", "万元"], [TITLE, "合计", "预算数", "34.35", "万元"]]
        report = self.score(cells, facts)
        self.assertIn("found 1\tmissing 1\twrong 0", report)

    def test_the_value_under_another_table_is_wrong(self):
        cells = [cell("合计", "预算数", "343500.00", title="部门收支总表")]
        report = self.score(cells, [[TITLE, "合计", "预算数", "34.35", "万元"]])
        self.assertIn("under table 部门收支总表", report)

    def test_a_title_holding_another_facts_title_is_that_other_table(self):
        # 收入支出决算总表 is printed inside 财政拨款收入支出决算总表: a cell of the one is no cell of the other.
        cells = [cell("一、教育支出", "决算数", "100.00", title="收入支出决算总表")]
        facts = [["财政拨款收入支出决算总表", "一、教育支出", "支出 / 合计", "100.00", "元"],
                 ["收入支出决算总表", "一、教育支出", "决算数", "100.00", "元"]]
        self.assertIn("found 1\tmissing 1\twrong 0", self.score(cells, facts))
        # Without a fact of the shorter title, a title read short still matches by containment.
        self.assertIn("found 1\t", self.score(cells, facts[1:]))
        self.assertIn("found 1\t", self.score([cell("一、教育支出", "决算数", "100.00", title="决算总表")], facts[1:]))

    def test_a_value_in_yi_yuan_matches_the_same_amount_in_yuan(self):
        report = self.score([cell("各项税收", "1996", "657141000000.00")], [[TITLE, "各项税收", "1996", "6571.41", "亿元"]])
        self.assertIn("found 1\t", report)

    def test_a_row_printed_without_a_label_matches_only_a_cell_without_label_or_code(self):
        facts = [[TITLE, "", "合计", "1.7", "万元"]]
        self.assertIn("found 1\t", self.score([cell("", "合计", "17000.00")], facts))
        self.assertIn("found 0\tmissing 1\t", self.score([cell("合计", "合计", "17000.00")], facts))
        self.assertIn("found 0\tmissing 1\t", self.score([cell("", "合计", "17000.00", row_code="201")], facts))

    def test_percent_values_and_missing_rows(self):
        cells = [cell("合计", "增减幅度", "-7.03", unit="%")]
        facts = [[TITLE, "合计", "增减幅度", "-7.03%", "%"], [TITLE, "公务接待费", "增减幅度", "-5.28%", "%"]]
        report = self.score(cells, facts, agency="")
        self.assertIn("facts 2\tfound 1\tmissing 1\twrong 0\tagency blank", report)
        self.assertIn("TOTAL\tfacts 2\tfound 1 (50.0%)", report)


if __name__ == "__main__":
    unittest.main()
