import Mapping
import Testing

@Suite("--map files")
struct UserMapTests {
    @Test("lines, comments, '-' and kinds are parsed")
    func parse() throws {
        let map = try UserMap(text: "# team wrappers\nmyCudaAlloc\tmyHipAlloc\n\ncudaMallocManaged -   # not on our GPUs\nMY_CUDA_FLAG MY_HIP_FLAG macro\r\n", source: "team.map")
        #expect(map.lines == [
            UserMap.Line(cudaName: "myCudaAlloc", hipName: "myHipAlloc", kind: nil, lineNumber: 2),
            UserMap.Line(cudaName: "cudaMallocManaged", hipName: nil, kind: nil, lineNumber: 4),
            UserMap.Line(cudaName: "MY_CUDA_FLAG", hipName: "MY_HIP_FLAG", kind: .macro, lineNumber: 5),
        ])
    }

    @Test("malformed lines name the file and line", arguments: [
        ("a b c d\n", "team.map:1: expected 'CUDA_NAME HIP_NAME [KIND]', found 4 field(s)"),
        ("\nonlyone\n", "team.map:2: expected 'CUDA_NAME HIP_NAME [KIND]', found 1 field(s)"),
        ("a b header\n", "team.map:1: unknown kind 'header' (function, type, enum-constant, macro)"),
        ("a 9lives\n", "team.map:1: '9lives' is not a C identifier"),
        ("- b\n", "team.map:1: the CUDA name cannot be '-'"),
    ])
    func malformed(text: String, message: String) {
        #expect(throws: UserMapError.self) { try UserMap(text: text, source: "team.map") }
        do {
            _ = try UserMap(text: text, source: "team.map")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("a map adds names and overrides built-in ones, keeping their library")
    func applying() throws {
        let map = try UserMap(text: "myCudaAlloc myHipAlloc\ncudaMalloc myHipMalloc\ncudaFree -\n", source: "m")
        let database = MappingDatabase.builtIn.applying(map)
        #expect(database.entries.count == MappingDatabase.builtIn.entries.count + 1)
        let added = try #require(database.entry(for: "myCudaAlloc"))
        #expect(added.hipName == "myHipAlloc" && added.library == .runtime && added.kind == .function && added.isFromUserMap)
        let overridden = try #require(database.entry(for: "cudaMalloc"))
        #expect(overridden.hipName == "myHipMalloc" && overridden.rocName == "myHipMalloc" && overridden.library == .runtime)
        let removed = try #require(database.entry(for: "cudaFree"))
        #expect(removed.status == .unsupported && removed.hipName == nil)
        #expect(database.entry(for: "cudaMemcpy")?.hipName == "hipMemcpy")
        #expect(MappingDatabase.builtIn.entry(for: "cudaMalloc")?.isFromUserMap == false)
    }
}
