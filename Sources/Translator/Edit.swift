import Clang

/// One proposed change to a file: replace `range` with `replacement`. Rules produce edits; only
/// the planner applies them.
public struct Edit: Hashable, Sendable {
    public var range: ByteRange
    public var replacement: String
    /// The identifier of the rule that proposed it.
    public var rule: String

    public init(range: ByteRange, replacement: String, rule: String) {
        self.range = range
        self.replacement = replacement
        self.rule = rule
    }
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
        output.reserveCapacity(bytes.count + accepted.reduce(0) { $0 + $1.replacement.utf8.count })
        var cursor = 0
        for edit in accepted {
            output.append(contentsOf: bytes[cursor..<edit.range.start.value])
            output.append(contentsOf: edit.replacement.utf8)
            cursor = edit.range.end.value
        }
        output.append(contentsOf: bytes[cursor...])
        return (output, accepted, conflicts)
    }
}
