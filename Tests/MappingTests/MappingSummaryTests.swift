import Foundation
import Testing
import TestSupport
@testable import Mapping

/// A small database covering each outcome: supported, added later, removed, deprecated,
/// experimental, unsupported, a cuDNN name with and without a MIOpen target, and a name listed
/// under two libraries.
private let sample = MappingDatabase(entries: [
    APIEntry(cudaName: "cudaMalloc", library: .runtime, family: "Memory Management", kind: .function,
             hipName: "hipMalloc", status: .supported, hipAdded: Version("1.5.0")),
    APIEntry(cudaName: "cudaDeviceSetLimit", library: .runtime, family: "Device Management", kind: .function,
             hipName: "hipDeviceSetLimit", status: .supported, hipAdded: Version("5.3.0")),
    APIEntry(cudaName: "cudaOldThing", library: .runtime, family: "Old", kind: .function,
             hipName: "hipOldThing", status: .removed, cudaDeprecated: Version("10.0"), cudaRemoved: Version("11.0"),
             hipAdded: Version("1.6.0"), hipDeprecated: Version("4.0"), hipRemoved: Version("6.0")),
    APIEntry(cudaName: "cudaProfilerStart", library: .runtime, family: "Profiler Control", kind: .function,
             hipName: "hipProfilerStart", status: .deprecated, hipAdded: Version("1.6.0"), hipDeprecated: Version("3.0.0")),
    APIEntry(cudaName: "cudaGraphExecGetFlags", library: .runtime, family: "Graph Management", kind: .function,
             hipName: "hipGraphExecGetFlags", status: .experimental, cudaAdded: Version("12.0"), hipAdded: Version("6.3.0")),
    APIEntry(cudaName: "cudaArrayGetPlane", library: .runtime, family: "Memory Management", kind: .function,
             hipName: nil, status: .unsupported, cudaAdded: Version("11.2")),
    APIEntry(cudaName: "CUevent_st", library: .runtime, family: "Runtime types", kind: .type,
             hipName: "ihipEvent_t", status: .supported),
    APIEntry(cudaName: "CUevent_st", library: .driver, family: "Driver types", kind: .type,
             hipName: "ihipEvent_t", status: .supported),
    APIEntry(cudaName: "cudnnConvolutionForward", library: .cudnn, family: "CUDNN Functions", kind: .function,
             hipName: "hipdnnConvolutionForward", rocName: "miopenConvolutionForward", status: .supported,
             cudaAdded: Version("1.0.0"), cudaDeprecated: Version("9.0.0"), rocStatus: .supported, rocAdded: Version("2.1.0")),
    APIEntry(cudaName: "CUDNN_ACTIVATION_SWISH", library: .cudnn, family: "CUDNN Data types", kind: .enumConstant,
             hipName: "HIPDNN_ACTIVATION_SWISH", status: .supported, cudaAdded: Version("8.2.0")),
    APIEntry(cudaName: "__shfl_down_sync", library: .device, family: "Device Functions", kind: .function,
             hipName: nil, status: .unsupported),
])

private let v7 = Version([7, 0])

private func explain(_ name: String, at version: Version = v7, rules: [APIExplanation.RuleNote] = [],
                     rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries) throws -> APIExplanation {
    try #require(APIExplanation(name: name, database: sample, rocmVersion: version, defaultROCmVersion: v7,
                                specialRules: rules, rocmNative: rocmNative))
}

private let warpSync = APIExplanation.RuleNote(identifier: "warp-sync", summary: "Rewrites warp functions.")

@Suite("Mapping summary, listing, explanation and suggestions")
struct MappingSummaryTests {
    // MARK: Summary of the built-in database

    @Test("without reference counts the name columns count the database's entries")
    func nameColumnsFromEntries() throws {
        let summary = MappingSummary(.builtIn, referenceCounts: [:])
        let curand = try #require(summary.counts(for: .curand))
        let entries = MappingDatabase.builtIn.entries(in: .curand)
        #expect(curand.hipNames == entries.filter { $0.hipName != nil }.count)
        // Scripts/mapping_overrides.tsv gives four cuRAND XORWOW state types the rocRAND names the tables lack.
        #expect(curand.rocNames == 107 + 4)
    }

    @Test("the summary's numbers are the database's, per library and status, for the default targets")
    func summaryMatchesDatabase() throws {
        let database = MappingDatabase.builtIn
        let summary = MappingSummary(database)
        #expect(summary.libraries.map(\.library) == Library.allCases)
        for library in Library.allCases {
            let entries = database.entries(in: library)
            let counts = try #require(summary.counts(for: library))
            let usesROC = library == .cudnn
            #expect(counts.total == entries.count, "\(library)")
            for status in APIStatus.allCases {
                let expected = entries.filter { (usesROC ? $0.rocStatus : $0.status) == status }.count
                #expect(counts.count(of: status) == expected, "\(library) \(status)")
            }
            // The name columns are the reference tables' (see summaryMatchesReferenceSizes).
            let table = try #require(referenceTableCounts[library.rawValue])
            #expect((counts.hipNames, counts.rocNames) == (table.hipNames, table.rocNames), "\(library)")
        }
        #expect(summary.total.total == database.entries.count)
        #expect(summary.total.supported == summary.libraries.map(\.counts.supported).reduce(0, +))
        #expect(summary.libraries.first { $0.library == .cudnn }?.target == "MIOpen")
        #expect(summary.libraries.first { $0.library == .cublas }?.target == "hipBLAS")
    }

    @Test("the summary's name counts are the reference tables' sizes (rows / with a HIP name / with a ROC name)")
    func summaryMatchesReferenceSizes() throws {
        // The same numbers ReferenceCrossCheckTests counts straight from the markdown tables.
        let reference: [Library: (rows: Int, hip: Int, roc: Int)] = [
            .runtime: (1436, 920, 0), .driver: (2008, 1105, 0), .device: (818, 513, 0),
            .cublas: (1473, 844, 755), .cudnn: (1162, 267, 555), .cusparse: (859, 684, 612),
            .cusolver: (746, 342, 32), .curand: (151, 117, 107), .cufft: (147, 87, 0),
            .cub: (70, 11, 0), .rtc: (36, 27, 0), .cucomplex: (26, 26, 0),
        ]
        let summary = MappingSummary(.builtIn)
        for library in Library.allCases {
            let counts = try #require(summary.counts(for: library))
            let expected = try #require(reference[library])
            #expect(counts.total == expected.rows, "\(library)")
            #expect(counts.hipNames == expected.hip, "\(library)")
            #expect(counts.rocNames == expected.roc, "\(library)")
            // What cu2hip emits by default: MIOpen for cuDNN, the hip* library otherwise, plus the
            // names Scripts/mapping_overrides.tsv gives a HIP name the tables lack (28 device names, and 3
            // cuDNN names MIOpen has: the backward-filter perf struct and algorithms 0 and 1).
            let added = library == .device ? 28 : (library == .cudnn ? 3 : 0)
            #expect(counts.translated == (library == .cudnn ? expected.roc : expected.hip) + added, "\(library)")
        }
    }

    @Test("a library choice moves that library's status columns to the ROCm-native target")
    func summaryWithLibraryChoice() throws {
        let summary = MappingSummary(.builtIn, rocmNative: [.cublas])
        let cublas = try #require(summary.counts(for: .cublas))
        #expect((cublas.supported, cublas.experimental, cublas.unsupported) == (726, 29, 718))
        #expect(summary.libraries.first { $0.library == .cublas }?.target == "rocBLAS")
        let cudnn = try #require(summary.counts(for: .cudnn))
        #expect((cudnn.supported, cudnn.unsupported) == (267, 895))
        #expect(summary.libraries.first { $0.library == .cudnn }?.target == "hipDNN")
    }

    // MARK: Rendering

    @Test("text rendering, exactly")
    func textRendering() {
        #expect(MappingSummary(sample, referenceCounts: [:]).text() == """
            library  target  names  supported  deprecated  experimental  removed  unsupported  hip-names  roc-names
            runtime  HIP         7          3           1             1        1            1          6          0
            driver   HIP         1          1           0             0        0            0          1          0
            device   HIP         1          0           0             0        0            1          0          0
            cudnn    MIOpen      2          1           0             0        0            1          2          1
            total               11          5           1             1        1            3          9          1

            """)
    }

    @Test("markdown rendering, exactly")
    func markdownRendering() {
        #expect(MappingSummary(sample, referenceCounts: [:]).markdown() == """
            | Library | cu2hip emits | CUDA names | supported | deprecated | experimental | removed | unsupported | hip\\* names | ROCm-library names |
            | :-- | :-- | --: | --: | --: | --: | --: | --: | --: | --: |
            | CUDA Runtime | HIP | 7 | 3 | 1 | 1 | 1 | 1 | 6 | 0 |
            | CUDA Driver | HIP | 1 | 1 | 0 | 0 | 0 | 0 | 1 | 0 |
            | CUDA Device | HIP | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 |
            | cuDNN | MIOpen | 2 | 1 | 0 | 0 | 0 | 1 | 2 | 1 |
            | **Total** |  | **11** | **5** | **1** | **1** | **1** | **3** | **9** | **1** |

            """)
    }

    @Test("JSON rendering round-trips, with sorted keys")
    func jsonRendering() throws {
        let summary = MappingSummary(sample, referenceCounts: [:])
        let json = summary.json()
        #expect(try JSONDecoder().decode(MappingSummary.self, from: Data(json.utf8)) == summary)
        #expect(json.hasPrefix("{\n  \"libraries\" : [\n    {\n      \"counts\" : {\n        \"deprecated\" : 1,"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test("README.md's Supported APIs table is the generated markdown")
    func readmeTableIsCurrent() throws {
        let readme = try String(contentsOf: ReferenceTables.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: "<!-- api-table:begin -->"), "README.md has no <!-- api-table:begin --> line")
        let end = try #require(lines.firstIndex(of: "<!-- api-table:end -->"), "README.md has no <!-- api-table:end --> line")
        try #require(begin < end, "README.md's api-table markers are out of order")
        let block = lines[(begin + 1)..<end].map { $0 + "\n" }.joined()
        let generated = MappingSummary(.builtIn).markdown()
        if block != generated {
            Issue.record("""
                README.md's API table is out of date, run bash Scripts/update_readme_api_table.sh
                \(TestSupport.describeDifference(expected: generated, actual: block))
                """)
        }
    }

    // MARK: Listing

    @Test("filtering and sorting: by library order, then name; status is the used target's")
    func filtering() {
        let all = sample.entries(matching: APIFilter())
        #expect(all.map { "\($0.library.rawValue):\($0.cudaName)" } == [
            "runtime:CUevent_st", "runtime:cudaArrayGetPlane", "runtime:cudaDeviceSetLimit", "runtime:cudaGraphExecGetFlags",
            "runtime:cudaMalloc", "runtime:cudaOldThing", "runtime:cudaProfilerStart",
            "driver:CUevent_st", "device:__shfl_down_sync", "cudnn:CUDNN_ACTIVATION_SWISH", "cudnn:cudnnConvolutionForward",
        ])
        // CUDNN_ACTIVATION_SWISH is supported by hipDNN but has no MIOpen target.
        #expect(sample.entries(matching: APIFilter(library: .cudnn, status: .supported)).map(\.cudaName) == ["cudnnConvolutionForward"])
        #expect(sample.entries(matching: APIFilter(library: .cudnn, status: .supported), rocmNative: []).map(\.cudaName)
                == ["CUDNN_ACTIVATION_SWISH", "cudnnConvolutionForward"])
        #expect(sample.entries(matching: APIFilter(kind: .type)).map(\.library) == [.runtime, .driver])
        #expect(sample.entries(matching: APIFilter(status: .removed)).map(\.cudaName) == ["cudaOldThing"])
    }

    @Test("listing lines: name, target or '-', library, status, tab-separated")
    func listing() {
        let entries = sample.entries(matching: APIFilter(library: .cudnn))
        #expect(MappingDatabase.listing(entries) == """
            CUDNN_ACTIVATION_SWISH\t-\tcudnn\tunsupported
            cudnnConvolutionForward\tmiopenConvolutionForward\tcudnn\tsupported

            """)
        #expect(MappingDatabase.listing(entries, rocmNative: []) == """
            CUDNN_ACTIVATION_SWISH\tHIPDNN_ACTIVATION_SWISH\tcudnn\tsupported
            cudnnConvolutionForward\thipdnnConvolutionForward\tcudnn\tsupported

            """)
    }

    @Test("library names parse from raw values and display names, ignoring case")
    func libraryQuery() {
        #expect(Library(query: "cudnn") == .cudnn)
        #expect(Library(query: "cuDNN") == .cudnn)
        #expect(Library(query: "CUDA Runtime") == .runtime)
        #expect(Library(query: "NVRTC") == .rtc)
        #expect(Library(query: "miopen") == nil)
    }

    // MARK: Explanation

    @Test("a supported name: emitted, text exactly")
    func explainSupported() throws {
        let explanation = try explain("cudaMalloc")
        #expect(explanation.outcome == .emitted)
        #expect(explanation.emits == "hipMalloc")
        #expect(explanation.rules == ["api-rename"])
        #expect(explanation.text() == """
            name:          cudaMalloc
            library:       CUDA Runtime (runtime)
            family:        Memory Management
            kind:          function
            HIP name:      hipMalloc (HIP): supported, added 1.5.0
            ROCm name:     none (CUDA Runtime has no ROCm-native library)
            CUDA versions: none listed
            target:        ROCm 7.0 (the default)
            emits:         hipMalloc (HIP)
            rules:         api-rename

            """)
    }

    @Test("a name added after the target release is left as written; the note says what the default does")
    func explainAddedLater() throws {
        let old = try explain("cudaDeviceSetLimit", at: Version([5, 2]))
        #expect(old.outcome == .leftAsWritten)
        #expect(old.emits == nil)
        #expect(old.notes == [
            "'hipDeviceSetLimit' needs ROCm 5.3.0 or later; the target is ROCm 5.2: left as written and reported",
            "with the default target, ROCm 7.0, cu2hip emits 'hipDeviceSetLimit'",
        ])
        let exact = try explain("cudaDeviceSetLimit", at: Version([5, 3]))
        #expect(exact.emits == "hipDeviceSetLimit")
        #expect(exact.notes.isEmpty)
    }

    @Test("removed, deprecated and experimental targets")
    func explainStatuses() throws {
        let removed = try explain("cudaOldThing")
        #expect(removed.outcome == .leftAsWritten)
        #expect(removed.notes == [
            "removed in CUDA 11.0",
            "'hipOldThing' was removed in ROCm 6.0; the target is ROCm 7.0: left as written and reported",
        ])
        let beforeRemoval = try explain("cudaOldThing", at: Version([5, 0]))
        #expect(beforeRemoval.emits == "hipOldThing")
        #expect(beforeRemoval.notes == [
            "removed in CUDA 11.0",
            "'hipOldThing' is deprecated since ROCm 4.0: emitted, with a note in the report",
            "with the default target, ROCm 7.0, cu2hip leaves it as written",
        ])
        let deprecated = try explain("cudaProfilerStart")
        #expect(deprecated.emits == "hipProfilerStart")
        #expect(deprecated.notes == ["'hipProfilerStart' is deprecated since ROCm 3.0.0: emitted, with a note in the report"])
        let experimental = try explain("cudaGraphExecGetFlags")
        #expect(experimental.emits == "hipGraphExecGetFlags")
        #expect(experimental.notes == ["'hipGraphExecGetFlags' is experimental in HIP: emitted, with a note in the report"])
    }

    @Test("an unsupported name: left as written and reported")
    func explainUnsupported() throws {
        let explanation = try explain("cudaArrayGetPlane")
        #expect(explanation.outcome == .leftAsWritten)
        #expect(explanation.text() == """
            name:          cudaArrayGetPlane
            library:       CUDA Runtime (runtime)
            family:        Memory Management
            kind:          function
            HIP name:      none (HIP has no equivalent)
            ROCm name:     none (CUDA Runtime has no ROCm-native library)
            CUDA versions: added 11.2
            target:        ROCm 7.0 (the default)
            emits:         nothing: 'cudaArrayGetPlane' is left as written and reported
            notes:         the mapping tables list no HIP equivalent: left as written and reported
            rules:         api-rename

            """)
    }

    @Test("cuDNN goes to MIOpen by default, to hipDNN when chosen; a missing MIOpen name points at hipDNN's")
    func explainCuDNN() throws {
        let forward = try explain("cudnnConvolutionForward")
        #expect(forward.uses == "roc")
        #expect(forward.emits == "miopenConvolutionForward")
        #expect(forward.notes == ["deprecated in cuDNN 9.0.0"])
        #expect(forward.text().contains("CUDA versions: added 1.0.0, deprecated 9.0.0 (cuDNN releases)\n"))
        #expect(forward.text().contains("emits:         miopenConvolutionForward (MIOpen)\n"))
        let hipDNN = try explain("cudnnConvolutionForward", rocmNative: [])
        #expect(hipDNN.uses == "hip")
        #expect(hipDNN.emits == "hipdnnConvolutionForward")
        let swish = try explain("CUDNN_ACTIVATION_SWISH")
        #expect(swish.outcome == .leftAsWritten)
        #expect(swish.notes == [
            "the mapping tables list no MIOpen equivalent (hipDNN has 'HIPDNN_ACTIVATION_SWISH'): left as written and reported",
        ])
    }

    @Test("a name listed under two libraries: the first entry counts, the other is mentioned")
    func explainDuplicate() throws {
        let explanation = try explain("CUevent_st")
        #expect(explanation.library == .runtime)
        #expect(explanation.notes == ["also listed under CUDA Driver; cu2hip uses the CUDA Runtime entry"])
    }

    @Test("names that rules handle: an unsupported table entry, and a name only a rule knows")
    func explainRuleNames() throws {
        let shuffle = try explain("__shfl_down_sync", rules: [warpSync])
        #expect(shuffle.outcome == .handledByRule)
        #expect(shuffle.rules == ["api-rename", "warp-sync"])
        #expect(shuffle.notes == [
            "the mapping tables list no HIP equivalent, but rule warp-sync handles it",
            "rule warp-sync: Rewrites warp functions.",
        ])
        #expect(shuffle.text().contains("emits:         what rule warp-sync writes (see notes)\n"))

        let include = APIExplanation.RuleNote(identifier: "include", summary: "Maps CUDA headers.")
        let header = try explain("cuda_runtime.h", rules: [include])
        #expect(!header.inDatabase)
        #expect(header.rules == ["include"])
        #expect(header.text() == """
            name:    cuda_runtime.h
            library: not in the mapping tables
            target:  ROCm 7.0 (the default)
            emits:   what rule include writes (see notes)
            notes:   rule include: Maps CUDA headers.
            rules:   include

            """)
    }

    @Test("an unknown name has no explanation")
    func explainUnknown() {
        #expect(APIExplanation(name: "cudaMaloc", database: sample, rocmVersion: v7, defaultROCmVersion: v7, specialRules: []) == nil)
    }

    @Test("JSON: sorted keys, absent values left out, decodes back")
    func explainJSON() throws {
        let explanation = try explain("cudaDeviceSetLimit", at: Version([5, 2]))
        let json = explanation.json()
        #expect(try JSONDecoder().decode(APIExplanation.self, from: Data(json.utf8)) == explanation)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["emits"] == nil)
        #expect(object["outcome"] as? String == "left-as-written")
        #expect(object["rocmVersion"] as? String == "5.2")
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    // MARK: Suggestions

    @Test("suggestions: closest first, prefixes, case-insensitive, at most the limit")
    func suggestions() {
        let database = MappingDatabase.builtIn
        #expect(database.suggestions(for: "cudaMaloc").first == "cudaMalloc")
        #expect(database.suggestions(for: "CUDAMALLOC").first == "cudaMalloc")
        #expect(database.suggestions(for: "cudnnAddTensor_v3") == ["cudnnAddTensor"])
        #expect(database.suggestions(for: "cudaMallocMana").first == "cudaMallocManaged")
        #expect(database.suggestions(for: "cudaMemcpy").count == 5)
        #expect(database.suggestions(for: "cudaMemcpy", limit: 2).count == 2)
        #expect(database.suggestions(for: "qqqqqqqqqqqqqqqq").isEmpty)
        #expect(database.suggestions(for: "").isEmpty)
        #expect(database.suggestions(for: "cuda_runtme.h", additionalNames: ["cuda_runtime.h"]) == ["cuda_runtime.h"])
    }

    @Test("edit distance")
    func editDistance() {
        func distance(_ a: String, _ b: String) -> Int { MappingDatabase.editDistance(Array(a.utf8), Array(b.utf8), limit: .max) }
        #expect(distance("", "abc") == 3)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("cudaMalloc", "cudaMalloc") == 0)
        #expect(MappingDatabase.editDistance(Array("aaaaaaaa".utf8), Array("bbbbbbbb".utf8), limit: 2) > 2)
    }
}
