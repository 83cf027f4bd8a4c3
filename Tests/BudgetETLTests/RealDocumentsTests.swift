import Foundation
import XCTest
@testable import BudgetETL

/// Real documents from provinces the samples do not come from (Tests/Fixtures/real: web pages,
/// each with facts read from its text by hand), through the whole pipeline with the
/// repository's pipeline.yaml, scored by scripts/score_facts.py. No value may land in a wrong
/// column or table; the facts found may only grow.
final class RealDocumentsTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/real")

    /// Facts found per document today: a floor, raised as the extractor learns more layouts.
    static let foundAtLeast = [
        "dazhou-gonglu-2014-budget": 4, "guilin-sifaju-2015-budget": 12, "jiangbei-qubenji-2021-budget": 6,
        "nanzhang-zhaoshang-2019-final": 16, "qujiang-sangong-2016-final": 18, "shidian-xianji-2016-final": 24, "xixia-caizheng-2021-budget": 15,
        "xiqing-shenpiju-2016-budget": 6, "quanguo-caizheng-1996-final": 20,
        "nantong-guoziwei-2016-budget": 12, "guangdong-shizhi-2019-budget": 19, "yiyuan-zhongzhuang-2020-budget": 31,
        "xishuangbanna-minzongju-2017-budget": 8, "yueyang-chengtou-2016-budget": 7, "xuanzhou-shenjiju-2018-budget": 2,
        "shapingba-juesuan-2017-final": 21, "shigu-qubenji-2016-budget": 18, "fujian-nianjian-2005-final": 20,
        "guangzhou-nianjian-2021-final": 14, "zhuzhou-fuyou-2020-final": 16, "zhaiwu-xiane-2019-budget": 10,
        "yueyangxian-taichuangyuan-2017-budget": 9, "caizhengbu-zhuanxiang-2018-budget": 7, "shucheng-zhaiwu-2024-budget": 21,
        "yueyang-wenlian-2017-budget": 11, "duji-kaifaqu-2020-budget": 6,
        "changning-kasi-2024-budget": 14, "fengxin-sangong-2023-budget": 18, "chongqing-shiji-2024-budget": 6,
        "wanjiang-jiangnan-2024-budget": 6, "shouxian-sifaju-2022-budget": 6, "yuzhong-sangong-2020-final": 14,
        "pingshan-xiakou-2025-budget": 11, "zhongyi-yiyuan-2018-final": 12, "jingyuan-xingsheng-2020-budget": 4,
        "xining-dongfang-2016-final": 16, "luolong-longxiang-2016-final": 56, "qiannan-zhongyi-2020-final": 16,
        "haidong-fupin-2018-budget": 7, "hetian-fupin-2018-budget": 18, "hunan-shengzhu-2024-budget": 18,
        "jiaozuo-fupin-2018-budget": 22, "yueyangxian-sangong-2015-final": 6,
        "qiongzhong-zhongda-2025-budget": 15, "daqing-dieryiyuan-2018-final": 26,
        "xining-zongzhai-2016-final": 23, "dachuan-zhongyi-2017-final": 44, "quanguo-yusuanwai-1997-final": 12,
        "yuzhong-qu-2017-budget": 5, "taoyuan-mutangyuan-2018-final": 6, "caigou-zhongxin-2015-final": 31,
        "fyyy-caiwu-zhibiao": 20,
        "miluo-dier-2017-final": 16, "miluo-zhongyi-2017-final": 6,
        "puyang-fenji-yuebao": 98, "shandong-nianjian-2015-final": 24, "shangqiu-fupin-2019-budget": 10,
        "beiguan-fupin-2018-budget": 3, "zhongyi-diqu-2021-final": 28,
        "qingyang-shenjiju-2022-budget": 6, "chizhou-zhengfuban-2020-budget": 4, "xuanzhou-zhigongwei-2020-budget": 2,
        "beita-fupin-2020-budget": 8, "jidu-yiyuan-2021-final": 13, "jinzhai-zizhu-2021-final": 19,
        "zhejiang-canbu-2018-budget": 19,
        "putuo-chengguan-2026-budget": 20, "putuo-jianguanwei-2026-budget": 15, "putuo-shengtai-2025-final": 19,
        "putuo-yichuan-2025-final": 20, "putuo-shiquan-2025-final": 15, "guangdong-jijin-2022-budget": 18,
        "fujian-juesuan-2024-final": 17, "heilongjiang-juesuan-2024-final": 15, "guangdong-shengji-2024-final": 17,
        "beijing-weisheng-2008-final": 12, "wuhan-gonglu-2018-budget": 21, "jilin-zhaiwu-2018-final": 20,
        "putuo-wenlv-2025-final": 20, "putuo-cgjf-2026-budget": 12, "putuo-wenlvju-2026-budget": 23,
        "heilongjiang-zongliang-2020-final": 12, "yanshi-xianjie-2022-budget": 3, "riwen-zhichu-2006-final": 20,
        "zhongyi-zhichu-2010-final": 18, "fujian-shouru-2005-final": 19, "guangzhou-shiji-2025-budget": 12,
    ]

    struct Score { var found: Int; var missing: Int; var wrong: Int; var agency: String; var year: String }

    func testFactsAreFoundAndNoneIsWrong() throws {
        let scores = try score()
        let documents = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".facts.tsv") }
        XCTAssertEqual(Set(scores.keys).count, documents.count, "\(scores.keys.sorted())")
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(score.wrong, 0, "\(name): a value in a wrong column or table")
            XCTAssertGreaterThanOrEqual(score.found, Self.foundAtLeast[name] ?? 0, name)
            XCTAssertNotEqual(score.year, "blank", "\(name): the fiscal year is stated")
            // Every agency the page states is read (the scorer's ok), and none where it states none (n/a).
            XCTAssertTrue(["ok", "n/a"].contains(score.agency), "\(name): agency \(score.agency)")
        }
    }

    private func score() throws -> [String: Score] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: Self.fixtures, outputOverride: output)
        let summary = try PipelineRunner(config: config).run()
        XCTAssertEqual(summary.failures, 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository.appendingPathComponent("scripts/score_facts.py").path,
                             output.path, Self.fixtures.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        return Self.parse(text)
    }

    /// "name\tfacts 4\tfound 4\tmissing 0\twrong 0\tagency ok\tyear ok\t…" per document.
    static func parse(_ report: String) -> [String: Score] {
        var scores: [String: Score] = [:]
        for line in report.split(separator: "\n") where !line.hasPrefix("TOTAL") && !line.hasPrefix(" ") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 7 else { continue }
            func value(_ name: String) -> String {
                fields.first { $0.hasPrefix(name + " ") }.map { String($0.dropFirst(name.count + 1)) } ?? ""
            }
            scores[fields[0]] = Score(found: Int(value("found").split(separator: " ")[0]) ?? -1,
                                      missing: Int(value("missing")) ?? -1, wrong: Int(value("wrong")) ?? -1,
                                      agency: value("agency"), year: value("year"))
        }
        return scores
    }
}
