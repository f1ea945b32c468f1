import Foundation
import Testing
@testable import Mapping

/// Counts taken straight from the markdown tables, independently of the generator: rows that
/// start with "|`", rows whose HIP cell is set, and rows whose ROC/MIOpen cell is set.
private struct MarkdownCounts {
    var rows = 0
    var withHIP = 0
    var withROC = 0
    /// CUDA name → (has a HIP name, has a ROC name), as the table gives it.
    var cells: [String: (hip: Bool, roc: Bool)] = [:]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("|`") {
            // "|`cuda`|A|D|C|R|`hip`|A|D|C|R|E|`roc`|..." -> ["", "`cuda`", "A", ..., "`hip`", ...]
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows += 1
            let hip = cells.count > 6 && !cells[6].isEmpty
            let roc = cells.count > 12 && !cells[12].isEmpty
            if hip { withHIP += 1 }
            if roc { withROC += 1 }
            self.cells[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = (hip, roc)
        }
    }
}

/// The table each library is generated from.
private let tableFiles: [(Library, String)] = [
    (.runtime, "CUDA_Runtime_API_functions_supported_by_HIP.md"),
    (.driver, "CUDA_Driver_API_functions_supported_by_HIP.md"),
    (.device, "CUDA_Device_API_supported_by_HIP.md"),
    (.cublas, "CUBLAS_API_supported_by_HIP_and_ROC.md"),
    (.cudnn, "CUDNN_API_supported_by_HIP_and_MIOPEN.md"),
    (.curand, "CURAND_API_supported_by_HIP_and_ROC.md"),
    (.cufft, "CUFFT_API_supported_by_HIP.md"),
    (.cusparse, "CUSPARSE_API_supported_by_HIP_and_ROC.md"),
    (.cusolver, "CUSOLVER_API_supported_by_HIP_and_ROC.md"),
    (.cub, "CUB_API_supported_by_HIP.md"),
    (.rtc, "CUDA_RTC_API_supported_by_HIP.md"),
    (.cucomplex, "cuComplex_API_supported_by_HIP.md"),
]

@Suite("Built-in database against the markdown tables")
struct ReferenceCrossCheckTests {
    @Test("every library's counts match a direct count of its markdown table", arguments: tableFiles)
    func countsMatchMarkdown(library: Library, file: String) throws {
        let counts = try MarkdownCounts(contentsOf: ReferenceTables.directory.appendingPathComponent(file))
        let table = try #require(referenceTableCounts[library.rawValue])
        #expect((table.rows, table.hipNames, table.rocNames) == (counts.rows, counts.withHIP, counts.withROC))
        // The database: the tables' names, changed only by the override rows that set a HIP or
        // ROC name on one CUDA name (a pattern row only rewrites names that are there).
        let changes = try OverrideNameChanges(library: library, table: counts)
        let entries = MappingDatabase.builtIn.entries(in: library)
        #expect(entries.count == counts.rows)
        #expect(entries.filter { $0.hipName != nil }.count == counts.withHIP + changes.hip)
        #expect(entries.filter { $0.rocName != nil }.count == counts.withROC + changes.roc)
    }

    @Test("the markdown counts are the sizes the reference README gives")
    func readmeSizes() throws {
        // rows / rows with a HIP mapping / rows with a ROC (or MIOpen) name. The README gives the
        // first two, and the third for cuBLAS (755 to rocBLAS) and cuDNN (555 to MIOpen); the
        // other ROC counts were taken from the tables.
        let readme: [Library: (rows: Int, hip: Int, roc: Int)] = [
            .runtime: (1436, 920, 0), .driver: (2008, 1105, 0), .device: (818, 513, 0),
            .cublas: (1473, 844, 755), .cudnn: (1162, 267, 555), .cusparse: (859, 684, 612),
            .cusolver: (746, 342, 32), .curand: (151, 117, 107), .cufft: (147, 87, 0),
            .cub: (70, 11, 0), .rtc: (36, 27, 0), .cucomplex: (26, 26, 0),
        ]
        for (library, file) in tableFiles {
            let counts = try MarkdownCounts(contentsOf: ReferenceTables.directory.appendingPathComponent(file))
            let expected = try #require(readme[library])
            #expect(counts.rows == expected.rows, "\(library)")
            #expect(counts.withHIP == expected.hip, "\(library)")
            #expect(counts.withROC == expected.roc, "\(library)")
        }
    }

    @Test("the repository carries exactly the tables the generator reads, with their README and licence")
    func tablesFolderIsSelfContained() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ReferenceTables.directory.path).sorted()
        #expect(names == (tableFiles.map(\.1) + ["LICENSE.txt", "README.md"]).sorted())
        let licence = try String(contentsOf: ReferenceTables.directory.appendingPathComponent("LICENSE.txt"), encoding: .utf8)
        #expect(licence.hasPrefix("Copyright (c) 2024 Advanced Micro Devices, Inc.\n\nPermission is hereby granted, free of charge,"))
    }
}

/// How the exact-name rows of Scripts/mapping_overrides.tsv change one library's count of HIP and
/// ROC names against its table: +1 for a name given where the table has none, -1 for one cleared.
private struct OverrideNameChanges {
    var hip = 0
    var roc = 0

    init(library: Library, table: MarkdownCounts) throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/mapping_overrides.tsv")
        var final: [String: (hip: Bool?, roc: Bool?)] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, fields[0] == library.rawValue, !fields[1].contains(":"),
                  fields[2] == "hipName" || fields[2] == "rocName" else { continue }
            var state = final[fields[1]] ?? (nil, nil)
            if fields[2] == "hipName" { state.hip = !fields[3].isEmpty } else { state.roc = !fields[3].isEmpty }
            final[fields[1]] = state
        }
        for (name, state) in final {
            let before = table.cells[name] ?? (false, false)
            if let hip = state.hip { self.hip += (hip ? 1 : 0) - (before.hip ? 1 : 0) }
            if let roc = state.roc { self.roc += (roc ? 1 : 0) - (before.roc ? 1 : 0) }
        }
    }
}
