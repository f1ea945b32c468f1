// Unified diffs in the format `git diff` writes, minus the `index` line: valid input for both
// `git apply` (at the root of the tree) and `patch -p1`.
//
// Format decisions (all checked against git 2.39 and GNU patch 2.7.6):
// - Headers: `diff --git a/P b/P`, then `--- a/P` / `+++ b/P`. A new file gets
//   `new file mode 100644` and `--- /dev/null`; an empty new file is the two header lines alone
//   (git writes no hunk for it), except that when its unquoted name contains a space the
//   `---`/`+++` lines are kept, since `patch` cannot split such a `diff --git` line (the one
//   deliberate difference from git's output).
// - Paths are quoted as git does with core.quotePath=true: when "a/P" contains a control byte,
//   DEL, `"`, `\` or any byte >= 0x80, the whole "a/P" is written in double quotes with C escapes
//   (\a \b \t \n \v \f \r \" \\, others as 3-digit octal). Spaces alone are not quoted; instead the
//   `---`/`+++` lines get a trailing tab when the written name contains a space, which is what
//   lets `patch` find the end of the name.
// - Hunk ranges are `l,s` with 1-based `l`; a range of length 1 is written `l`; a range of
//   length 0 is written `l,0` with `l` the line before the hunk (so `-0,0` for an empty old file).
// - Each hunk header carries git's default function-name heading: the nearest old line before
//   the hunk that starts with a letter, `_` or `$`, cut to 80 bytes, trailing whitespace removed
//   (and, where the cut splits a UTF-8 character, that partial character removed).
// - Two changes separated by at most 2 × context unchanged lines share a hunk (contexts that
//   overlap or touch merge), as in git and GNU diff.
// - Which of several equally short edit scripts is shown, and where an ambiguous change sits
//   among equal lines, follow git's rules (including its default indent heuristic), so hunks
//   come out as `git diff` prints them.
// - A last line without "\n" is followed by `\ No newline at end of file`.

/// Unified diffs of single files.
public enum UnifiedDiff {
    /// Diff for one file; "" when `old` and `new` are byte-for-byte equal. `path` is the
    /// relative path with "/" separators, written as a/PATH and b/PATH. `context` is the number
    /// of unchanged lines shown around each change (negative counts as 0).
    public static func make(path: String, old: String, new: String, context: Int = 3) -> String {
        let bytes = make(path: path, old: Array(old.utf8), new: Array(new.utf8), context: context)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Diff creating a file that did not exist before (`new file mode 100644`, from /dev/null).
    public static func makeNewFile(path: String, new: String) -> String {
        String(decoding: makeNewFile(path: path, new: Array(new.utf8)), as: UTF8.self)
    }

    /// Byte-level form of `make(path:old:new:context:)`, for contents that are not UTF-8.
    public static func make(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> [UInt8] {
        if old == new { return [] }
        let (oldLines, newLines, script) = LineDiff.script(old: old, new: new)
        let changes = LineDiff.changes(script)

        var writer = Writer(capacity: 4096)
        let oldName = quotedName(prefix: "a/", path: path)
        let newName = quotedName(prefix: "b/", path: path)
        writer.append("diff --git ")
        writer.append(oldName)
        writer.append(" ")
        writer.append(newName)
        writer.append("\n")
        writer.fileLine("--- ", oldName)
        writer.fileLine("+++ ", newName)

        let context = min(max(0, context), Int.max / 4)
        var headings = HeadingFinder(bytes: old, lines: oldLines)
        var first = 0
        while first < changes.count {
            // Gather the changes that share this hunk.
            var last = first
            while last + 1 < changes.count,
                  changes[last + 1].oldStart - changes[last].oldEnd <= 2 * context {
                last += 1
            }
            let head = changes[first]
            let tail = changes[last]
            let before = min(context, head.oldStart, head.newStart)
            let after = min(context, oldLines.count - tail.oldEnd, newLines.count - tail.newEnd)
            let oldStart = head.oldStart - before
            let newStart = head.newStart - before
            let oldEnd = tail.oldEnd + after
            let newEnd = tail.newEnd + after

            writer.append("@@ -")
            writer.range(start: oldStart, count: oldEnd - oldStart)
            writer.append(" +")
            writer.range(start: newStart, count: newEnd - newStart)
            writer.append(" @@")
            let heading = headings.heading(before: oldStart)
            if !heading.isEmpty {
                writer.append(" ")
                writer.bytes.append(contentsOf: heading)
            }
            writer.append("\n")

            var i = oldStart
            for change in changes[first...last] {
                while i < change.oldStart {
                    writer.line(0x20, old, oldLines[i])
                    i += 1
                }
                for index in change.oldStart..<change.oldEnd { writer.line(0x2D, old, oldLines[index]) }
                for index in change.newStart..<change.newEnd { writer.line(0x2B, new, newLines[index]) }
                i = change.oldEnd
            }
            while i < oldEnd {
                writer.line(0x20, old, oldLines[i])
                i += 1
            }
            first = last + 1
        }
        return writer.bytes
    }

    /// Byte-level form of `makeNewFile(path:new:)`.
    public static func makeNewFile(path: String, new: [UInt8]) -> [UInt8] {
        let newLines = LineDiff.lineRanges(of: new)
        var writer = Writer(capacity: new.count + newLines.count + 128)
        let newName = quotedName(prefix: "b/", path: path)
        writer.append("diff --git ")
        writer.append(quotedName(prefix: "a/", path: path))
        writer.append(" ")
        writer.append(newName)
        writer.append("\nnew file mode 100644\n")
        // git writes an empty new file as the two lines above. `patch` then takes the name from
        // the `diff --git` line, which it cannot split when an unquoted name has a space; for
        // that case only, add the `---`/`+++` lines (git apply accepts them too).
        if newLines.isEmpty && (newName.first == 0x22 || !newName.contains(0x20)) { return writer.bytes }
        writer.append("--- /dev/null\n")
        writer.fileLine("+++ ", newName)
        if newLines.isEmpty { return writer.bytes }
        writer.append("@@ -0,0 +")
        writer.range(start: 0, count: newLines.count)
        writer.append(" @@\n")
        for line in newLines { writer.line(0x2B, new, line) }
        return writer.bytes
    }

    // MARK: - Paths

    /// `prefix + path` as git writes it in headers (core.quotePath=true).
    static func quotedName(prefix: String, path: String) -> [UInt8] {
        let raw = Array((prefix + path).utf8)
        func needsQuoting(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C
        }
        guard raw.contains(where: needsQuoting) else { return raw }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(raw.count * 2 + 2)
        for byte in raw {
            let escape: UInt8?
            switch byte {
            case 0x07: escape = UInt8(ascii: "a")
            case 0x08: escape = UInt8(ascii: "b")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0B: escape = UInt8(ascii: "v")
            case 0x0C: escape = UInt8(ascii: "f")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x22: escape = 0x22
            case 0x5C: escape = 0x5C
            default: escape = nil
            }
            if let escape {
                quoted.append(0x5C)
                quoted.append(escape)
            } else if needsQuoting(byte) {
                quoted.append(0x5C)
                quoted.append(0x30 + (byte >> 6))
                quoted.append(0x30 + ((byte >> 3) & 7))
                quoted.append(0x30 + (byte & 7))
            } else {
                quoted.append(byte)
            }
        }
        quoted.append(0x22)
        return quoted
    }

    // MARK: - Output

    private struct Writer {
        var bytes: [UInt8] = []

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func append(_ raw: [UInt8]) {
            bytes.append(contentsOf: raw)
        }

        /// `---`/`+++` line; a tab after names with a space, as git does.
        mutating func fileLine(_ marker: String, _ name: [UInt8]) {
            append(marker)
            append(name)
            if name.contains(0x20) { bytes.append(0x09) }
            bytes.append(0x0A)
        }

        /// A hunk range for `count` lines starting at 0-based `start`.
        mutating func range(start: Int, count: Int) {
            switch count {
            case 0: append("\(start),0")
            case 1: append("\(start + 1)")
            default: append("\(start + 1),\(count)")
            }
        }

        /// One hunk line: prefix, the line, and the no-newline marker when it has no terminator.
        mutating func line(_ prefix: UInt8, _ source: [UInt8], _ range: Range<Int>) {
            bytes.append(prefix)
            bytes.append(contentsOf: source[range])
            if range.isEmpty || source[range.upperBound - 1] != 0x0A {
                append("\n\\ No newline at end of file\n")
            }
        }
    }

    // MARK: - Function headings

    /// Finds hunk headings front to back, scanning each old line at most once.
    private struct HeadingFinder {
        let bytes: [UInt8]
        let lines: [Range<Int>]
        /// Lines below this index have been scanned; `current` is the last heading among them.
        private var scanned = 0
        private var current: [UInt8] = []

        init(bytes: [UInt8], lines: [Range<Int>]) {
            self.bytes = bytes
            self.lines = lines
        }

        /// Heading for a hunk whose first shown old line is `index` (hunks come in order).
        mutating func heading(before index: Int) -> [UInt8] {
            var line = index - 1
            while line >= scanned {
                if let found = HeadingFinder.heading(bytes, lines[line]) {
                    current = found
                    break
                }
                line -= 1
            }
            scanned = max(scanned, index)
            return current
        }

        /// git's default: a line starting with an ASCII letter, `_` or `$`; at most 80 bytes;
        /// trailing whitespace (space, tab, CR, LF) removed.
        static func heading(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8]? {
            guard let first = range.first.map({ bytes[$0] }) else { return nil }
            let isLetter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
            guard isLetter || first == 0x5F || first == 0x24 else { return nil }
            var end = min(range.upperBound, range.lowerBound + 80)
            if end < range.upperBound {
                // The cut may split a UTF-8 character: drop the partial one.
                var lead = end - 1
                while lead > range.lowerBound && bytes[lead] & 0xC0 == 0x80 && end - lead < 4 { lead -= 1 }
                let leadByte = bytes[lead]
                let length = leadByte >= 0xF0 ? 4 : leadByte >= 0xE0 ? 3 : leadByte >= 0xC0 ? 2 : 1
                if end - lead < length { end = lead }
            }
            while end > range.lowerBound {
                let byte = bytes[end - 1]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
                end -= 1
            }
            return Array(bytes[range.lowerBound..<end])
        }
    }
}
