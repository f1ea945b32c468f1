import Foundation
import Testing
@testable import Reporting

/// Every format of `cu2hip check`, byte for byte, on the canned report.
@Suite("cu2hip check: report formats")
struct CompatibilityFormatTests {
    static let context = CompatibilityFormat.Context(pathPrefix: "proj/", ruleSummaries: CannedCompatibility.ruleSummaries)

    @Test("each format matches its golden file", arguments: CompatibilityFormat.allCases)
    func golden(_ format: CompatibilityFormat) {
        let rendered = format.render(CannedCompatibility.compatibility(), context: Self.context)
        expectGolden(rendered, "canned.\(format.rawValue)")
    }

    @Test("with a baseline: known problems leave the text listing, SARIF and JSON say each one's state",
          arguments: [CompatibilityFormat.text, .sarif, .json])
    func goldenWithBaseline(_ format: CompatibilityFormat) {
        let baseline = Baseline(CannedCompatibility.compatibility())
        let moved = CannedCompatibility.compatibility(shift: 3, extraLine: 17, baseline: baseline)
        expectGolden(format.render(moved, context: Self.context), "canned-baseline.\(format.rawValue)")
    }

    @Test("rendering twice gives the same bytes", arguments: CompatibilityFormat.allCases)
    func deterministic(_ format: CompatibilityFormat) {
        #expect(format.render(CannedCompatibility.compatibility(), context: Self.context)
                == format.render(CannedCompatibility.compatibility(), context: Self.context))
    }

    @Test("HTML: a message with <script> and & is escaped; the page's only script is its own")
    func htmlEscaping() {
        let html = CompatibilityFormat.html.render(CannedCompatibility.compatibility(), context: Self.context)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("message with &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; a | pipe, *stars*, _under_ and `ticks`"))
        #expect(html.contains("const char* s = &quot;&lt;b&gt;bold&lt;/b&gt; &amp; more&quot;;"))
        #expect(html.components(separatedBy: "<script").count == 2, "one <script> element expected")
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="), "the page must load nothing")
    }

    @Test("Markdown: HTML, pipes and emphasis characters in a message are escaped")
    func markdownEscaping() {
        let markdown = CompatibilityFormat.markdown.render(CannedCompatibility.compatibility(), context: Self.context)
        #expect(markdown.contains("| message with &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; a \\| pipe, \\*stars\\*, \\_under\\_ and \\`ticks\\` |"))
        #expect(!markdown.contains("<script>"))
    }

    @Test("SARIF: byte columns become UTF-16 columns through the source line")
    func sarifColumns() {
        let finding = CompatibilityFinding(path: "a.cu", line: 1, column: 9, severity: .warning, category: .warning,
                                           rule: "r", message: "m", code: "/* é€ */x")
        // Byte column 9 points just after "/* é€" (2 + 1 + 2 + 3 = 8 bytes), which is 5 UTF-16 units.
        #expect(CompatibilitySARIFRenderer.utf16Column(finding) == 6)
        var unknown = finding
        unknown.code = nil
        #expect(CompatibilitySARIFRenderer.utf16Column(unknown) == 9)
    }

    @Test("SARIF: paths become URI references")
    func sarifURIs() {
        #expect(CompatibilitySARIFRenderer.uriEncoded("src/a b&c#.cu") == "src/a%20b%26c%23.cu")
        #expect(CompatibilitySARIFRenderer.uriEncoded("dir/ü.cu") == "dir/%C3%BC.cu")
    }
}
