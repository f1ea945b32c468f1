import Foundation

/// Renders a ``Report`` as stable, pretty-printed JSON (sorted keys, no escaped slashes).
public enum JSONReporter {
    public static func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
