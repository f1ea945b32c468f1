import Foundation
import Testing
import TestSupport
@testable import Translator

@Suite("PathFilter: --include and --exclude globs")
struct PathFilterTests {
    /// Pattern → (path, matches?) for every case below.
    static let cases: [(pattern: String, path: String, matches: Bool)] = [
        ("*.cu", "a.cu", true),
        ("*.cu", "src/a.cu", false),            // '*' stays within one component
        ("**/*.cu", "a.cu", true),              // '**' may be no component at all
        ("**/*.cu", "src/deep/er/a.cu", true),
        ("**/*.cu", "src/a.cuh", false),
        ("src/*/kernel?.cu", "src/a/kernel1.cu", true),
        ("src/*/kernel?.cu", "src/a/kernel12.cu", false),
        ("src/*/kernel?.cu", "src/a/b/kernel1.cu", false),
        ("src/**/kernel.cu", "src/kernel.cu", true),
        ("src/**/kernel.cu", "src/a/b/kernel.cu", true),
        ("third_party", "third_party/cub/x.cuh", true),     // a folder: everything below it
        ("third_party/", "third_party/x.cu", true),
        ("./third_party", "third_party/x.cu", true),
        ("third_party", "src/third_party/x.cu", false),     // anchored at the root
        ("**/third_party", "src/third_party/x.cu", true),
        ("third", "third_party/x.cu", false),               // whole components only
        ("*_test.cu", "kernel_test.cu", true),
        ("*_test.cu", "kernel_test.cu.bak", false),
        ("a*b*c", "abc", true),
        ("a*b*c", "axxbyyc", true),
        ("a*b*c", "axxbyy", false),
        ("**", "anything/at/all", true),
        ("src/**", "src", true),
        ("src/**", "srcs/a.cu", false),
        ("ké?.cu", "kéx.cu", true),                          // '?' is one character, not one byte
    ]

    @Test("globs match whole components; ** any depth; a matched folder covers its contents")
    func matching() throws {
        for (pattern, path, expected) in Self.cases {
            #expect(try PathFilter.Pattern(pattern).matches(path) == expected, "'\(pattern)' against '\(path)'")
        }
    }

    @Test("patterns that can never match a path inside the root are refused")
    func invalidPatterns() {
        let problems = ["", "/", "/src", "../x", "src/./x"].map { pattern -> String in
            do {
                _ = try PathFilter.Pattern(pattern)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        #expect(problems == [
            "'': empty pattern",
            "'/': empty pattern",
            "'/src': patterns are relative to the input root; remove the leading '/'",
            "'../x': '.' and '..' components never match a path inside the input root",
            "'src/./x': '.' and '..' components never match a path inside the input root",
        ])
    }

    @Test("an --exclude wins over an --include; without --include everything else is selected")
    func selection() throws {
        let filter = try PathFilter(include: ["src", "include/**/*.cuh"], exclude: ["src/legacy", "**/*_test.cu"])
        #expect(filter.exclusionReason("src/a.cu") == nil)
        #expect(filter.exclusionReason("include/x/common.cuh") == nil)
        #expect(filter.exclusionReason("include/common.h") == "matches no --include pattern; copied unchanged, not translated")
        #expect(filter.exclusionReason("src/legacy/old.cu") == "matches --exclude 'src/legacy'; copied unchanged, not translated")
        #expect(filter.exclusionReason("src/a_test.cu") == "matches --exclude '**/*_test.cu'; copied unchanged, not translated")
        let excludeOnly = try PathFilter(include: [], exclude: ["build"])
        #expect(excludeOnly.selects("tools/gen.cpp"))
        #expect(!excludeOnly.selects("build/gen.cpp"))
        #expect(PathFilter().selectsEverything)
        #expect(!excludeOnly.selectsEverything)
    }

    @Test("discovery keeps files the filter leaves out, as files to copy, saying why")
    func discovery() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["src/a.cu", "src/legacy/old.cu", "third_party/lib.cuh", "README.md", "third_party/NOTICE"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("void f(float** p) { cudaMalloc((void**)p, 4); }\n".utf8).write(to: url)
        }
        let filter = try PathFilter(include: [], exclude: ["src/legacy", "third_party"])
        let discovery = InputDiscovery.discover([root.path], filter: filter)
        let listed = discovery.files.map { "\($0.relativePath) \($0.kind) \($0.excludedBy ?? "-")" }
        #expect(listed == [
            "README.md other -",
            "src/a.cu source -",
            "src/legacy/old.cu other matches --exclude 'src/legacy'; copied unchanged, not translated",
            "third_party/NOTICE other -",
            "third_party/lib.cuh other matches --exclude 'third_party'; copied unchanged, not translated",
        ])

        // Through the translator: the file left out is copied byte for byte, the other translated.
        let results = ProjectTranslator(options: TranslationOptions(), jobs: 1).translate(discovery.files, root: discovery.root)
        let statuses = results.map { "\($0.input.relativePath) \($0.report.status.rawValue) \($0.output == $0.original ? "same" : "changed")" }
        #expect(statuses == [
            "README.md copied same",
            "src/a.cu converted changed",
            "src/legacy/old.cu copied same",
            "third_party/NOTICE copied same",
            "third_party/lib.cuh copied same",
        ])
    }
}
