#!/usr/bin/env python3
"""Tests of render_pdf_variants.py's header printing: python3 scripts/test_render_pdf_variants.py"""
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_pdf_variants as render  # noqa: E402


class PrintedNamesTests(unittest.TestCase):
    def test_a_repeated_label_prints_as_its_first_occurrence(self):
        paths = ["指标 / 指标值", "指标 / 度量单位", "指标 / 指标值 #2", "指标 / 指标值 #3"]
        printed = render.printed_names(paths)
        self.assertEqual(printed["指标 / 指标值 #2"], "指标 / 指标值")
        self.assertEqual(printed["指标 / 指标值 #3"], "指标 / 指标值")
        self.assertEqual(printed["指标 / 度量单位"], "指标 / 度量单位")

    def test_a_label_ending_in_a_number_sign_is_kept_without_its_base_column(self):
        paths = ["批次 #2", "金额 #1", "金额", "编号 #x"]
        printed = render.printed_names(paths)
        self.assertEqual(printed["批次 #2"], "批次 #2")  # no column 批次: printed as is
        self.assertEqual(printed["金额 #1"], "金额 #1")  # the naming starts at #2
        self.assertEqual(printed["编号 #x"], "编号 #x")


class HeaderRowsTests(unittest.TestCase):
    def test_two_columns_of_one_printed_label_stay_two_cells(self):
        paths = ["指标值", "指标值 #2"]
        printed = render.printed_names(paths)
        head = render.header_rows([[p] for p in paths], [[printed[p]] for p in paths])
        self.assertEqual(head, '<tr><th colspan="1" rowspan="1">指标值</th><th colspan="1" rowspan="1">指标值</th></tr>')

    def test_a_shared_parent_spans_its_children(self):
        columns = [["收入", "合计"], ["收入", "小计"]]
        head = render.header_rows(columns)
        self.assertEqual(head, '<tr><th colspan="2" rowspan="1">收入</th></tr>'
                               '<tr><th colspan="1" rowspan="1">合计</th><th colspan="1" rowspan="1">小计</th></tr>')


class PlainTableTests(unittest.TestCase):
    def test_the_header_prints_no_disambiguation_suffix_and_values_stay_under_their_column(self):
        rows = [{"column_label": label, "row_number": "1", "row_code": "", "row_label": "门诊", "source_value": value}
                for label, value in [("指标值", "100%"), ("度量单位", "%"), ("指标值 #2", "95")]]
        table = render.plain_table(rows)
        self.assertNotIn("#2", table)
        self.assertEqual(table.count(">指标值</th>"), 2)
        self.assertIn('<td class="num">100%</td><td class="num">%</td><td class="num">95</td>', table)


if __name__ == "__main__":
    unittest.main()
