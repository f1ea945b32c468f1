import Foundation
import Testing
@testable import Mapping

private let header = MappingDatabase.tsvColumns.joined(separator: "\t")

/// One TSV line: the 8 leading columns, then 9 version columns (empty unless given).
private func line(
    _ cudaName: String = "cudaMalloc", library: String = "runtime", family: String = "Memory Management",
    kind: String = "function", hip: String = "hipMalloc", roc: String = "",
    status: String = "supported", rocStatus: String = "unsupported", versions: [String] = Array(repeating: "", count: 9)
) -> String {
    ([cudaName, library, family, kind, hip, roc, status, rocStatus] + versions).joined(separator: "\t")
}

@Suite("Mapping TSV parsing")
struct TSVParsingTests {
    @Test("a well-formed table parses into entries, in order")
    func parses() throws {
        var versions = Array(repeating: "", count: 9)
        versions[3] = "1.6.0"  // hipAdded
        versions[6] = "2.1"    // rocAdded
        let tsv = [
            header,
            line(versions: versions),
            line("cudnnFoo", library: "cudnn", family: "CUDNN Functions", hip: "", roc: "miopenFoo",
                 status: "unsupported", rocStatus: "experimental"),
        ].joined(separator: "\n")  // no final newline
        let database = try MappingDatabase(tsv: tsv)
        #expect(database.entries.count == 2)
        let malloc = try #require(database.entry(for: "cudaMalloc"))
        #expect(malloc == APIEntry(cudaName: "cudaMalloc", library: .runtime, family: "Memory Management", kind: .function,
                                   hipName: "hipMalloc", status: .supported, hipAdded: Version("1.6.0"), rocAdded: Version("2.1")))
        let foo = try #require(database.entry(for: "cudnnFoo"))
        #expect(foo.hipName == nil)
        #expect(foo.rocName == "miopenFoo")
        #expect(foo.rocStatus == .experimental)
        #expect(database.entries(in: .cudnn).map(\.cudaName) == ["cudnnFoo"])
        #expect(database.entries(in: .cublas).isEmpty)
    }

    @Test("blank lines and CRLF line ends are accepted; line numbers still count them")
    func blankLinesAndCRLF() throws {
        let tsv = "\n" + header + "\r\n\r\n" + line() + "\r\n" + line("cudaFree", hip: "hipFree") + "\n\n"
        let entries = try MappingDatabase.parseTSV(tsv)
        #expect(entries.map(\.cudaName) == ["cudaMalloc", "cudaFree"])

        let broken = "\n" + header + "\r\n\r\n" + line() + "\r\nnot\ta\tline\r\n"
        #expect(throws: MappingError.wrongFieldCount(line: 5, expected: 17, found: 3)) {
            try MappingDatabase.parseTSV(broken)
        }
    }

    @Test("entry(for:) returns the first of two entries with the same CUDA name")
    func duplicates() throws {
        let tsv = [header, line(hip: "hipMalloc"), line(library: "driver", hip: "hipOther")].joined(separator: "\n")
        let database = try MappingDatabase(tsv: tsv)
        #expect(database.entries.count == 2)
        #expect(database.entry(for: "cudaMalloc")?.hipName == "hipMalloc")
        #expect(database.entries(in: .driver).count == 1)
    }

    @Test("malformed lines throw an error naming the line", arguments: [
        (line(kind: "functor"), MappingError.invalidValue(line: 3, column: "kind", value: "functor")),
        (line(library: "cuda"), .invalidValue(line: 3, column: "library", value: "cuda")),
        (line(status: "fine"), .invalidValue(line: 3, column: "status", value: "fine")),
        (line(rocStatus: "maybe"), .invalidValue(line: 3, column: "rocStatus", value: "maybe")),
        (line(versions: ["", "", "", "1.x", "", "", "", "", ""]), .invalidValue(line: 3, column: "hipAdded", value: "1.x")),
        (line(""), .missingField(line: 3, column: "cudaName")),
        (line(family: ""), .missingField(line: 3, column: "family")),
        (line() + "\textra", .wrongFieldCount(line: 3, expected: 17, found: 18)),
        ("cudaMalloc runtime function", .wrongFieldCount(line: 3, expected: 17, found: 1)),
    ])
    func malformedLine(bad: String, expected: MappingError) throws {
        let tsv = [header, line("cudaFree", hip: "hipFree"), bad, line("cudaMemset", hip: "hipMemset")].joined(separator: "\n")
        let error = try #require(throws: MappingError.self) { try MappingDatabase(tsv: tsv) }
        #expect(error == expected)
        #expect(error.line == 3)
        #expect(error.errorDescription?.contains("line 3") == true)
    }

    @Test("a missing or wrong header is reported")
    func headers() throws {
        #expect(throws: MappingError.missingHeader) { try MappingDatabase.parseTSV("") }
        #expect(throws: MappingError.missingHeader) { try MappingDatabase.parseTSV("\n\n") }
        let error = try #require(throws: MappingError.self) { try MappingDatabase.parseTSV("\n" + line()) }
        #expect(error == .unexpectedHeader(line: 2, found: line()))
        #expect(error.localizedDescription.contains("line 2"))
    }

    @Test("a header alone is an empty database")
    func headerOnly() throws {
        #expect(try MappingDatabase.parseTSV(header + "\n").isEmpty)
    }
}
