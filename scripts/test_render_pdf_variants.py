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


def cell(section, line, number, label, column, value):
    return {"section": section, "source_line": str(line), "row_number": str(number), "row_code": "",
            "row_label": label, "column_label": column, "source_value": value}


class SectionLayoutTests(unittest.TestCase):
    def test_three_parts_sharing_their_lines_print_side_by_side(self):
        rows = [cell(f"第{n}部分", 10 + i, i + 1, f"项{n}{i}", "决算数", str(n * 10 + i)) for n in (1, 2, 3) for i in range(2)]
        self.assertTrue(render.side_by_side(rows))
        table = render.two_sided_table(rows)
        self.assertEqual(table.count("<table>"), 1)
        self.assertIn('<td class="label">项10</td><td class="num">10</td><td class="label">项20</td>'
                      '<td class="num">20</td><td class="label">项30</td><td class="num">30</td>', table)
        self.assertNotIn("部分", table)  # the parts' names are budget-etl's, not printed

    def test_named_sides_print_their_names_over_their_columns(self):
        rows = [cell(side, 10, 1, "一、本年收入", "金额", "5") for side in ("收入", "支出")]
        table = render.two_sided_table(rows)
        self.assertIn('<th colspan="2" rowspan="1">收入</th><th colspan="2" rowspan="1">支出</th>', table)

    def test_parts_on_lines_of_their_own_print_one_under_another_each_with_its_header(self):
        rows = [cell("一、政府采购情况", 5, 1, "货物", "采购金额", "35498.00"),
                cell("三、国有资产占用情况", 9, 1, "车辆数", "统计数", "1")]
        self.assertFalse(render.side_by_side(rows))
        printed = render.stacked_tables(rows)
        self.assertEqual(printed.count("<table>"), 2)
        self.assertLess(printed.index("一、政府采购情况"), printed.index(">采购金额</th>"))
        self.assertLess(printed.index(">采购金额</th>"), printed.index("三、国有资产占用情况"))
        self.assertLess(printed.index("三、国有资产占用情况"), printed.index(">统计数</th>"))

    def test_an_unnamed_first_part_prints_without_a_name_line(self):
        rows = [cell("", 3, 1, "总额", "全年执行数", "857.49"), cell("绩效指标", 8, 1, "科学性", "得分", "1.98")]
        self.assertFalse(render.side_by_side(rows))
        printed = render.stacked_tables(rows)
        self.assertTrue(printed.startswith("<table>"))
        self.assertEqual(printed.count('<p class="section">'), 1)

    def test_text_tables_stay_unrendered(self):
        self.assertFalse(render.renderable([cell("产出指标", 3, 1, "", "国家规定时限内完成的事项占全部应完成事项的比例" * 2, "100%")]))

    def test_codes_a_number_would_change_are_typed_as_text(self):
        self.assertEqual(render.code_cell("052002"), '<td sdnum="2052;0;@">052002</td>')
        self.assertEqual(render.code_cell("410800220000000014330"), '<td sdnum="2052;0;@">410800220000000014330</td>')
        self.assertEqual(render.code_cell("2080505"), "<td>2080505</td>")


class UnitColumnTests(unittest.TestCase):
    def row(self, label, unit, source_unit, value):
        return {"row_number": str(len(label)), "row_code": "", "row_label": label, "column_label": "数额",
                "source_value": value, "source_unit": source_unit, "unit": unit, "section": ""}

    def test_rows_of_several_units_not_in_their_names_print_a_unit_column(self):
        rows = [self.row("增长率", "%", "", "8.67"), self.row("医疗收入", "元", "万元", "234,954.16"),
                self.row("每床位占用固定资产", "元/张", "元/张", "272,119.74")]
        self.assertTrue(render.unit_column(rows))
        table = render.plain_table(rows)
        self.assertIn("<th colspan=\"1\" rowspan=\"1\">单位</th>", table)
        self.assertIn("<td>万元</td>", table)
        self.assertIn("<td>%</td>", table)

    def test_units_named_in_the_rows_names_print_no_unit_column(self):
        rows = [self.row("医疗收入(万元)", "元", "万元", "19650"), self.row("门诊次均费用(元)", "元", "元", "450.2")]
        self.assertFalse(render.unit_column(rows))


class WriterFittingTests(unittest.TestCase):
    def test_the_type_size_is_written_on_every_cell(self):
        table = '<table><thead><tr><th colspan="1">金额</th></tr></thead><tbody><tr><td class="num">1.00</td></tr></tbody></table>'
        sized = render.in_type(table, 9.5)
        self.assertEqual(sized.count('style="font-size: 9.5pt"'), 2)
        self.assertIn('<td style="font-size: 9.5pt" class="num">1.00</td>', sized)

    def test_an_amount_broken_over_two_lines_is_not_whole(self):
        table = '<table><tbody><tr><td>2080505</td><td class="label">(一)养老</td><td class="num">131,792.35</td></tr></tbody></table>'
        whole = [("2080505", 60.0), ("(一)养老", 90.0), ("131,792.35", 150.0)]
        broken = [("2080505", 60.0), ("(一)养老", 90.0), ("131,792.3", 150.0), ("5", 120.0)]
        self.assertTrue(render.amounts_whole(table, whole))
        self.assertFalse(render.amounts_whole(table, broken))


class GroupedAmountTests(unittest.TestCase):
    def amount(self, value, unit="万元"):
        return {"source_value": value, "source_unit": unit, "unit": "元"}

    def test_an_amount_is_a_number_in_the_grouped_two_decimal_format(self):
        self.assertEqual(render.grouped_amount(self.amount("1298190")),
                         '<td class="num" sdval="1298190" sdnum="2052;0;#,##0.00">1,298,190.00</td>')
        self.assertEqual(render.grouped_amount(self.amount("0")),
                         '<td class="num" sdval="0" sdnum="2052;0;#,##0.00">0.00</td>')
        self.assertEqual(render.grouped_amount(self.amount("-5.5", "元")),
                         '<td class="num" sdval="-5.5" sdnum="2052;0;#,##0.00">-5.50</td>')

    def test_a_printed_grouping_is_read_and_more_decimals_than_two_keep_their_print(self):
        self.assertIn('sdval="425072.64"', render.grouped_amount(self.amount("425,072.64", "千元")))
        self.assertIsNone(render.grouped_amount(self.amount("12.3456")))  # the format would round it

    def test_counts_rates_and_values_printed_with_their_unit_are_no_amounts(self):
        self.assertIsNone(render.grouped_amount({"source_value": "37", "source_unit": "", "unit": ""}))
        self.assertIsNone(render.grouped_amount({"source_value": "100%", "source_unit": "", "unit": "%"}))
        self.assertIsNone(render.grouped_amount(self.amount("12万元")))
        self.assertEqual(render.value_cell({"source_value": "37", "source_unit": ""}, True), '<td class="num">37</td>')
        self.assertEqual(render.value_cell(self.amount("37"), False), '<td class="num">37</td>')

    def test_a_printed_rate_is_a_number_in_a_percent_format_calc_holds(self):
        self.assertEqual(render.typed_rate({"source_value": "99.93%"}),
                         '<td class="num" sdval="0.9993" sdnum="2052;0;0.00%">99.93%</td>')
        self.assertEqual(render.typed_rate({"source_value": "96.8%"}),
                         '<td class="num" sdval="0.968" sdnum="2052;0;0.00%">96.80%</td>')
        self.assertIsNone(render.typed_rate({"source_value": "12.345%"}))
        self.assertEqual(render.typed_rate({"source_value": "-8%"}),
                         '<td class="num" sdval="-0.08" sdnum="2052;0;0%">-8%</td>')
        self.assertIsNone(render.typed_rate({"source_value": "8.67"}))  # a rate printed without its sign
        self.assertEqual(render.value_cell({"source_value": "100%", "source_unit": "", "unit": "%"}, True),
                         '<td class="num" sdval="1" sdnum="2052;0;0%">100%</td>')

    def test_a_word_document_prints_amounts_grouped_as_text_and_rates_as_printed(self):
        self.assertEqual(render.value_cell(self.amount("1298190"), "text"), '<td class="num">1,298,190.00</td>')
        self.assertEqual(render.value_cell(self.amount("0"), "text"), '<td class="num">0.00</td>')
        self.assertEqual(render.value_cell({"source_value": "99.9%", "source_unit": "", "unit": "%"}, "text"),
                         '<td class="num">99.9%</td>')
        self.assertEqual(render.value_cell({"source_value": "37", "source_unit": ""}, "text"), '<td class="num">37</td>')
        self.assertEqual(render.value_cell(self.amount("12.3456"), "text"), '<td class="num">12.3456</td>')

    def test_the_word_style_groups_amounts_without_workbook_widths(self):
        document = {"document_kind": "budget", "agency": "某单位", "fiscal_year": "2024"}
        rows = [{"section": "", "source_line": "3", "row_number": "1", "row_code": "", "row_label": "合计",
                 "column_label": "金额", "source_value": "1298190", "source_unit": "元", "unit": "元"}]
        page, keys = render.document_html(document, {("income_budget", "收入预算表"): rows}, "", "writer-grouped")
        self.assertIn('<td class="num">1,298,190.00</td>', page)
        self.assertNotIn("<colgroup>", page)
        self.assertNotIn("sdval", page)
        self.assertIn("<h2>收入预算表</h2>", page)
        self.assertEqual(keys, ["income_budget"])

    def test_each_column_is_as_wide_as_its_widest_cell_needs(self):
        table = ('<table><thead></thead><tbody><tr><td>2080505</td><td class="label">行政运行</td>'
                 '<td class="num" sdval="3.93">3.93</td></tr><tr><td></td><td class="label">合计</td>'
                 '<td class="num" sdval="131792.35">131,792.35</td></tr></tbody></table>')
        sized = render.sized_columns(table)
        amount = 8 * render.DIGIT_PX + 2 * render.MARK_PX + render.CELL_PADDING_PX
        code = 7 * render.DIGIT_PX + render.CELL_PADDING_PX
        self.assertTrue(sized.startswith(f'<table><colgroup><col width="{code}"><col width="{render.LABEL_PX}">'
                                         f'<col width="{amount}"></colgroup><thead>'))

class MiddleAlignedTests(unittest.TestCase):
    def test_every_cell_is_centred_on_its_lines_headers_and_codes_across_too(self):
        table = ('<table><thead><tr><th colspan="1" rowspan="2">科目编码</th></tr></thead><tbody><tr>'
                 '<td sdnum="2052;0;@">052002</td><td class="label">行政运行</td><td class="num">3.93</td></tr></tbody></table>')
        middle = render.middle_aligned(table)
        self.assertIn('<th valign="middle" align="center" colspan="1" rowspan="2">科目编码</th>', middle)
        self.assertIn('<td valign="middle" align="center" sdnum="2052;0;@">052002</td>', middle)
        self.assertIn('<td valign="middle" class="label">行政运行</td>', middle)
        self.assertIn('<td valign="middle" class="num">3.93</td>', middle)
        self.assertNotIn("<thead valign", middle)
        self.assertNotIn("<tbody valign", middle)

    def test_the_middle_styles_set_a_narrow_name_column(self):
        document = {"document_kind": "budget", "agency": "某单位", "fiscal_year": "2024"}
        rows = [{"section": "", "source_line": "3", "row_number": "1", "row_code": "", "row_label": "机关事业单位基本养老保险缴费支出",
                 "column_label": "金额", "source_value": "1298190", "source_unit": "元", "unit": "元"}]
        for style in sorted(render.MIDDLE_STYLES):
            page, _ = render.document_html(document, {("income_budget", "收入预算表"): rows}, "", style)
            self.assertIn(f'<col width="{render.MIDDLE_LABEL_PX}">', page, style)
            self.assertIn('<td valign="middle" class="label">机关事业单位基本养老保险缴费支出</td>', page, style)
        sheet, _ = render.document_html(document, {("income_budget", "收入预算表"): rows}, "", "calc-middle")
        self.assertIn('sdnum="2052;0;#,##0.00">1,298,190.00</td>', sheet)  # a workbook's amounts
        self.assertIn("calc-middle", render.FITTED_SHEET_STYLES)


class RuledTableTests(unittest.TestCase):
    def test_a_body_table_gets_its_cells_ruled_and_a_sheet_top_does_not(self):
        page = '<table><tr><td>标题</td></tr></table><table><thead><tr><th>项目</th></tr></thead></table>' \
               '<table><colgroup><col width="50"></colgroup><thead></thead></table>'
        self.assertEqual(render.bordered(page), '<table><tr><td>标题</td></tr></table>'
                         '<table border="1" cellspacing="0"><thead><tr><th>项目</th></tr></thead></table>'
                         '<table border="1" cellspacing="0"><colgroup><col width="50"></colgroup><thead></thead></table>')

    def test_ruled_modes_join_a_wrapped_cell_or_keep_its_breaks(self):
        self.assertEqual("机关事业单位\n基本养老".replace("\n", render.RULED_MODES["ruled-joined"]), "机关事业单位 基本养老")
        self.assertEqual("机关事业单位\n基本养老".replace("\n", render.RULED_MODES["ruled-breaks"]), "机关事业单位\n基本养老")


class PythonConvertedTests(unittest.TestCase):
    def test_each_python_style_reads_a_printed_style_through_a_known_converter(self):
        styles = {style: mode for style, _, _, mode in render.STYLES}
        for style, printed_as in render.PYTHON_CONVERTED.items():
            self.assertIn(printed_as, styles)
            self.assertNotIn(printed_as, render.PYTHON_CONVERTED)  # its PDF is made by a printing style
            self.assertIn(styles[style], render.PYTHON_CONVERTERS)


if __name__ == "__main__":
    unittest.main()
