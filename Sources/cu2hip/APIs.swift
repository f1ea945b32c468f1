import ArgumentParser
import Foundation
import Mapping
import Translator

/// The library choices `convert` takes, for the query commands: they decide which target
/// (hip* or ROCm-native) an entry's target, status and counts are about.
struct LibraryChoiceOptions: ParsableArguments {
    @Option(help: "cuBLAS goes to hipblas or rocblas.")
    var blas: LibraryChoice.BLAS = .hipblas

    @Option(help: "cuDNN goes to miopen or hipdnn.")
    var dnn: LibraryChoice.DNN = .miopen

    @Option(help: "cuRAND goes to hiprand or rocrand.")
    var rand: LibraryChoice.RAND = .hiprand

    @Option(help: "cuSPARSE goes to hipsparse or rocsparse.")
    var sparse: LibraryChoice.Sparse = .hipsparse

    @Option(help: "cuSOLVER goes to hipsolver or rocsolver.")
    var solver: LibraryChoice.Solver = .hipsolver

    /// The libraries translated to their ROCm-native names under this choice.
    var rocmNative: Set<Library> {
        LibraryChoice(blas: blas, dnn: dnn, rand: rand, sparse: sparse, solver: solver).rocmNativeLibraries
    }
}

extension CU2HIP {
    struct APIs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apis",
            abstract: "List the CUDA names cu2hip knows, or count them per library and status.",
            discussion: """
            Each line: CUDA name, target name ('-' when none), library, status, separated by tabs; \
            sorted by library, then name. The target and its status are those of the library \
            cu2hip translates to (MIOpen for cuDNN, the hip* library otherwise, unless --blas, \
            --dnn, ... choose differently). --summary counts entries per library and status, with \
            the reference tables' counts of hip* and ROCm-library names beside.
            """)

        @Option(help: ArgumentHelp("Only this library: \(Library.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "library"))
        var library: String?

        @Option(help: ArgumentHelp("Only this status: \(APIStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"))
        var status: String?

        @Option(help: ArgumentHelp("Only this kind: \(APIKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
        var kind: String?

        @Flag(help: "Print counts per library and status instead of the entries.")
        var summary = false

        @Option(help: ArgumentHelp("text, json, or (with --summary) markdown.", valueName: "format"))
        var format = "text"

        @OptionGroup var libraries: LibraryChoiceOptions

        func validate() throws {
            if let library, Library(query: library) == nil {
                throw ValidationError("unknown library '\(library)'; one of \(Library.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let status, APIStatus(rawValue: status) == nil {
                throw ValidationError("unknown status '\(status)'; one of \(APIStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let kind, APIKind(rawValue: kind) == nil {
                throw ValidationError("unknown kind '\(kind)'; one of \(APIKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let formats = summary ? ["text", "markdown", "json"] : ["text", "json"]
            guard formats.contains(format) else {
                throw ValidationError("--format '\(format)' is not one of \(formats.joined(separator: ", "))" + (summary ? "" : " (markdown needs --summary)"))
            }
        }

        func run() {
            let filter = APIFilter(library: library.flatMap(Library.init(query:)), status: status.flatMap(APIStatus.init(rawValue:)),
                                   kind: kind.flatMap(APIKind.init(rawValue:)))
            let entries = MappingDatabase.builtIn.entries(matching: filter, rocmNative: libraries.rocmNative)
            let output: String
            if summary {
                let counts = MappingSummary(MappingDatabase(entries: entries), rocmNative: libraries.rocmNative)
                output = format == "markdown" ? counts.markdown() : format == "json" ? counts.json() : counts.text()
            } else {
                output = format == "json" ? MappingDatabase.json(entries) : MappingDatabase.listing(entries, rocmNative: libraries.rocmNative)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
