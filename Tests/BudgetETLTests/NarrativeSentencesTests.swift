import Foundation
import XCTest
@testable import BudgetETL

/// Narrative phrases searched only in the sentences holding their required text find what a search
/// of the whole text finds.
final class NarrativeSentencesTests: XCTestCase {
    private static let phrases = [
        "收入总计{amount}", "收、?支总计(?:均|各)?为{amount}", "(?<dir>增加|减少){change},(?:增长|下降){rate%}",
        "(?<label>[^,:;。、()]+?)(?:\\(类\\)支出|支出\\(类\\)){amount}", "[0-9]+、(?<label>[^,:;。、()]+?)支出年初预算(?:为)?{budget}",
        "(?:基本支出|项目支出){amount},占(?:比)?{rate%}", "因公出国\\(?境\\)?费(?:支出决算|支出)(?:数)?为?{amount}",
        "支出(?:决算)?{amount},完成(?:全年)?预算的[0-9.]+%",
    ]

    func testWhichPhrasesStayInASentence() {
        for phrase in Self.phrases {
            XCTAssertTrue(SentenceEnd.confines(NarrativePattern.expand(phrase).pattern), phrase)
        }
        for pattern in ["a.b", "^收入", "收入$", "收入(?=总计)", "(?<=收入)总计", "(?<!收入)总计", "(?i)收入", "\\d+万元",
                        "[^a]+总计", "[、-〇]总计", "[。.]?年初预算", "收入。总计", "收入\\b", "[[a-z]]总计", "\\p{Han}总计",
                        "收入[^,"] {
            XCTAssertFalse(SentenceEnd.confines(pattern), pattern)
        }
        XCTAssertTrue(SentenceEnd.confines("[-a-z]总计[\\]]"))
    }

    func testSentenceKeysAreTheTextsEveryMatchHolds() {
        func keys(_ pattern: String) -> [[String]] {
            SentenceKeys.of(pattern).map { $0.map { String(decoding: $0, as: UTF8.self) } }
        }
        XCTAssertEqual(keys("(?<dir>增加|减少)[0-9]+,(?:增长|下降)"), [["增加", "减少"], ["增长", "下降"], [","]])
        XCTAssertEqual(keys("(?<label>[^,]+?)(?:\\(类\\)支出|支出\\(类\\))[0-9]+"), [["(类)支出", "支出(类)"]])
        XCTAssertEqual(keys("财政拨款(?:决算)?支出[0-9]+,占"), [["财政拨款"], ["支出"], [",占"]])
        XCTAssertEqual(keys("占{0}支出[0-9]+,占"), [["支出"], [",占"]])
        XCTAssertEqual(keys("(?:增加|减少)?总计"), [["总计"]])        // an optional choice is no key
        XCTAssertEqual(keys("(?:增加|减少){0,1}总"), [["总"]])
        XCTAssertEqual(keys("(?:增加|减少x?)总"), [["总"]])           // a choice of patterns, not of texts
        XCTAssertEqual(keys("(?:增加|)总"), [["总"]])
        XCTAssertEqual(keys("(?=增加)总"), [["总"]])
        XCTAssertEqual(keys("收入|支出"), [])
        XCTAssertEqual(keys("(?i)收入"), [])
        XCTAssertEqual(keys("收入总?计"), [["收入"], ["计"]])
        XCTAssertEqual(keys("计[0-9]+收入"), [["收入"], ["计"]])
    }

    func testSentencesCountUTF16Units() {
        let sentences = NarrativeText.Part.sentences(of: "甲\u{20000}。乙。。")
        XCTAssertEqual(sentences.map(\.units), [0..<3, 4..<5, 6..<6, 7..<7])
        XCTAssertEqual(sentences.map(\.bytes), [0..<7, 10..<13, 16..<16, 19..<19])
        XCTAssertEqual(NarrativeText.Part.sentences(of: "").map(\.units), [0..<0])
    }

    func testRunsOfSentencesHoldingTheText() {
        var part = NarrativeText.Part(heading: "", text: "收入1。收入2。其他。收入3", lines: [])
        part.sentences = NarrativeText.Part.sentences(of: part.text)
        func runs(_ keys: [[String]]) -> [[Range<Int>]] {
            part.sentenceRuns(holdingAll: keys.map { $0.map { Array($0.utf8) } }).map { [$0.units, $0.bytes] }
        }
        XCTAssertEqual(runs([["收入"]]), [[0..<7, 0..<17], [11..<14, 29..<36]])
        XCTAssertEqual(runs([["支出"]]), [])
        XCTAssertEqual(runs([["其他", "收入3"]]), [[8..<14, 20..<36]])
        XCTAssertEqual(runs([["收入"], ["2", "3"]]), [[4..<7, 10..<17], [11..<14, 29..<36]])
        XCTAssertEqual(part.text(of: NarrativeText.Part.Run(bytes: 10..<17, units: 4..<7)), "收入2")
        XCTAssertEqual(part.text(of: NarrativeText.Part.Run(bytes: 20..<36, units: 8..<14)), "其他。收入3")
        XCTAssertEqual(part.text(of: NarrativeText.Part.Run(bytes: 0..<36, units: 0..<14)), part.text)
    }

    /// Random narratives of the phrases' own words: every group of every match at the same place.
    func testSentenceSearchFindsWhatTheWholeTextSearchFinds() throws {
        let pieces = ["收入总计", "收支总计为", "增加", "减少", "增长", "下降", "12.5万元", "1,234.56元", "80.5%", ",", "。",
                      "占", "占比", "基本支出", "项目支出", "(类)支出", "一般公共服务", "1、", "支出年初预算为", "因公出国(境)费",
                      "支出决算为", "完成预算的", "\u{20000}", "、", "为", "3"]
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        var compared = 0, narrowed = 0
        // As written and as searched (`SegmentStart`: a look-behind at a run's start).
        for (expanded, pattern) in Self.phrases.map(NarrativePattern.expand).flatMap({ [($0, $0.pattern), ($0, SegmentStart.searchPattern($0.pattern))] }) {
            let regex = try NSRegularExpression(pattern: pattern)
            for _ in 0..<2000 {
                var part = NarrativeText.Part(heading: "", text: (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined(),
                                              lines: [])
                part.sentences = NarrativeText.Part.sentences(of: part.text)
                let whole = regex.matches(in: part.text, range: NSRange(part.text.startIndex..., in: part.text))
                let bySentence = part.searchRuns(expanded).flatMap { run in
                    let text = part.text(of: run)
                    return regex.matches(in: text, range: NSRange(location: 0, length: run.units.count)).map {
                        groups($0, regex).map { $0.location == NSNotFound ? $0 : NSRange(location: $0.location + run.units.lowerBound, length: $0.length) }
                    }
                }
                XCTAssertEqual(whole.map { groups($0, regex) }, bySentence, part.text)
                compared += whole.count
                if expanded.withinSentence && !expanded.requiredText.isEmpty { narrowed += whole.count }
            }
        }
        XCTAssertGreaterThan(compared, 200)   // the texts do hold matches
        XCTAssertGreaterThan(narrowed, 150)    // of phrases searched by sentence
    }

    private func groups(_ result: NSTextCheckingResult, _ regex: NSRegularExpression) -> [NSRange] {
        (0...regex.numberOfCaptureGroups).map { result.range(at: $0) }
    }
}
