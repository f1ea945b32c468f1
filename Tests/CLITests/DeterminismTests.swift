import Foundation
import Testing
import TestSupport

/// The output does not depend on the number of workers, and a second pass changes nothing.
@Suite("cu2hip convert: determinism")
struct DeterminismTests {
    @Test("-j 1 and -j 4 give byte-identical trees, report.json and changes.diff; converting the output again changes nothing")
    func deterministicAndIdempotent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(SampleProject.input, under: scratch.path("project"))

        let serial = try CLI.run(["convert", "project", "--out", "out-1", "--report-dir", "report-1", "-j", "1"], in: scratch.url)
        let parallel = try CLI.run(["convert", "project", "--out", "out-4", "--report-dir", "report-4", "-j", "4"], in: scratch.url)
        #expect(serial.status == 0, "\(serial)")
        #expect(parallel.status == 0, "\(parallel)")
        #expect(serial.stdout == parallel.stdout)

        let treeDifference = Files.difference(expected: Files.tree(scratch.path("out-1")), actual: Files.tree(scratch.path("out-4")))
        #expect(treeDifference.isEmpty, "-j 1 vs -j 4:\n\(treeDifference)")
        #expect(Files.tree(scratch.path("out-1")) == SampleProject.output)
        for name in ["report.json", "changes.diff"] {
            let one = Files.bytes(scratch.path("report-1/\(name)"))
            #expect(one != nil && one == Files.bytes(scratch.path("report-4/\(name)")), "\(name) differs between -j 1 and -j 4")
        }

        let again = try CLI.run(["convert", "out-1", "--out", "out-again", "--report-dir", "report-again", "-j", "4"], in: scratch.url)
        #expect(again.status == 0, "\(again)")
        #expect(Files.bytes(scratch.path("report-again/changes.diff")) == [], "a second pass produced changes")
        let againDifference = Files.difference(expected: Files.tree(scratch.path("out-1")), actual: Files.tree(scratch.path("out-again")))
        #expect(againDifference.isEmpty, "a second pass changed files:\n\(againDifference)")
        let report = try loadReport(scratch.path("report-again/report.json"))
        #expect(summaryCounts(report)["converted"] == 0)
        #expect(summaryCounts(report)["unchanged"] == 8)
    }
}
