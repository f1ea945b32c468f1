import Foundation
import Testing
import TestSupport

/// `cu2hip check --format html` opened in headless Chromium (Debian's `chromium`, which
/// Scripts/setup.sh installs): the page's script must run to its end (it marks the root element
/// `data-cu2hip-ready="yes"`) and Chromium's console must stay silent (a script error is logged
/// there as `CONSOLE`); the page is also rendered to a PNG, kept as
/// .build/check-report-screenshot.png for a person to look at.
@Suite("cu2hip check: the HTML page in headless Chromium")
struct CheckHTMLTests {
    /// What Chromium made of a page.
    struct PageLoad {
        var status: Int32
        var dom: String
        var stderr: String

        /// Chromium's console lines (script errors, console.log calls).
        var consoleLines: [String] {
            stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        }

        /// Why the page does not count as loaded without script errors; empty when it does.
        var problems: [String] {
            var problems: [String] = []
            if status != 0 { problems.append("chromium exited with \(status): \(stderr.suffix(2000))") }
            if !dom.contains("data-cu2hip-ready=\"yes\"") { problems.append("the page's script did not run to its end (no data-cu2hip-ready)") }
            problems += consoleLines.map { "console: \($0)" }
            return problems
        }
    }

    static func chromium() throws -> String {
        guard let path = Files.which("chromium") else {
            throw TestFailure("chromium is not installed: run `bash Scripts/setup.sh` (Debian package chromium)")
        }
        return path
    }

    /// Opens `page` in headless Chromium: the DOM after its scripts ran (`--dump-dom`), or, with
    /// `screenshot`, a 1200×1600 PNG there.
    static func load(_ page: URL, profile: URL, screenshot: URL? = nil) throws -> PageLoad {
        var arguments = [try chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                         "--hide-scrollbars", "--window-size=1200,1600"]
        arguments.append(screenshot.map { "--screenshot=\($0.path)" } ?? "--dump-dom")
        arguments.append(page.absoluteString)
        let run = try TestSupport.run("/usr/bin/timeout", ["120"] + arguments)
        return PageLoad(status: run.status, dom: run.stdout, stderr: run.stderr)
    }

    /// The fixture project's page, written by check into the scratch directory.
    static func page(in scratch: Scratch) throws -> URL {
        let result = try CLI.run(["check", "project", "--rocm-version", "7.0", "--format", "html", "--fail-on", "never", "--output", "report.html"], in: scratch.url)
        guard result.status == 0 else { throw TestFailure("check failed: \(result)") }
        return scratch.path("report.html")
    }

    @Test("the page loads without script errors, its filter hides the notes, its text is escaped; a screenshot is taken")
    func loads() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let page = try Self.page(in: scratch)

        let load = try Self.load(page, profile: scratch.path("profile"))

        #expect(load.problems.isEmpty, "\(load.problems.joined(separator: "\n"))")
        // The script ran: the two notes are hidden, the other findings shown.
        #expect(load.dom.components(separatedBy: "class=\"finding note hidden\"").count - 1 == 2, "\(load.dom)")
        #expect(load.dom.components(separatedBy: "class=\"finding unsupported\"").count - 1 == 3)
        // The include name with '<', '>' and '&' stays text: no <v2> element appears.
        #expect(load.dom.contains("'tables&lt;v2&gt;&amp;co.h' file not found"))
        #expect(!load.dom.contains("<v2>"))

        let png = scratch.path("report.png")
        let shot = try Self.load(page, profile: scratch.path("profile"), screenshot: png)
        #expect(shot.status == 0, "\(shot.stderr.suffix(2000))")
        let bytes = try #require(Files.bytes(png), "no screenshot written")
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        // IHDR: width and height, big-endian, at bytes 16-23.
        let size = (bytes.count >= 24) ? (Self.bigEndian(bytes[16..<20]), Self.bigEndian(bytes[20..<24])) : (0, 0)
        #expect(size == (1200, 1600))
        #expect(bytes.count > 20_000, "a \(bytes.count)-byte screenshot is too small to show the page")
        // Kept for people to look at: failing to replace the copy is not a failure of the page.
        let kept = TestSupport.repositoryRoot.appendingPathComponent(".build/check-report-screenshot.png")
        try? FileManager.default.removeItem(at: kept)
        try? FileManager.default.copyItem(at: png, to: kept)
    }

    @Test("the control: the same page with a script that throws is caught (console error, no ready mark)")
    func scriptErrorIsCaught() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let page = try Self.page(in: scratch)
        let html = try #require(Files.text(page))
        #expect(html.contains("<script>\n(function () {"))
        try Files.write(html.replacingOccurrences(of: "<script>\n(function () {", with: "<script>\n(function () {\nthrow new Error('injected failure');"), to: page)

        let load = try Self.load(page, profile: scratch.path("profile"))

        #expect(load.problems.contains("the page's script did not run to its end (no data-cu2hip-ready)"), "\(load.problems)")
        #expect(load.consoleLines.contains { $0.contains("Uncaught Error: injected failure") }, "\(load.stderr.suffix(3000))")
    }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }
}
