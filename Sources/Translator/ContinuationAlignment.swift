import Clang

/// Keeps a macro's aligned continuation backslashes aligned when edits change the length of its
/// lines: `#define CHECK(call) \` followed by lines whose `\` all sit in one column stay so after
/// `cudaError_t` becomes `hipError_t`. Only the blanks before a backslash change; a line that no
/// longer fits moves every aligned line of that macro one column further out than the longest.
enum ContinuationAlignment {
    static let rule = "continuation-alignment"

    /// Edits to the blanks before aligned backslashes, given the edits already accepted.
    static func edits(for accepted: [Edit], in stream: TokenStream) -> [Edit] {
        let bytes = stream.source.bytes
        var result: [Edit] = []
        for directive in stream.directives where directive.name == "define" {
            let first = stream.source.lineStart(of: stream[directive.hashIndex].range.start.value)
            let last = stream.source.lineEnd(of: stream[directive.lastIndex].range.start.value)
            let lines = continuationLines(from: first, to: last, bytes)
            guard lines.count >= 2 else { continue }
            // Only the edits inside this macro matter to it.
            let inside = accepted.filter { $0.range.end.value > first && $0.range.start.value < last }
            guard !inside.isEmpty else { continue }
            result += realign(lines, inside, bytes)
        }
        return result
    }

    /// One line ending in a backslash: where its text ends, where the blanks before the
    /// backslash start, and the backslash's offset.
    struct Line {
        var start: Int
        var blanksStart: Int
        var backslash: Int
        var column: Int { backslash - start }
    }

    private static func continuationLines(from start: Int, to end: Int, _ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var lineStart = start
        var position = start
        while position < end {
            if bytes[position] == UInt8(ascii: "\n") {
                var backslash = position - 1
                if backslash >= lineStart, bytes[backslash] == UInt8(ascii: "\r") { backslash -= 1 }
                if backslash >= lineStart, bytes[backslash] == UInt8(ascii: "\\") {
                    var blanks = backslash
                    while blanks > lineStart, bytes[blanks - 1] == UInt8(ascii: " ") { blanks -= 1 }
                    lines.append(Line(start: lineStart, blanksStart: blanks, backslash: backslash))
                }
                lineStart = position + 1
            }
            position += 1
        }
        return lines
    }

    private static func realign(_ lines: [Line], _ accepted: [Edit], _ bytes: [UInt8]) -> [Edit] {
        // Aligned: the column most lines share, when at least two do; lines with tabs are left alone.
        let columns = Dictionary(grouping: lines.filter { !bytes[$0.start..<$0.backslash].contains(UInt8(ascii: "\t")) }, by: \.column)
        guard let (column, aligned) = columns.max(by: { ($0.value.count, $0.key) < ($1.value.count, $1.key) }),
              aligned.count >= 2 else { return [] }
        var newLengths: [Int] = []
        for line in aligned {
            var delta = 0
            for edit in accepted where edit.range.end.value > line.start && edit.range.start.value < line.backslash + 1 {
                // An edit in the blanks or across the line's end: leave this macro as it is.
                guard edit.range.start.value >= line.start, edit.range.end.value <= line.blanksStart,
                      !edit.bytes.contains(UInt8(ascii: "\n")) else { return [] }
                delta += edit.bytes.count - (edit.range.end.value - edit.range.start.value)
            }
            newLengths.append(line.blanksStart - line.start + delta)
        }
        guard newLengths != aligned.map({ $0.blanksStart - $0.start }) else { return [] }
        let target = max(column, (newLengths.max() ?? 0) + 1)
        var edits: [Edit] = []
        for (line, length) in zip(aligned, newLengths) where length + (line.backslash - line.blanksStart) != target {
            let padding = String(repeating: " ", count: target - length)
            edits.append(Edit(range: ByteRange(start: line.blanksStart, end: line.backslash), replacement: padding, rule: rule))
        }
        return edits
    }
}
