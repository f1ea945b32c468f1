import Foundation
import Testing
@testable import Reporting

// MARK: - Exact output

/// A small diff with its exact expected output.
struct ExactDiffCase: Sendable, CustomTestStringConvertible {
    var name: String
    var path = "src/k.cu"
    var old: String?          // nil: a new file (makeNewFile)
    var new: String
    var context = 3
    var expected: String
    /// Whether `git diff` prints exactly this (false for the one deliberate difference).
    var sameAsGit = true

    var testDescription: String { name }

    func render() -> String {
        if let old { return UnifiedDiff.make(path: path, old: old, new: new, context: context) }
        return UnifiedDiff.makeNewFile(path: path, new: new)
    }
}

/// "1\n2\n...\nN\n" with optional replacements.
private func numbered(_ count: Int, _ replacements: [Int: String] = [:]) -> String {
    (1...count).map { (replacements[$0] ?? String($0)) + "\n" }.joined()
}

private let heading = "__global__ void scale(float* a) {"
private let cudaProgram = """
    #include <cuda.h>
    \(heading)
      int i = threadIdx.x;
      a[i] *= 2;
    }

    int main(void)
    {
      float* a;
      cudaMalloc(&a, 4);
      scale<<<1, 1>>>(a);
      cudaFree(a);
      return 0;
    }

    """

let exactDiffCases: [ExactDiffCase] = [
    ExactDiffCase(
        name: "single change",
        old: numbered(10), new: numbered(10, [5: "five"]),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """
    ),
    ExactDiffCase(
        name: "insertion at start",
        old: numbered(5), new: "0\n" + numbered(5),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,3 +1,4 @@
            +0
             1
             2
             3

            """
    ),
    ExactDiffCase(
        name: "deletion at end",
        old: numbered(5), new: numbered(4),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,4 +2,3 @@
             2
             3
             4
            -5

            """
    ),
    ExactDiffCase(
        name: "two hunks far apart",
        old: numbered(20), new: numbered(20, [2: "two", 18: "eighteen"]),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,5 +1,5 @@
             1
            -2
            +two
             3
             4
             5
            @@ -15,6 +15,6 @@
             15
             16
             17
            -18
            +eighteen
             19
             20

            """
    ),
    ExactDiffCase(
        name: "two changes 6 lines apart share a hunk (contexts touch)",
        old: numbered(20), new: numbered(20, [5: "five", 12: "twelve"]),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,14 +2,14 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
             9
             10
             11
            -12
            +twelve
             13
             14
             15

            """
    ),
    ExactDiffCase(
        name: "two changes 7 lines apart make two hunks",
        old: numbered(20), new: numbered(20, [5: "five", 13: "thirteen"]),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
            @@ -10,7 +10,7 @@
             10
             11
             12
            -13
            +thirteen
             14
             15
             16

            """
    ),
    ExactDiffCase(
        name: "no newline at end of old",
        old: "1\n2\n3", new: "1\n2\n3\n",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,3 +1,3 @@
             1
             2
            -3
            \\ No newline at end of file
            +3

            """
    ),
    ExactDiffCase(
        name: "no newline at end of new",
        old: "1\n2\n3\n", new: "1\n2\n3",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,3 +1,3 @@
             1
             2
            -3
            +3
            \\ No newline at end of file

            """
    ),
    ExactDiffCase(
        name: "no newline at end of either, unchanged last line",
        old: "1\n2\n3", new: "1\nX\n3",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,3 +1,3 @@
             1
            -2
            +X
             3
            \\ No newline at end of file

            """
    ),
    ExactDiffCase(
        name: "no newline at end of either, changed last line",
        old: "1\n2", new: "1\n3",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,2 +1,2 @@
             1
            -2
            \\ No newline at end of file
            +3
            \\ No newline at end of file

            """
    ),
    ExactDiffCase(
        name: "CRLF lines keep their CR",
        old: "1\r\n2\r\n3\r\n", new: "1\r\n22\r\n3\r\n",
        expected: "diff --git a/src/k.cu b/src/k.cu\n--- a/src/k.cu\n+++ b/src/k.cu\n"
            + "@@ -1,3 +1,3 @@\n 1\r\n-2\r\n+22\r\n 3\r\n"
    ),
    ExactDiffCase(
        name: "CRLF to LF on one line",
        old: "1\r\n2\r\n3\r\n", new: "1\r\n2\n3\r\n",
        expected: "diff --git a/src/k.cu b/src/k.cu\n--- a/src/k.cu\n+++ b/src/k.cu\n"
            + "@@ -1,3 +1,3 @@\n 1\r\n-2\r\n+2\n 3\r\n"
    ),
    ExactDiffCase(
        name: "lone CR as the unterminated last line",
        old: "1\n2\r", new: "1\n2\r\n",
        expected: "diff --git a/src/k.cu b/src/k.cu\n--- a/src/k.cu\n+++ b/src/k.cu\n"
            + "@@ -1,2 +1,2 @@\n 1\n-2\r\n\\ No newline at end of file\n+2\r\n"
    ),
    ExactDiffCase(
        name: "empty old file",
        old: "", new: "x\ny\n",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -0,0 +1,2 @@
            +x
            +y

            """
    ),
    ExactDiffCase(
        name: "empty old file, one line without newline",
        old: "", new: "x",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -0,0 +1 @@
            +x
            \\ No newline at end of file

            """
    ),
    ExactDiffCase(
        name: "new content empty",
        old: "x\ny\n", new: "",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -1,2 +0,0 @@
            -x
            -y

            """
    ),
    ExactDiffCase(
        name: "context 0: pure insertion and a replacement",
        old: numbered(9), new: numbered(9, [2: "2\nins", 8: "eight"]), context: 0,
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,0 +3 @@
            +ins
            @@ -8 +9 @@
            -8
            +eight

            """
    ),
    ExactDiffCase(
        name: "context 1: a gap of 2 lines merges",
        old: numbered(9), new: numbered(9, [4: "four", 7: "seven"]), context: 1,
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -3,6 +3,6 @@
             3
            -4
            +four
             5
             6
            -7
            +seven
             8

            """
    ),
    ExactDiffCase(
        name: "context 1: a gap of 3 lines splits",
        old: numbered(9), new: numbered(9, [4: "four", 8: "eight"]), context: 1,
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -3,3 +3,3 @@
             3
            -4
            +four
             5
            @@ -7,3 +7,3 @@
             7
            -8
            +eight
             9

            """
    ),
    ExactDiffCase(
        name: "function heading in hunk header",
        old: cudaProgram,
        new: cudaProgram.replacingOccurrences(of: "cudaMalloc", with: "hipMalloc")
            .replacingOccurrences(of: "cudaFree", with: "hipFree"),
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -7,8 +7,8 @@ \(heading)
             int main(void)
             {
               float* a;
            -  cudaMalloc(&a, 4);
            +  hipMalloc(&a, 4);
               scale<<<1, 1>>>(a);
            -  cudaFree(a);
            +  hipFree(a);
               return 0;
             }

            """
    ),
    ExactDiffCase(
        name: "ambiguous insertion placed like git (indent heuristic)",
        old: "void f() {\n  a();\n}\n\nvoid h() {\n  c();\n}\n",
        new: "void f() {\n  a();\n}\n\nvoid g() {\n  b();\n}\n\nvoid h() {\n  c();\n}\n",
        expected: """
            diff --git a/src/k.cu b/src/k.cu
            --- a/src/k.cu
            +++ b/src/k.cu
            @@ -2,6 +2,10 @@ void f() {
               a();
             }
             
            +void g() {
            +  b();
            +}
            +
             void h() {
               c();
             }

            """
    ),
    ExactDiffCase(
        name: "path with a space: tab after the ---/+++ names",
        path: "src/my kernels/k 1.cu", old: "1\n2\n", new: "1\n3\n",
        expected: "diff --git a/src/my kernels/k 1.cu b/src/my kernels/k 1.cu\n"
            + "--- a/src/my kernels/k 1.cu\t\n+++ b/src/my kernels/k 1.cu\t\n"
            + "@@ -1,2 +1,2 @@\n 1\n-2\n+3\n"
    ),
    ExactDiffCase(
        name: "non-ASCII path is C-quoted with octal escapes",
        path: "src/ñ/é.cu", old: "1\n2\n", new: "1\n3\n",
        expected: #"""
            diff --git "a/src/\303\261/\303\251.cu" "b/src/\303\261/\303\251.cu"
            --- "a/src/\303\261/\303\251.cu"
            +++ "b/src/\303\261/\303\251.cu"
            @@ -1,2 +1,2 @@
             1
            -2
            +3

            """#
    ),
    ExactDiffCase(
        name: "tab, quote and backslash in path",
        path: "src/a\tb\"c\\d e.cu", old: "1\n2\n", new: "1\n3\n",
        expected: #"""
            diff --git "a/src/a\tb\"c\\d e.cu" "b/src/a\tb\"c\\d e.cu"
            --- "a/src/a\tb\"c\\d e.cu"	
            +++ "b/src/a\tb\"c\\d e.cu"	
            @@ -1,2 +1,2 @@
             1
            -2
            +3

            """#
    ),
    ExactDiffCase(
        name: "new file",
        path: "src/new.hip", old: nil, new: "a\nb",
        expected: """
            diff --git a/src/new.hip b/src/new.hip
            new file mode 100644
            --- /dev/null
            +++ b/src/new.hip
            @@ -0,0 +1,2 @@
            +a
            +b
            \\ No newline at end of file

            """
    ),
    ExactDiffCase(
        name: "new file with one line",
        path: "new one.h", old: nil, new: "x\n",
        expected: "diff --git a/new one.h b/new one.h\nnew file mode 100644\n"
            + "--- /dev/null\n+++ b/new one.h\t\n@@ -0,0 +1 @@\n+x\n"
    ),
    ExactDiffCase(
        name: "empty new file: header only",
        path: "src/empty.h", old: nil, new: "",
        expected: "diff --git a/src/empty.h b/src/empty.h\nnew file mode 100644\n"
    ),
    ExactDiffCase(
        name: "empty new file with a quoted name: header only",
        path: "src/é.h", old: nil, new: "",
        expected: #"""
            diff --git "a/src/\303\251.h" "b/src/\303\251.h"
            new file mode 100644

            """#
    ),
    ExactDiffCase(
        name: "empty new file with a space in its name keeps ---/+++ for patch",
        path: "src/my empty.h", old: nil, new: "",
        expected: "diff --git a/src/my empty.h b/src/my empty.h\nnew file mode 100644\n"
            + "--- /dev/null\n+++ b/src/my empty.h\t\n",
        sameAsGit: false
    ),
]

@Suite("UnifiedDiff exact output")
struct UnifiedDiffExactTests {
    @Test(arguments: exactDiffCases)
    func exactOutput(_ testCase: ExactDiffCase) {
        #expect(testCase.render() == testCase.expected)
    }

    @Test(arguments: exactDiffCases)
    func appliesStrictly(_ testCase: ExactDiffCase) throws {
        let diff = Array(testCase.render().utf8)
        let result = try StrictPatchApplier.apply(diff, to: Array((testCase.old ?? "").utf8))
        #expect(result == Array(testCase.new.utf8))
    }

    @Test func identicalContentGivesEmptyDiff() {
        #expect(UnifiedDiff.make(path: "a.cu", old: "", new: "") == "")
        #expect(UnifiedDiff.make(path: "a.cu", old: "x\ny", new: "x\ny") == "")
        #expect(UnifiedDiff.make(path: "a.cu", old: numbered(500), new: numbered(500)) == "")
        #expect(UnifiedDiff.make(path: "a.cu", old: [UInt8]("x\r\n".utf8), new: [UInt8]("x\r\n".utf8)) == [])
    }

    @Test func canonicallyEquivalentStringsStillDiffer() {
        // Swift's String == says these are equal; the bytes are not, and the file must change.
        let decomposed = "caf\u{65}\u{301}\n"
        let precomposed = "caf\u{e9}\n"
        #expect(decomposed == precomposed)
        let diff = UnifiedDiff.make(path: "a.cu", old: decomposed, new: precomposed)
        #expect(diff.hasSuffix("@@ -1 +1 @@\n-caf\u{65}\u{301}\n+caf\u{e9}\n"))
    }

    @Test func negativeContextActsLikeZero() {
        let old = numbered(9)
        let new = numbered(9, [5: "five"])
        #expect(UnifiedDiff.make(path: "a", old: old, new: new, context: -4)
            == UnifiedDiff.make(path: "a", old: old, new: new, context: 0))
        #expect(UnifiedDiff.make(path: "a", old: old, new: new, context: 0).hasSuffix("@@ -5 +5 @@\n-5\n+five\n"))
    }

    @Test func hugeContextGivesOneHunkWithWholeFile() {
        let diff = UnifiedDiff.make(path: "a", old: numbered(30), new: numbered(30, [1: "one", 30: "thirty"]), context: 100)
        #expect(diff.components(separatedBy: "\n@@ ").count == 2)
        #expect(diff.contains("\n@@ -1,30 +1,30 @@\n"))
        #expect(UnifiedDiff.make(path: "a", old: numbered(30), new: numbered(30, [1: "one", 30: "thirty"]), context: .max) == diff)
    }

    @Test func headingIsCutTo80BytesAndTrimmed() {
        let long = "static_kernel " + String(repeating: "x", count: 100) + "\n"
        let diff = UnifiedDiff.make(path: "a", old: long + numbered(8), new: long + numbered(8, [8: "eight"]))
        let header = diff.split(separator: "\n")[3]
        #expect(header == "@@ -6,4 +6,4 @@ " + long.prefix(80))

        // Trailing whitespace (after the cut too) is dropped.
        let spaced = "void f()   \t\r\n"
        let diff2 = UnifiedDiff.make(path: "a", old: spaced + numbered(8), new: spaced + numbered(8, [8: "eight"]))
        #expect(diff2.split(separator: "\n")[3] == "@@ -6,4 +6,4 @@ void f()")
    }

    @Test func headingCutNeverSplitsACharacter() {
        // 79 ASCII bytes, then a 2-byte "é" straddling the 80-byte cut: the partial "é" goes.
        let line = "k" + String(repeating: "a", count: 78) + "é tail\n"
        let diff = UnifiedDiff.make(path: "a", old: line + numbered(8), new: line + numbered(8, [8: "eight"]))
        let header = diff.split(separator: "\n")[3]
        #expect(header == "@@ -6,4 +6,4 @@ k" + String(repeating: "a", count: 78))
    }

    @Test func headingIsNearestCandidateBeforeEachHunk() {
        var lines = (1...40).map { "  body \($0)\n" }
        lines[0] = "first()\n"
        lines[20] = "second()\n"
        let old = lines.joined()
        var changed = lines
        changed[10] = "  changed 11\n"
        changed[35] = "  changed 36\n"
        let diff = UnifiedDiff.make(path: "a", old: old, new: changed.joined())
        let headers = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        #expect(headers == ["@@ -8,7 +8,7 @@ first()", "@@ -33,7 +33,7 @@ second()"])
    }

    @Test func stringAndByteFormsAgree() {
        let old = "α\r\nβ\nγ"
        let new = "α\r\nβ2\nγ\n"
        let fromString = UnifiedDiff.make(path: "p/ü.cu", old: old, new: new)
        let fromBytes = UnifiedDiff.make(path: "p/ü.cu", old: Array(old.utf8), new: Array(new.utf8))
        #expect(Array(fromString.utf8) == fromBytes)
        #expect(Array(UnifiedDiff.makeNewFile(path: "n", new: new).utf8) == UnifiedDiff.makeNewFile(path: "n", new: Array(new.utf8)))
    }
}

// MARK: - LineDiff

@Suite("LineDiff")
struct LineDiffTests {
    @Test func splitsLinesKeepingTerminators() {
        func split(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return LineDiff.lineRanges(of: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(split("") == [])
        #expect(split("a") == ["a"])
        #expect(split("a\n") == ["a\n"])
        #expect(split("a\r\nb\r\n") == ["a\r\n", "b\r\n"])
        #expect(split("\n\nx") == ["\n", "\n", "x"])
        #expect(split("a\rb\n") == ["a\rb\n"])
    }

    @Test func runsForSimpleEdits() {
        typealias R = LineDiff.Run
        #expect(LineDiff.diff(old: "a\nb\nc\n", new: "a\nc\nd\n") == [R(.keep, 1), R(.delete, 1), R(.keep, 1), R(.insert, 1)])
        #expect(LineDiff.diff(old: "", new: "") == [])
        #expect(LineDiff.diff(old: "", new: "x\ny") == [R(.insert, 2)])
        #expect(LineDiff.diff(old: "x\ny", new: "") == [R(.delete, 2)])
        #expect(LineDiff.diff(old: "a\nb\n", new: "a\nB\n") == [R(.keep, 1), R(.delete, 1), R(.insert, 1)])
        // A missing final newline makes a different line.
        #expect(LineDiff.diff(old: "a\nb", new: "a\nb\n") == [R(.keep, 1), R(.delete, 1), R(.insert, 1)])
        // CR is part of the line.
        #expect(LineDiff.diff(old: "a\r\n", new: "a\n") == [R(.delete, 1), R(.insert, 1)])
        #expect(LineDiff.diff([1, 2, 3, 4], [1, 3, 4, 5]) == [R(.keep, 1), R(.delete, 1), R(.keep, 2), R(.insert, 1)])
    }

    @Test func ambiguousGroupsSlideDownWithoutHeuristic() {
        typealias R = LineDiff.Run
        // Deleting one of three equal lines: the deletion sits on the last one.
        #expect(LineDiff.diff(old: "x\nx\nx\n", new: "x\nx\n", indentHeuristic: false) == [R(.keep, 2), R(.delete, 1)])
        #expect(LineDiff.diff(["a", "x", "x", "b"], ["a", "x", "b"]) == [R(.keep, 2), R(.delete, 1), R(.keep, 1)])
    }

    /// Random small sequences: the script is valid and minimal (checked against an LCS table).
    @Test func scriptsAreValidAndMinimal() {
        var random = DiffTestRandom(seed: 0x5eed)
        for _ in 0..<3000 {
            let alphabet = 1 + random.below(6)
            let old = (0..<random.below(30)).map { _ in random.below(alphabet) }
            var new = old
            if random.chance(20) {
                new = (0..<random.below(30)).map { _ in random.below(alphabet) }
            } else {
                for _ in 0..<random.below(6) {
                    switch random.below(3) {
                    case 0 where !new.isEmpty: new.remove(at: random.below(new.count))
                    case 1: new.insert(random.below(alphabet + 2), at: random.below(new.count + 1))
                    default: if !new.isEmpty { new[random.below(new.count)] = random.below(alphabet + 2) }
                    }
                }
            }
            let runs = LineDiff.diff(old, new)
            let counts = validate(runs, old, new)
            #expect(counts != nil, "invalid script for \(old) -> \(new): \(runs)")
            let common = lcsLength(old, new)
            #expect(counts?.deleted == old.count - common && counts?.inserted == new.count - common,
                    "not minimal for \(old) -> \(new): \(runs)")
        }
    }

    /// With a tiny cost limit the search falls back to splitting at the furthest point reached;
    /// the script must stay valid.
    @Test func costLimitFallbackStaysValid() {
        var random = DiffTestRandom(seed: 77)
        for _ in 0..<2000 {
            let alphabet = 1 + random.below(8)
            let old = (0..<random.below(60)).map { _ in Int32(random.below(alphabet)) }
            let new = (0..<random.below(60)).map { _ in Int32(random.below(alphabet)) }
            let script = LineDiff.script(old: old, new: new, idCount: alphabet, costLimit: 1 + random.below(3))
            let runs = LineDiff.runs(script)
            #expect(validate(runs, old, new) != nil, "invalid script for \(old) -> \(new): \(runs)")
        }
    }

    @Test func deterministic() {
        var random = DiffTestRandom(seed: 9)
        let pair = randomDiffPair(&random)
        let first = UnifiedDiff.make(path: "x", old: pair.old, new: pair.new)
        for _ in 0..<3 {
            #expect(UnifiedDiff.make(path: "x", old: pair.old, new: pair.new) == first)
        }
    }

    /// Deleted/inserted counts if `runs` turns `old` into `new`, else nil.
    private func validate<T: Equatable>(_ runs: [LineDiff.Run], _ old: [T], _ new: [T]) -> (deleted: Int, inserted: Int)? {
        var i = 0
        var j = 0
        var deleted = 0
        var inserted = 0
        var previous: LineDiff.Operation? = nil
        for run in runs {
            guard run.count > 0, run.operation != previous else { return nil }
            previous = run.operation
            switch run.operation {
            case .keep:
                for _ in 0..<run.count {
                    guard i < old.count, j < new.count, old[i] == new[j] else { return nil }
                    i += 1
                    j += 1
                }
            case .delete:
                i += run.count
                deleted += run.count
            case .insert:
                j += run.count
                inserted += run.count
            }
        }
        return i == old.count && j == new.count ? (deleted, inserted) : nil
    }

    private func lcsLength<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }
}

// MARK: - Round trips

@Suite("UnifiedDiff round trips")
struct UnifiedDiffRoundTripTests {
    /// Thousands of generated pairs, applied by a strict in-process applier (exact positions, no
    /// fuzz, counts checked), at several context sizes.
    @Test func strictApplyReproducesNew() throws {
        var random = DiffTestRandom(seed: 2024)
        for index in 0..<1500 {
            let pair = randomDiffPair(&random, maxLines: index % 3 == 0 ? 400 : 60)
            let context = [3, 3, 0, 1, 2, 5][index % 6]
            let diff = UnifiedDiff.make(path: "f.cu", old: pair.old, new: pair.new, context: context)
            if pair.old == pair.new {
                #expect(diff.isEmpty)
                continue
            }
            let result = try StrictPatchApplier.apply(diff, to: pair.old)
            #expect(result == pair.new, "case \(index) (context \(context)) does not round-trip")
            if result != pair.new { break }
            let newFile = UnifiedDiff.makeNewFile(path: "f.cu", new: pair.new)
            #expect(try StrictPatchApplier.apply(newFile, to: []) == pair.new)
        }
    }

    /// Generated trees (modified files, new files, an emptied file, awkward names) patched with
    /// `git apply` at the root of a git repository holding the old tree.
    @Test(.enabled(if: DiffTestTool.git != nil, "git is not installed"))
    func gitApplyReproducesNewTree() throws {
        for seed in 1...6 {
            let tree = randomDiffTree(seed: UInt64(seed))
            let directory = try DiffScratchDirectory()
            defer { directory.remove() }
            let root = directory.url.appendingPathComponent("tree")
            try tree.writeOld(to: root)
            let patch = directory.url.appendingPathComponent("changes.diff")
            try Data(tree.patch).write(to: patch)
            try DiffTestTool.run(DiffTestTool.git!, ["init", "-q"], in: root).check()
            try DiffTestTool.run(DiffTestTool.git!, ["apply", "--whitespace=nowarn", patch.path], in: root).check()
            try tree.expectNew(at: root, seed: seed, tool: "git apply")
        }
    }

    /// The same trees patched with `patch -p1` (no fuzz allowed).
    @Test(.enabled(if: DiffTestTool.patch != nil, "patch is not installed"))
    func patchReproducesNewTree() throws {
        for seed in 1...6 {
            let tree = randomDiffTree(seed: UInt64(seed))
            let directory = try DiffScratchDirectory()
            defer { directory.remove() }
            let root = directory.url.appendingPathComponent("tree")
            try tree.writeOld(to: root)
            let patch = directory.url.appendingPathComponent("changes.diff")
            try Data(tree.patch).write(to: patch)
            try DiffTestTool.run(
                DiffTestTool.patch!, ["-p1", "--fuzz=0", "--batch", "--no-backup-if-mismatch", "-i", patch.path],
                in: root
            ).check()
            try tree.expectNew(at: root, seed: seed, tool: "patch -p1")
        }
    }

    /// The exact cases compared with what `git diff` itself prints for the same change in a
    /// repository (index line removed; new files via `git add -N`).
    @Test(.enabled(if: DiffTestTool.git != nil, "git is not installed"), arguments: exactDiffCases.filter(\.sameAsGit))
    func matchesGitDiff(_ testCase: ExactDiffCase) throws {
        let directory = try DiffScratchDirectory()
        defer { directory.remove() }
        let root = directory.url
        let git = DiffTestTool.git!
        try DiffTestTool.run(git, ["init", "-q"], in: root).check()
        let file = root.appendingPathComponent(testCase.path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let old = testCase.old {
            try Data(old.utf8).write(to: file)
            try DiffTestTool.run(git, ["add", "--", testCase.path], in: root).check()
            try Data(testCase.new.utf8).write(to: file)
        } else {
            try Data(testCase.new.utf8).write(to: file)
            try DiffTestTool.run(git, ["add", "-N", "--", testCase.path], in: root).check()
        }
        let result = try DiffTestTool.run(
            git, ["diff", "--no-color", "--no-ext-diff", "--no-renames", "-U\(testCase.context)"], in: root)
        try result.check()
        #expect(String(decoding: withoutIndexLine(result.stdout), as: UTF8.self) == testCase.render())
    }

    /// Random pairs compared with `git diff --no-index` from the first hunk on (the file names
    /// in the header differ there): same hunks, same placement of ambiguous changes, same
    /// headings.
    @Test(.enabled(if: DiffTestTool.git != nil, "git is not installed"))
    func hunksMatchGitDiffNoIndex() throws {
        var random = DiffTestRandom(seed: 31337)
        let directory = try DiffScratchDirectory()
        defer { directory.remove() }
        let oldFile = directory.url.appendingPathComponent("old")
        let newFile = directory.url.appendingPathComponent("new")
        for index in 0..<60 {
            let pair = randomDiffPair(&random, maxLines: 200)
            let context = [3, 3, 1, 0, 5][index % 5]
            try Data(pair.old).write(to: oldFile)
            try Data(pair.new).write(to: newFile)
            let result = try DiffTestTool.run(
                DiffTestTool.git!,
                ["diff", "--no-index", "--no-color", "--no-ext-diff", "-U\(context)", "old", "new"],
                in: directory.url)
            #expect(result.status == (pair.old == pair.new ? 0 : 1))
            let ours = UnifiedDiff.make(path: "x", old: pair.old, new: pair.new, context: context)
            #expect(String(decoding: fromFirstHunk(ours), as: UTF8.self) == String(decoding: fromFirstHunk(result.stdout), as: UTF8.self),
                    "case \(index) differs from git diff")
        }
    }

    private func withoutIndexLine(_ output: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        var lineStart = 0
        var inHeader = true
        for index in output.indices where output[index] == 0x0A {
            let line = output[lineStart...index]
            if line.starts(with: "@@ ".utf8) { inHeader = false }
            if line.starts(with: "diff --git ".utf8) { inHeader = true }
            if !(inHeader && line.starts(with: "index ".utf8)) { kept.append(contentsOf: line) }
            lineStart = index + 1
        }
        kept.append(contentsOf: output[lineStart...])
        return kept
    }

    private func fromFirstHunk(_ output: [UInt8]) -> [UInt8] {
        if output.starts(with: "@@ ".utf8) { return output }
        let marker = Array("\n@@ ".utf8)
        var index = 0
        while index + marker.count <= output.count {
            if output[index..<(index + marker.count)].elementsEqual(marker) { return Array(output[(index + 1)...]) }
            index += 1
        }
        return []
    }
}

// MARK: - Generators

/// DiffTestRandom: small, seeded, deterministic.
struct DiffTestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// An old and a new version of one file: lines drawn from a small vocabulary (many repeats, so
/// changes are often ambiguous) and unique lines, LF, CRLF or mixed endings, random edits, and
/// sometimes no final newline on either side.
func randomDiffPair(_ random: inout DiffTestRandom, maxLines: Int = 300) -> (old: [UInt8], new: [UInt8]) {
    let vocabulary = [
        "{", "}", "", "  }", "    return;", "\tint i = 0;", "  __syncthreads();", "    ",
        "__global__ void kernel(float* a) {", "#include <cuda_runtime.h>", "  cudaDeviceSynchronize();",
    ]
    let ending = random.below(3)  // 0: LF, 1: CRLF, 2: mixed
    func line() -> String {
        let text = random.chance(45)
            ? vocabulary[random.below(vocabulary.count)]
            : "  x\(random.below(1000)) = cudaMalloc(&p\(random.below(50)), n);"
        let crlf = ending == 1 || (ending == 2 && random.chance(50))
        return text + (crlf ? "\r\n" : "\n")
    }
    var old = (0..<random.below(maxLines + 1)).map { _ in line() }
    if random.chance(3) { old = [] }
    var new = old
    if random.chance(3) {
        new = []
    } else {
        for _ in 0..<(1 + random.below(12)) {
            switch random.below(6) {
            case 0 where !new.isEmpty:
                new[random.below(new.count)] = line()
            case 1:
                let at = random.below(new.count + 1)
                new.insert(contentsOf: (0..<(1 + random.below(5))).map { _ in line() }, at: at)
            case 2 where !new.isEmpty:
                let at = random.below(new.count)
                new.removeSubrange(at..<min(new.count, at + 1 + random.below(5)))
            case 3 where !new.isEmpty:
                // Flip the line ending of one line.
                let at = random.below(new.count)
                new[at] = new[at].hasSuffix("\r\n") ? String(new[at].dropLast(2)) + "\n" : String(new[at].dropLast()) + "\r\n"
            case 4 where !new.isEmpty:
                // Duplicate a block elsewhere.
                let from = random.below(new.count)
                let block = Array(new[from..<min(new.count, from + 1 + random.below(4))])
                new.insert(contentsOf: block, at: random.below(new.count + 1))
            default:
                if !new.isEmpty { new[random.below(new.count)] = vocabulary[random.below(vocabulary.count)] + "\n" }
            }
        }
    }
    var oldBytes = Array(old.joined().utf8)
    var newBytes = Array(new.joined().utf8)
    if random.chance(25), oldBytes.last == 0x0A { oldBytes.removeLast() }
    if random.chance(25), newBytes.last == 0x0A { newBytes.removeLast() }
    return (oldBytes, newBytes)
}

/// A generated source tree and the patch for it.
struct GeneratedDiffTree {
    var old: [(path: String, bytes: [UInt8])] = []
    var new: [(path: String, bytes: [UInt8])] = []
    var patch: [UInt8] = []

    func writeOld(to root: URL) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, bytes) in old { try write(bytes, path, under: root) }
    }

    private func write(_ bytes: [UInt8], _ path: String, under root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Every file of the new tree has exactly its new bytes, and nothing else is there.
    func expectNew(at root: URL, seed: Int, tool: String) throws {
        for (path, bytes) in new {
            let url = root.appendingPathComponent(path)
            let actual = FileManager.default.fileExists(atPath: url.path) ? [UInt8](try Data(contentsOf: url)) : nil
            #expect(actual == bytes, "\(tool), tree \(seed): \(path) differs from the translated file")
        }
        let expected = Set(new.map(\.path))
        let present = try filesUnder(root)
        #expect(present == expected, "\(tool), tree \(seed): unexpected files \(present.symmetricDifference(expected))")
    }

    private func filesUnder(_ root: URL) throws -> Set<String> {
        var found: Set<String> = []
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name != ".git" {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(child).path, isDirectory: &isDirectory)
                if isDirectory.boolValue { try walk(child) } else { found.insert(child) }
            }
        }
        try walk("")
        return found
    }
}

/// About 40 files: modified (some unchanged), new, an emptied one, empty new ones, and paths
/// with spaces, non-ASCII letters, a tab, a quote and a backslash.
func randomDiffTree(seed: UInt64) -> GeneratedDiffTree {
    var random = DiffTestRandom(seed: seed &* 1_000_003)
    var tree = GeneratedDiffTree()
    let awkward = ["dir with space/k \(seed).cu", "ünïcode/ñ\(seed).cu", "odd/t\tq\"b\\\(seed).cu", "odd/sp ace \"q\".h"]
    for index in 0..<30 {
        let path = index < awkward.count ? awkward[index] : "src/sub\(index % 4)/kernel_\(index).cu"
        let pair = randomDiffPair(&random)
        tree.old.append((path, pair.old))
        tree.new.append((path, pair.new))
        tree.patch += UnifiedDiff.make(path: path, old: pair.old, new: pair.new)
    }
    let emptied = "src/emptied.cu"
    tree.old.append((emptied, Array("a\nb\n".utf8)))
    tree.new.append((emptied, []))
    tree.patch += UnifiedDiff.make(path: emptied, old: Array("a\nb\n".utf8), new: [])
    let newPaths = [
        "hip/new 0.hip", "hip/ñew1.h", "hip/n2.hip",
        "hip/empty3.h", "hip/empty 4.h", "hip/émpty5.h", "hip/e\tq\"b\\6.h",
    ]
    for (index, path) in newPaths.enumerated() {
        let bytes = index >= 3 ? [] : randomDiffPair(&random).new
        tree.new.append((path, bytes))
        tree.patch += UnifiedDiff.makeNewFile(path: path, new: bytes)
    }
    return tree
}

// MARK: - Strict applier

/// Applies a one-file diff as written by UnifiedDiff: every hunk must match the old text at
/// exactly its stated position, hunk counts must match the hunk bodies, and hunks must be in
/// order with at least one unshown line between them. Independent of the code under test.
enum StrictPatchApplier {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func apply(_ diff: String, to old: [UInt8]) throws -> [UInt8] {
        try apply(Array(diff.utf8), to: old)
    }

    static func apply(_ diff: [UInt8], to old: [UInt8]) throws -> [UInt8] {
        let oldLines = lines(old)
        let patchLines = lines(diff)
        var output: [UInt8] = []
        var outputLineCount = 0
        var consumed = 0
        var index = 0
        var sawHunk = false
        while index < patchLines.count && !patchLines[index].starts(with: "@@ ".utf8) { index += 1 }
        while index < patchLines.count {
            let header = patchLines[index]
            guard let ranges = parseHeader(header) else { throw Failure(description: "bad hunk header \(String(decoding: header, as: UTF8.self))") }
            index += 1
            var oldSide: [[UInt8]] = []
            var newSide: [[UInt8]] = []
            while index < patchLines.count, let kind = patchLines[index].first, [0x20, 0x2D, 0x2B].contains(kind) {
                var content = Array(patchLines[index].dropFirst())
                guard content.last == 0x0A else { throw Failure(description: "hunk line without newline") }
                if index + 1 < patchLines.count, patchLines[index + 1] == Array("\\ No newline at end of file\n".utf8) {
                    content.removeLast()
                    index += 1
                }
                if kind != 0x2B { oldSide.append(content) }
                if kind != 0x2D { newSide.append(content) }
                index += 1
            }
            guard oldSide.count == ranges.oldCount, newSide.count == ranges.newCount else {
                throw Failure(description: "hunk counts do not match its body")
            }
            let start = ranges.oldCount == 0 ? ranges.oldStart : ranges.oldStart - 1
            guard start >= consumed, !sawHunk || start > consumed else {
                throw Failure(description: "hunks overlap, touch or are out of order")
            }
            guard start + ranges.oldCount <= oldLines.count,
                  Array(oldLines[start..<(start + ranges.oldCount)]) == oldSide else {
                throw Failure(description: "hunk does not match the old text at line \(ranges.oldStart)")
            }
            for line in oldLines[consumed..<start] { output += line }
            outputLineCount += start - consumed
            let newStart = ranges.newCount == 0 ? ranges.newStart : ranges.newStart - 1
            guard newStart == outputLineCount else { throw Failure(description: "new start \(ranges.newStart) is off") }
            for line in newSide { output += line }
            outputLineCount += newSide.count
            consumed = start + ranges.oldCount
            sawHunk = true
            if index < patchLines.count && !patchLines[index].starts(with: "@@ ".utf8) {
                throw Failure(description: "unexpected line after hunk: \(String(decoding: patchLines[index], as: UTF8.self))")
            }
        }
        for line in oldLines[consumed...] { output += line }
        return output
    }

    private static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            current.append(byte)
            if byte == 0x0A {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func parseHeader(_ line: [UInt8]) -> (oldStart: Int, oldCount: Int, newStart: Int, newCount: Int)? {
        let text = String(decoding: line, as: UTF8.self)
        let parts = text.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0] == "@@", parts[3] == "@@" || parts[3] == "@@\n",
              parts[1].hasPrefix("-"), parts[2].hasPrefix("+") else { return nil }
        func range(_ part: Substring) -> (Int, Int)? {
            let numbers = part.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
            guard let start = Int(numbers[0]) else { return nil }
            if numbers.count == 1 { return (start, 1) }
            guard numbers.count == 2, let count = Int(numbers[1]), count != 1 else { return nil }
            return (start, count)
        }
        guard let old = range(parts[1]), let new = range(parts[2]) else { return nil }
        return (old.0, old.1, new.0, new.1)
    }
}

// MARK: - External tools

enum DiffTestTool {
    static let git: String? = find("git")
    static let patch: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") ? "/usr/bin/patch" : find("patch")

    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var command: String

        func check() throws {
            if status != 0 {
                let output = String(decoding: stdout.prefix(4000), as: UTF8.self)
                throw StrictPatchApplier.Failure(description: "\(command) failed (\(status)): \(stderr)\(output)")
            }
        }
    }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") + ["/usr/bin", "/bin"] {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool with a clean git configuration; stdout captured, stderr kept for messages.
    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["HOME"] = directory.path
        environment["LC_ALL"] = "C"
        process.environment = environment
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("cu2hip-udiff-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(
            status: process.terminationStatus, stdout: [UInt8](stdout), stderr: stderr,
            command: ([tool] + arguments).joined(separator: " "))
    }
}

/// A fresh temporary directory; call `remove()` (in a `defer`) when done.
struct DiffScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cu2hip-udiff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
