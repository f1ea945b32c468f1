// Line-level diff: Myers' O(ND) algorithm (linear-space, "middle snake" divide and conquer)
// over integer line ids, followed by a compaction pass that moves ambiguous change groups to a
// canonical place the way git does (including, for byte input, git's default "indent heuristic",
// which prefers placements that line up with blank lines and indentation), so that the hunks
// normally come out exactly as `git diff` prints them.
//
// Everything works on bytes. A line is the bytes up to and including "\n", so a "\r\n" ending is
// part of the line (CRLF files round-trip) and the last line may lack a terminator. The result is
// deterministic: ids come from a hash table with a fixed hash function, assigned in order of first
// appearance, and the algorithm has no other source of variation.

/// Line diff between two texts or two sequences.
public enum LineDiff {
    /// What an edit-script run does.
    public enum Operation: Sendable, Hashable {
        /// Lines present in both; consumes `count` old lines and `count` new lines.
        case keep
        /// Old lines removed; consumes `count` old lines.
        case delete
        /// New lines added; consumes `count` new lines.
        case insert
    }

    /// `count` consecutive lines with the same operation. Consecutive runs never share an
    /// operation; inside one change, deletions come before insertions.
    public struct Run: Sendable, Hashable, CustomStringConvertible {
        public var operation: Operation
        public var count: Int

        public init(_ operation: Operation, _ count: Int) {
            self.operation = operation
            self.count = count
        }

        public var description: String {
            switch operation {
            case .keep: return "=\(count)"
            case .delete: return "-\(count)"
            case .insert: return "+\(count)"
            }
        }
    }

    /// The lines of `bytes` as ranges: each line ends just after its "\n"; the last one may have
    /// no terminator. Empty input has no lines.
    public static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x0A {
                ranges.append(start..<(index + 1))
                start = index + 1
            }
            index += 1
        }
        if start < count { ranges.append(start..<count) }
        return ranges
    }

    /// Edit script turning the lines of `old` into the lines of `new`. `indentHeuristic` places
    /// ambiguous changes the way `git diff` does by default; without it they sit as low as
    /// possible (as with `git diff --no-indent-heuristic`).
    public static func diff(old: [UInt8], new: [UInt8], indentHeuristic: Bool = true) -> [Run] {
        runs(script(old: old, new: new, indentHeuristic: indentHeuristic).script)
    }

    /// Edit script turning the lines of `old` into the lines of `new` (compared as UTF-8 bytes).
    public static func diff(old: String, new: String, indentHeuristic: Bool = true) -> [Run] {
        diff(old: Array(old.utf8), new: Array(new.utf8), indentHeuristic: indentHeuristic)
    }

    /// Edit script turning `old` into `new`, element by element.
    public static func diff<Element: Hashable>(_ old: [Element], _ new: [Element]) -> [Run] {
        var table: [Element: Int32] = [:]
        func id(_ element: Element) -> Int32 {
            if let known = table[element] { return known }
            let fresh = Int32(table.count)
            table[element] = fresh
            return fresh
        }
        let oldIDs = old.map(id)
        let newIDs = new.map(id)
        return runs(script(old: oldIDs, new: newIDs, idCount: table.count))
    }

    // MARK: - Internal representation

    /// Which lines of each side are not part of the common subsequence. Unchanged lines pair up
    /// in order: the k-th unchanged old line equals the k-th unchanged new line.
    struct Script {
        var oldChanged: [Bool]
        var newChanged: [Bool]
    }

    /// One change: `oldCount` old lines at `oldStart` replaced by `newCount` new lines at
    /// `newStart` (0-based; either count may be 0, not both).
    struct Change {
        var oldStart: Int
        var oldCount: Int
        var newStart: Int
        var newCount: Int
        var oldEnd: Int { oldStart + oldCount }
        var newEnd: Int { newStart + newCount }
    }

    /// Line ranges and compacted script for two texts.
    static func script(
        old: [UInt8], new: [UInt8], indentHeuristic: Bool = true
    ) -> (oldLines: [Range<Int>], newLines: [Range<Int>], script: Script) {
        let oldLines = lineRanges(of: old)
        let newLines = lineRanges(of: new)
        let ids = LineInterner.ids(old, oldLines, new, newLines)
        let script = script(
            old: ids.old, new: ids.new, idCount: ids.count,
            oldIndents: indentHeuristic ? indents(old, oldLines) : nil,
            newIndents: indentHeuristic ? indents(new, newLines) : nil
        )
        return (oldLines, newLines, script)
    }

    /// Diff of two id sequences (ids in `0..<idCount`), compacted. With indents (one per line,
    /// see `indent(_:_:)`) ambiguous groups are placed by the indent heuristic.
    static func script(
        old: [Int32], new: [Int32], idCount: Int,
        oldIndents: [Int]? = nil, newIndents: [Int]? = nil, costLimit: Int? = nil
    ) -> Script {
        var oldChanged = [Bool](repeating: false, count: old.count)
        var newChanged = [Bool](repeating: false, count: new.count)

        // Lines that occur nowhere on the other side can never be matched; leaving them out of
        // the search keeps it minimal and makes wholesale rewrites cheap.
        var inOld = [Bool](repeating: false, count: idCount)
        var inNew = [Bool](repeating: false, count: idCount)
        for id in old { inOld[Int(id)] = true }
        for id in new { inNew[Int(id)] = true }
        var oldKept: [Int] = []
        var newKept: [Int] = []
        oldKept.reserveCapacity(old.count)
        newKept.reserveCapacity(new.count)
        for index in old.indices {
            if inNew[Int(old[index])] { oldKept.append(index) } else { oldChanged[index] = true }
        }
        for index in new.indices {
            if inOld[Int(new[index])] { newKept.append(index) } else { newChanged[index] = true }
        }

        var search = MyersSearch(old: oldKept.map { old[$0] }, new: newKept.map { new[$0] }, costLimit: costLimit)
        search.run()
        for (reduced, index) in oldKept.enumerated() where search.oldChanged[reduced] {
            oldChanged[index] = true
        }
        for (reduced, index) in newKept.enumerated() where search.newChanged[reduced] {
            newChanged[index] = true
        }

        compact(ids: old, changed: &oldChanged, other: newChanged, indents: oldIndents)
        compact(ids: new, changed: &newChanged, other: oldChanged, indents: newIndents)
        return Script(oldChanged: oldChanged, newChanged: newChanged)
    }

    /// The changes of a script, in order.
    static func changes(_ script: Script) -> [Change] {
        let oldChanged = script.oldChanged
        let newChanged = script.newChanged
        let oldCount = oldChanged.count
        let newCount = newChanged.count
        var result: [Change] = []
        var i = 0
        var j = 0
        while i < oldCount || j < newCount {
            if (i < oldCount && oldChanged[i]) || (j < newCount && newChanged[j]) {
                let startI = i
                let startJ = j
                while i < oldCount && oldChanged[i] { i += 1 }
                while j < newCount && newChanged[j] { j += 1 }
                result.append(Change(oldStart: startI, oldCount: i - startI, newStart: startJ, newCount: j - startJ))
            } else {
                // Both unchanged: they pair up. (The pairing invariant guarantees both exist.)
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Runs of a script.
    static func runs(_ script: Script) -> [Run] {
        var result: [Run] = []
        var position = 0
        func append(_ operation: Operation, _ count: Int) {
            guard count > 0 else { return }
            if let last = result.last, last.operation == operation {
                result[result.count - 1].count += count
            } else {
                result.append(Run(operation, count))
            }
        }
        for change in changes(script) {
            append(.keep, change.oldStart - position)
            append(.delete, change.oldCount)
            append(.insert, change.newCount)
            position = change.oldEnd
        }
        append(.keep, script.oldChanged.count - position)
        return result
    }

    // MARK: - Compaction

    /// Slides each group of changed lines of one side as far up and down as equal lines allow,
    /// merging groups that touch, and settles it at the lowest position that lines up with a
    /// change on the other side; failing that, at the best position by the indent heuristic
    /// (when `indents` is given) or else at the lowest position. Keeps the script valid: a group
    /// moves by trading its first line for the equal line just after it (or the reverse).
    static func compact(ids: [Int32], changed: inout [Bool], other: [Bool], indents: [Int]?) {
        let count = ids.count
        let otherCount = other.count
        if count == 0 { return }

        // A group is the half-open range of changed lines between two unchanged lines (maybe
        // empty). `g` walks this side's groups; `o` the other side's, kept in step.
        var gStart = 0
        var gEnd = 0
        while gEnd < count && changed[gEnd] { gEnd += 1 }
        var oStart = 0
        var oEnd = 0
        while oEnd < otherCount && other[oEnd] { oEnd += 1 }

        func otherPrevious() {
            oEnd = oStart - 1
            oStart = oEnd
            while oStart > 0 && other[oStart - 1] { oStart -= 1 }
        }
        func otherNext() {
            oStart = oEnd + 1
            oEnd = oStart
            while oEnd < otherCount && other[oEnd] { oEnd += 1 }
        }
        func slideUp() -> Bool {
            guard gStart > 0, ids[gStart - 1] == ids[gEnd - 1] else { return false }
            gStart -= 1
            gEnd -= 1
            changed[gStart] = true
            changed[gEnd] = false
            while gStart > 0 && changed[gStart - 1] { gStart -= 1 }
            return true
        }
        func slideDown() -> Bool {
            guard gEnd < count, ids[gStart] == ids[gEnd] else { return false }
            changed[gStart] = false
            changed[gEnd] = true
            gStart += 1
            gEnd += 1
            while gEnd < count && changed[gEnd] { gEnd += 1 }
            return true
        }

        while true {
            if gEnd > gStart {
                var earliestEnd: Int
                var endAlignedWithOther: Int
                var size: Int
                repeat {
                    size = gEnd - gStart
                    endAlignedWithOther = -1
                    while slideUp() { otherPrevious() }
                    earliestEnd = gEnd
                    if oEnd > oStart { endAlignedWithOther = gEnd }
                    while slideDown() {
                        otherNext()
                        if oEnd > oStart { endAlignedWithOther = gEnd }
                    }
                } while size != gEnd - gStart
                if gEnd == earliestEnd {
                    // The group cannot move.
                } else if endAlignedWithOther >= 0 {
                    // Back up to the lowest position facing a change on the other side.
                    while oEnd == oStart {
                        let moved = slideUp()
                        precondition(moved, "LineDiff: compaction lost track of groups")
                        otherPrevious()
                    }
                } else if let indents {
                    // Try the positions from the top (at most the last 100) and keep the best
                    // scoring one, the lowest among equals.
                    var shift = max(earliestEnd, gEnd - size - 1, gEnd - IndentHeuristic.maxSliding)
                    var bestShift = gEnd
                    var bestScore: IndentHeuristic.Score? = nil
                    while shift <= gEnd {
                        var score = IndentHeuristic.Score()
                        score.add(split: shift, indents: indents)
                        score.add(split: shift - size, indents: indents)
                        if bestScore.map({ score.compare(to: $0) <= 0 }) ?? true {
                            bestScore = score
                            bestShift = shift
                        }
                        shift += 1
                    }
                    while gEnd > bestShift {
                        let moved = slideUp()
                        precondition(moved, "LineDiff: compaction lost track of groups")
                        otherPrevious()
                    }
                }
            }
            if gEnd >= count { break }
            gStart = gEnd + 1
            gEnd = gStart
            while gEnd < count && changed[gEnd] { gEnd += 1 }
            otherNext()
        }
    }
}

// MARK: - Indent heuristic

extension LineDiff {
    /// Indentation of each line (see `indent(_:_:)`).
    static func indents(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [Int] {
        lines.map { indent(bytes, $0) }
    }

    /// Width of a line's leading whitespace (space 1, tab to the next multiple of 8, other
    /// whitespace 0), capped at 200; -1 for a line that is all whitespace.
    static func indent(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        var width = 0
        for byte in bytes[line] {
            switch byte {
            case 0x20: width += 1
            case 0x09: width += 8 - width % 8
            case 0x0A, 0x0D: break
            default: return width
            }
            if width >= IndentHeuristic.maxIndent { return IndentHeuristic.maxIndent }
        }
        return -1
    }
}

/// Scores where to put a change group that could sit at several places: each candidate is judged
/// by the two boundaries it creates (above the group and below it), from the indentation of the
/// line at the boundary and of the nearest non-blank lines before and after it. The weights are
/// git's, so that placements agree with `git diff`.
enum IndentHeuristic {
    static let maxIndent = 200
    static let maxBlanks = 20
    static let maxSliding = 100
    static let startOfFilePenalty = 1
    static let endOfFilePenalty = 21
    static let totalBlankWeight = -30
    static let postBlankWeight = 6
    static let relativeIndentPenalty = -4
    static let relativeIndentWithBlankPenalty = 10
    static let relativeOutdentPenalty = 24
    static let relativeOutdentWithBlankPenalty = 17
    static let relativeDedentPenalty = 23
    static let relativeDedentWithBlankPenalty = 17
    static let indentWeight = 60

    struct Score {
        var effectiveIndent = 0
        var penalty = 0

        /// Negative when `self` is better than `other`.
        func compare(to other: Score) -> Int {
            let indentOrder = effectiveIndent > other.effectiveIndent ? 1 : effectiveIndent < other.effectiveIndent ? -1 : 0
            return IndentHeuristic.indentWeight * indentOrder + (penalty - other.penalty)
        }

        /// Adds the cost of a boundary just above line `split`.
        mutating func add(split: Int, indents: [Int]) {
            let count = indents.count
            let atEnd = split >= count
            let lineIndent = atEnd ? -1 : indents[split]

            var blanksBefore = 0
            var indentBefore = -1
            var index = split - 1
            while index >= 0 {
                indentBefore = indents[index]
                if indentBefore != -1 { break }
                blanksBefore += 1
                if blanksBefore == IndentHeuristic.maxBlanks {
                    indentBefore = 0
                    break
                }
                index -= 1
            }

            var blanksAfter = 0
            var indentAfter = -1
            index = split + 1
            while index < count {
                indentAfter = indents[index]
                if indentAfter != -1 { break }
                blanksAfter += 1
                if blanksAfter == IndentHeuristic.maxBlanks {
                    indentAfter = 0
                    break
                }
                index += 1
            }

            if indentBefore == -1 && blanksBefore == 0 { penalty += IndentHeuristic.startOfFilePenalty }
            if atEnd { penalty += IndentHeuristic.endOfFilePenalty }
            let postBlank = lineIndent == -1 ? 1 + blanksAfter : 0
            let totalBlank = blanksBefore + postBlank
            penalty += IndentHeuristic.totalBlankWeight * totalBlank
            penalty += IndentHeuristic.postBlankWeight * postBlank
            let indent = lineIndent != -1 ? lineIndent : indentAfter
            let anyBlanks = totalBlank != 0
            effectiveIndent += indent
            if indent == -1 || indentBefore == -1 || indent == indentBefore {
                // Nothing more to weigh.
            } else if indent > indentBefore {
                penalty += anyBlanks ? IndentHeuristic.relativeIndentWithBlankPenalty : IndentHeuristic.relativeIndentPenalty
            } else if indentAfter != -1 && indentAfter > indent {
                penalty += anyBlanks ? IndentHeuristic.relativeOutdentWithBlankPenalty : IndentHeuristic.relativeOutdentPenalty
            } else {
                penalty += anyBlanks ? IndentHeuristic.relativeDedentWithBlankPenalty : IndentHeuristic.relativeDedentPenalty
            }
        }
    }
}

// MARK: - Line ids

/// Assigns each distinct line (as bytes) a small integer id, over two buffers at once.
struct LineInterner {
    /// ids for the lines of `old` and `new`; ids are `0..<count`, in order of first appearance.
    static func ids(
        _ old: [UInt8], _ oldLines: [Range<Int>], _ new: [UInt8], _ newLines: [Range<Int>]
    ) -> (old: [Int32], new: [Int32], count: Int) {
        var interner = LineInterner(capacityFor: oldLines.count + newLines.count)
        var oldIDs: [Int32] = []
        oldIDs.reserveCapacity(oldLines.count)
        for line in oldLines { oldIDs.append(interner.id(of: line, in: old, side: 0, old: old, new: new)) }
        var newIDs: [Int32] = []
        newIDs.reserveCapacity(newLines.count)
        for line in newLines { newIDs.append(interner.id(of: line, in: new, side: 1, old: old, new: new)) }
        return (oldIDs, newIDs, interner.representatives.count)
    }

    /// Open-addressing table: slot -> id + 1 (0 = empty).
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    /// For each id, where its first occurrence lives: side (0 old, 1 new) and range.
    fileprivate var representatives: [(side: Int, range: Range<Int>)] = []

    private init(capacityFor lineCount: Int) {
        var capacity = 16
        while capacity < lineCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        hashes.reserveCapacity(lineCount)
        representatives.reserveCapacity(lineCount)
    }

    private mutating func id(
        of line: Range<Int>, in bytes: [UInt8], side: Int, old: [UInt8], new: [UInt8]
    ) -> Int32 {
        // Multiply-free per-byte step (short dependency chain), then a strong final mix.
        var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
        for byte in bytes[line] {
            hash = (hash &<< 5) &+ hash &+ UInt64(byte)
        }
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 {
                let fresh = Int32(representatives.count)
                slots[slot] = fresh + 1
                hashes.append(hash)
                representatives.append((side, line))
                return fresh
            }
            let candidate = Int(entry - 1)
            if hashes[candidate] == hash {
                let known = representatives[candidate]
                if LineInterner.equal(bytes, line, known.side == 0 ? old : new, known.range) {
                    return Int32(candidate)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private static func equal(_ x: [UInt8], _ xRange: Range<Int>, _ y: [UInt8], _ yRange: Range<Int>) -> Bool {
        xRange.count == yRange.count && x[xRange] == y[yRange]
    }
}

// MARK: - Myers search

/// Myers' linear-space algorithm: find the middle snake of a box, split there, repeat on both
/// halves (with an explicit work stack instead of recursion). When a box needs more than
/// `costLimit` steps from each end, it is split at the furthest point reached instead: the result
/// stays a valid script, merely not guaranteed minimal (pathological inputs only).
struct MyersSearch {
    let old: [Int32]
    let new: [Int32]
    private(set) var oldChanged: [Bool]
    private(set) var newChanged: [Bool]
    /// Furthest x reached on each diagonal (x - y + offset), forward and backward.
    private var forward: [Int]
    private var backward: [Int]
    private let offset: Int
    private let costLimit: Int
    private static let forwardUnreachable = Int.min / 4
    private static let backwardUnreachable = Int.max / 4

    /// `costLimit` overrides the default limit (for tests of the fallback).
    init(old: [Int32], new: [Int32], costLimit: Int? = nil) {
        self.old = old
        self.new = new
        oldChanged = [Bool](repeating: false, count: old.count)
        newChanged = [Bool](repeating: false, count: new.count)
        offset = new.count + 1
        forward = [Int](repeating: 0, count: old.count + new.count + 3)
        backward = forward
        var root = 1
        while root * root < old.count + new.count { root += 1 }
        self.costLimit = costLimit ?? max(1024, root)
    }

    mutating func run() {
        var work: [(Int, Int, Int, Int)] = [(0, old.count, 0, new.count)]
        while let (aLow, aHigh, bLow, bHigh) = work.popLast() {
            var aLo = aLow
            var aHi = aHigh
            var bLo = bLow
            var bHi = bHigh
            while aLo < aHi && bLo < bHi && old[aLo] == new[bLo] {
                aLo += 1
                bLo += 1
            }
            while aLo < aHi && bLo < bHi && old[aHi - 1] == new[bHi - 1] {
                aHi -= 1
                bHi -= 1
            }
            if aLo == aHi {
                for j in bLo..<bHi { newChanged[j] = true }
            } else if bLo == bHi {
                for i in aLo..<aHi { oldChanged[i] = true }
            } else {
                let (x, y) = split(aLo, aHi, bLo, bHi)
                // Push the second half first so the first half is done first (order is
                // irrelevant to the result; this just keeps the stack shallow in practice).
                work.append((x, aHi, y, bHi))
                work.append((aLo, x, bLo, y))
            }
        }
    }

    /// A point (x, y) on a shortest edit path through the box, strictly between its corners.
    /// Requires a non-empty box whose first and last lines differ on the two sides.
    private mutating func split(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) -> (Int, Int) {
        let kMin = aLo - bHi              // lowest diagonal in the box
        let kMax = aHi - bLo              // highest diagonal in the box
        let fMid = aLo - bLo              // forward search starts on this diagonal
        let bMid = aHi - bHi              // backward search starts on this diagonal
        let oddDelta = (fMid - bMid) & 1 != 0
        // Explored diagonal ranges (same parity throughout each range, step 2).
        var fLo = fMid
        var fHi = fMid
        var bkLo = bMid
        var bkHi = bMid
        forward[fMid + offset] = aLo
        backward[bMid + offset] = aHi

        var d = 1
        while true {
            // Forward pass: extend furthest-reaching paths by one edit.
            let newFLo = fLo > kMin ? fLo - 1 : fLo + 1
            let newFHi = fHi < kMax ? fHi + 1 : fHi - 1
            var k = newFHi
            while k >= newFLo {
                // Furthest points on the neighbouring diagonals, and the moves they allow: right
                // from k - 1 (deleting old[x]) unless on the right edge, down from k + 1
                // (inserting new[y]) unless on the bottom edge. A diagonal neither reaches is
                // marked unreachable; points it could still hold are dominated by those edges.
                let left = k - 1 >= fLo ? forward[k - 1 + offset] : Self.forwardUnreachable
                let up = k + 1 <= fHi ? forward[k + 1 + offset] : Self.forwardUnreachable
                let fromLeft = left >= aLo && left < aHi ? left + 1 : Self.forwardUnreachable
                let fromUp = up >= aLo && up - (k + 1) < bHi ? up : Self.forwardUnreachable
                var x = fromLeft > fromUp ? fromLeft : fromUp
                if x == Self.forwardUnreachable {
                    forward[k + offset] = x
                    k -= 2
                    continue
                }
                var y = x - k
                assert(x >= aLo && x <= aHi && y >= bLo && y <= bHi, "LineDiff: forward path left the box")
                while x < aHi && y < bHi && old[x] == new[y] {
                    x += 1
                    y += 1
                }
                forward[k + offset] = x
                if oddDelta && k >= bkLo && k <= bkHi && backward[k + offset] <= x {
                    return clamped(x, y, aLo, aHi, bLo, bHi)
                }
                k -= 2
            }
            fLo = newFLo
            fHi = newFHi

            // Backward pass: extend reverse paths (from the end) by one edit.
            let newBLo = bkLo > kMin ? bkLo - 1 : bkLo + 1
            let newBHi = bkHi < kMax ? bkHi + 1 : bkHi - 1
            k = newBHi
            while k >= newBLo {
                // Mirror image: left from k + 1 (deleting old[x-1]) unless on the left edge, up
                // from k - 1 (inserting new[y-1]) unless on the top edge.
                let right = k + 1 <= bkHi ? backward[k + 1 + offset] : Self.backwardUnreachable
                let down = k - 1 >= bkLo ? backward[k - 1 + offset] : Self.backwardUnreachable
                let fromRight = right <= aHi && right > aLo ? right - 1 : Self.backwardUnreachable
                let fromDown = down <= aHi && down - (k - 1) > bLo ? down : Self.backwardUnreachable
                var x = fromRight < fromDown ? fromRight : fromDown
                if x == Self.backwardUnreachable {
                    backward[k + offset] = x
                    k -= 2
                    continue
                }
                var y = x - k
                assert(x >= aLo && x <= aHi && y >= bLo && y <= bHi, "LineDiff: backward path left the box")
                while x > aLo && y > bLo && old[x - 1] == new[y - 1] {
                    x -= 1
                    y -= 1
                }
                backward[k + offset] = x
                if !oddDelta && k >= fLo && k <= fHi && forward[k + offset] >= x {
                    return clamped(x, y, aLo, aHi, bLo, bHi)
                }
                k -= 2
            }
            bkLo = newBLo
            bkHi = newBHi

            if d >= costLimit {
                // Too expensive to finish: split at whichever end got further.
                var bestForward = (x: aLo, y: bLo, progress: -1)
                k = fHi
                while k >= fLo {
                    let x = forward[k + offset]
                    let y = x - k
                    if x != Self.forwardUnreachable && x + y - aLo - bLo > bestForward.progress {
                        bestForward = (x, y, x + y - aLo - bLo)
                    }
                    k -= 2
                }
                var bestBackward = (x: aHi, y: bHi, progress: -1)
                k = bkLo
                while k <= bkHi {
                    let x = backward[k + offset]
                    let y = x - k
                    if x != Self.backwardUnreachable && aHi + bHi - x - y > bestBackward.progress {
                        bestBackward = (x, y, aHi + bHi - x - y)
                    }
                    k += 2
                }
                if bestForward.progress >= bestBackward.progress {
                    return clamped(bestForward.x, bestForward.y, aLo, aHi, bLo, bHi)
                }
                return clamped(bestBackward.x, bestBackward.y, aLo, aHi, bLo, bHi)
            }
            d += 1
        }
    }

    /// Keeps a split point inside the box and off its corners, so the work always shrinks. (The
    /// search never produces such points; this is a guard, not a code path.)
    private func clamped(_ x: Int, _ y: Int, _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) -> (Int, Int) {
        var x = min(max(x, aLo), aHi)
        var y = min(max(y, bLo), bHi)
        if (x == aLo && y == bLo) || (x == aHi && y == bHi) {
            assertionFailure("LineDiff: degenerate split point")
            x = aLo + (aHi - aLo + 1) / 2
            y = bLo
        }
        return (x, y)
    }
}
