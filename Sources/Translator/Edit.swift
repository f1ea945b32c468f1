import Clang

/// One proposed change to a file: replace the bytes of `range` with `bytes`. Rules produce
/// edits; only the planner applies them. Edits are byte-based, so a file that is not UTF-8 keeps
/// every byte no edit replaces, and source text a rule copies into a replacement keeps its bytes.
public struct Edit: Hashable, Sendable {
    public var range: ByteRange
    /// The bytes that replace `range`.
    public var bytes: [UInt8]
    /// The identifier of the rule that proposed it.
    public var rule: String

    /// `replacement` is text the rule wrote, possibly with source copied in by
    /// ``SourceText/verbatim(_:)``, whose bytes are restored exactly.
    public init(range: ByteRange, replacement: String, rule: String) {
        self.range = range
        self.bytes = VerbatimText.encode(replacement)
        self.rule = rule
    }

    /// The replacement as text for the report (bytes that are not UTF-8 shown as U+FFFD).
    public var replacement: String { String(decoding: bytes, as: UTF8.self) }
}

/// Two edits that touch the same bytes; the later one is dropped and reported.
public struct EditConflict: Hashable, Sendable, CustomStringConvertible {
    public var kept: Edit
    public var dropped: Edit

    public var description: String {
        "edits overlap at bytes \(dropped.range): rule '\(dropped.rule)' conflicts with '\(kept.rule)'; kept '\(kept.rule)'"
    }
}

/// Applies a set of edits to a file's bytes.
public enum EditPlanner {
    /// Orders edits by position (insertions at one offset keep the order they were proposed in),
    /// drops any edit that overlaps one already accepted, and returns the new bytes.
    public static func apply(_ edits: [Edit], to bytes: [UInt8]) -> (output: [UInt8], applied: [Edit], conflicts: [EditConflict]) {
        let ordered = edits.enumerated().sorted { left, right in
            if left.element.range.start != right.element.range.start {
                return left.element.range.start < right.element.range.start
            }
            // Insertions go before a replacement that starts at the same offset.
            if left.element.range.isEmpty != right.element.range.isEmpty { return left.element.range.isEmpty }
            return left.offset < right.offset
        }.map(\.element)
        var accepted: [Edit] = []
        var conflicts: [EditConflict] = []
        var lastEnd = 0
        var lastNonEmpty: Edit?
        for edit in ordered {
            // Starts inside the last accepted replacement: the two touch the same bytes.
            if edit.range.start.value < lastEnd, let previous = lastNonEmpty {
                conflicts.append(EditConflict(kept: previous, dropped: edit))
                continue
            }
            accepted.append(edit)
            if !edit.range.isEmpty {
                lastEnd = edit.range.end.value
                lastNonEmpty = edit
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + accepted.reduce(0) { $0 + $1.bytes.count })
        var cursor = 0
        for edit in accepted {
            output.append(contentsOf: bytes[cursor..<edit.range.start.value])
            output.append(contentsOf: edit.bytes)
            cursor = edit.range.end.value
        }
        output.append(contentsOf: bytes[cursor...])
        return (output, accepted, conflicts)
    }
}
