import Foundation
import Testing
@testable import Mapping

/// Counts taken straight from the markdown tables, independently of the generator: rows that
/// start with "|`", rows whose HIP cell is set, and rows whose ROC/MIOpen cell is set.
private struct MarkdownCounts {
    var rows = 0
    var withHIP = 0
    var withROC = 0

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("|`") {
            // "|`cuda`|A|D|C|R|`hip`|A|D|C|R|E|`roc`|..." -> ["", "`cuda`", "A", ..., "`hip`", ...]
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows += 1
            if cells.count > 6 && !cells[6].isEmpty { withHIP += 1 }
            if cells.count > 12 && !cells[12].isEmpty { withROC += 1 }
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

@Suite("Built-in database against the markdown tables", .enabled(if: ReferenceTables.available, Comment(rawValue: ReferenceTables.missingMessage)))
struct ReferenceCrossCheckTests {
    @Test("every library's counts match a direct count of its markdown table", arguments: tableFiles)
    func countsMatchMarkdown(library: Library, file: String) throws {
        let counts = try MarkdownCounts(contentsOf: ReferenceTables.directory.appendingPathComponent(file))
        let entries = MappingDatabase.builtIn.entries(in: library)
        #expect(entries.count == counts.rows)
        #expect(entries.filter { $0.status != .unsupported }.count == counts.withHIP)
        #expect(entries.filter { $0.rocName != nil }.count == counts.withROC)
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
}
