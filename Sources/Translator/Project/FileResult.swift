import Foundation
import Reporting

/// One file's translation inside a unit: what to write and what to report.
struct FileResult: Sendable, Codable {
    /// The bytes to write (nil when nothing should be written for it).
    var output: [UInt8]?
    var report: FileReport
    /// Paths of the support headers the output includes (``SupportHeader``).
    var supportHeaders: Set<String>

    init(output: [UInt8]?, report: FileReport, supportHeaders: Set<String> = []) {
        self.output = output
        self.report = report
        self.supportHeaders = supportHeaders
    }

    private enum CodingKeys: String, CodingKey { case output, report, supportHeaders }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        output = try container.decodeIfPresent(Data.self, forKey: .output).map { [UInt8]($0) }
        report = try container.decode(FileReport.self, forKey: .report)
        supportHeaders = try container.decode(Set<String>.self, forKey: .supportHeaders)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(output.map { Data($0) }, forKey: .output)
        try container.encode(report, forKey: .report)
        try container.encode(supportHeaders.sorted(), forKey: .supportHeaders)
    }
}

/// One file after translation: what it was, what it becomes, and its report.
public struct TranslatedFile: Sendable {
    public var input: InputFile
    /// The bytes read (nil when the file could not be read, or when ``outputIsInput`` says the
    /// output is the input file as it is on disk).
    public var original: [UInt8]?
    /// The bytes to write (nil when nothing should be written for it, or with ``outputIsInput``).
    public var output: [UInt8]?
    public var report: FileReport
    /// Paths of the support headers its output includes (``SupportHeader``).
    public var supportHeaders: Set<String> = []
    /// True when the output is the input file itself, not held in memory (a copied file, a file
    /// with no CUDA in it): writers copy it from ``InputFile/absolutePath``.
    public var outputIsInput = false

    /// True when the output differs from the input.
    public var isChanged: Bool { original != nil && output != nil && original != output }
}
