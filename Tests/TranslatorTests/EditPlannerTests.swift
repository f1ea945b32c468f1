import Clang
import Testing
@testable import Translator

@Suite("Edit planner")
struct EditPlannerTests {
    let bytes = Array("abcdef".utf8)

    func edit(_ start: Int, _ end: Int, _ text: String, _ rule: String = "r") -> Edit {
        Edit(range: ByteRange(start: start, end: end), replacement: text, rule: rule)
    }

    @Test("no edits: byte-identical output")
    func none() {
        #expect(EditPlanner.apply([], to: bytes).output == bytes)
    }

    @Test("edits apply by position; insertions at one offset keep their order, before a replacement there")
    func ordering() {
        let result = EditPlanner.apply([edit(4, 5, "E"), edit(1, 1, "["), edit(1, 1, "<"), edit(1, 2, "B")], to: bytes)
        #expect(String(decoding: result.output, as: UTF8.self) == "a[<BcdEf")
        #expect(result.conflicts.isEmpty)
    }

    @Test("overlapping edits: the later is dropped and named with the kept one")
    func overlap() {
        let result = EditPlanner.apply([edit(1, 4, "X", "first"), edit(2, 3, "Y", "second"), edit(3, 3, "Z", "third")], to: bytes)
        #expect(String(decoding: result.output, as: UTF8.self) == "aXef")
        #expect(result.conflicts.map(\.dropped.rule) == ["second", "third"])
        #expect(result.conflicts.first?.description == "edits overlap at bytes 2..<3: rule 'second' conflicts with 'first'; kept 'first'")
    }

    @Test("an insertion right after a replacement is fine")
    func adjacent() {
        let result = EditPlanner.apply([edit(1, 3, "X"), edit(3, 3, "+")], to: bytes)
        #expect(String(decoding: result.output, as: UTF8.self) == "aX+def")
        #expect(result.conflicts.isEmpty)
    }
}
