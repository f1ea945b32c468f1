import Foundation
import Testing
@testable import Mapping

/// Expected sizes of the built-in database, per library: all entries, entries per HIP status,
/// and entries with a ROCm-library (rocBLAS, MIOpen, ...) name per ROC status.
private struct LibraryCounts {
    var total: Int
    var status: [APIStatus: Int]
    var rocStatus: [APIStatus: Int]
}

private let expectedCounts: [Library: LibraryCounts] = [
    .runtime: LibraryCounts(total: 1436, status: [.supported: 906, .deprecated: 11, .experimental: 3, .unsupported: 516],
                            rocStatus: [.unsupported: 1436]),
    .driver: LibraryCounts(total: 2008, status: [.supported: 1033, .deprecated: 64, .experimental: 8, .unsupported: 903],
                           rocStatus: [.unsupported: 2008]),
    // 28 device names the tables call unsupported are exact short rewrites (Scripts/mapping_overrides.tsv).
    .device: LibraryCounts(total: 818, status: [.supported: 541, .unsupported: 277], rocStatus: [.unsupported: 818]),
    .cublas: LibraryCounts(total: 1473, status: [.supported: 815, .experimental: 29, .unsupported: 629],
                           rocStatus: [.supported: 726, .experimental: 29, .unsupported: 718]),
    .cudnn: LibraryCounts(total: 1162, status: [.supported: 267, .unsupported: 895],
                          rocStatus: [.supported: 558, .unsupported: 604]),
    // rocRAND: the tables' 107, plus the four XORWOW state types Scripts/mapping_overrides.tsv maps.
    .curand: LibraryCounts(total: 151, status: [.supported: 117, .unsupported: 34],
                           rocStatus: [.supported: 111, .unsupported: 40]),
    .cufft: LibraryCounts(total: 147, status: [.supported: 87, .unsupported: 60], rocStatus: [.unsupported: 147]),
    .cusparse: LibraryCounts(total: 859, status: [.supported: 409, .deprecated: 275, .unsupported: 175],
                             rocStatus: [.supported: 608, .deprecated: 4, .unsupported: 247]),
    .cusolver: LibraryCounts(total: 746, status: [.supported: 335, .experimental: 7, .unsupported: 404],
                             rocStatus: [.supported: 32, .unsupported: 714]),
    .cub: LibraryCounts(total: 70, status: [.supported: 11, .unsupported: 59], rocStatus: [.unsupported: 70]),
    .rtc: LibraryCounts(total: 36, status: [.supported: 27, .unsupported: 9], rocStatus: [.unsupported: 36]),
    .cucomplex: LibraryCounts(total: 26, status: [.supported: 26], rocStatus: [.unsupported: 26]),
]

private func statusCounts(_ entries: [APIEntry], _ status: KeyPath<APIEntry, APIStatus>) -> [APIStatus: Int] {
    entries.reduce(into: [:]) { $0[$1[keyPath: status], default: 0] += 1 }
}

@Suite("Built-in mapping database")
struct BuiltInDatabaseTests {
    let database = MappingDatabase.builtIn

    @Test("the generated TSV parses without error")
    func generatedDataParses() throws {
        let entries = try MappingDatabase.parseTSV(generatedMappingTSV)
        #expect(entries.count == 8932)
        #expect(entries == database.entries)
    }

    @Test("entry counts per library and status", arguments: Library.allCases)
    func countsPerLibrary(library: Library) throws {
        let expected = try #require(expectedCounts[library])
        let entries = database.entries(in: library)
        #expect(entries.count == expected.total)
        #expect(statusCounts(entries, \.status) == expected.status)
        #expect(statusCounts(entries, \.rocStatus) == expected.rocStatus)
        #expect(entries.allSatisfy { $0.library == library })
    }

    @Test("total entry and kind counts")
    func totals() {
        #expect(database.entries.count == expectedCounts.values.map(\.total).reduce(0, +))
        let kinds = database.entries.reduce(into: [APIKind: Int]()) { $0[$1.kind, default: 0] += 1 }
        #expect(kinds == [.function: 4359, .enumConstant: 3138, .type: 1083, .macro: 352])
    }

    @Test("statuses agree with the presence of target names and versions")
    func statusInvariants() {
        for entry in database.entries {
            #expect((entry.status == .unsupported) == (entry.hipName == nil), "\(entry.cudaName)")
            #expect((entry.rocStatus == .unsupported) == (entry.rocName == nil), "\(entry.cudaName)")
            if entry.status == .deprecated { #expect(entry.hipDeprecated != nil, "\(entry.cudaName)") }
            if entry.status == .removed { #expect(entry.hipRemoved != nil, "\(entry.cudaName)") }
            if entry.rocStatus == .deprecated { #expect(entry.rocDeprecated != nil, "\(entry.cudaName)") }
            #expect(!entry.family.isEmpty && !entry.family.contains("*"), "\(entry.cudaName)")
        }
    }

    @Test("each library is sorted by CUDA name, without duplicates")
    func sortedAndUnique() {
        for library in Library.allCases {
            let names = database.entries(in: library).map(\.cudaName)
            let ordered = zip(names, names.dropFirst()).allSatisfy { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            #expect(ordered, "\(library) is not strictly sorted")
        }
        // Libraries appear in Library.allCases order.
        let libraries = database.entries.map(\.library)
        #expect(libraries == libraries.sorted())
    }

    @Test("cudaMalloc")
    func cudaMalloc() throws {
        let entry = try #require(database.entry(for: "cudaMalloc"))
        #expect(entry.library == .runtime)
        #expect(entry.family == "Memory Management")
        #expect(entry.kind == .function)
        #expect(entry.hipName == "hipMalloc")
        #expect(entry.rocName == nil)
        #expect(entry.status == .supported)
        #expect(entry.rocStatus == .unsupported)
        // The table says HIP 1.5.0 (the hand-written placeholder database had 1.6.0).
        #expect(entry.hipAdded == Version("1.5.0"))
        #expect(entry.cudaAdded == nil && entry.hipDeprecated == nil && entry.hipRemoved == nil)
    }

    @Test("kinds of well-known runtime and driver names", arguments: [
        ("cudaMemcpyHostToDevice", APIKind.enumConstant),
        ("cudaErrorInvalidValue", .enumConstant),
        ("cudaDevAttrMaxPitch", .enumConstant),
        ("cudaLimitStackSize", .enumConstant),
        ("cudaStream_t", .type),
        ("cudaMemcpyKind", .type),
        ("cudaDeviceProp", .type),
        ("cudaDeviceAttr", .type),
        ("cudaError", .type),
        ("cudaPitchedPtr", .type),
        ("CUevent_st", .type),
        ("cudaHostAllocDefault", .macro),
        ("cudaStreamNonBlocking", .macro),
        ("CUDART_PI", .macro),
        ("CUDA_SUCCESS", .enumConstant),
        ("CU_DEVICE_ATTRIBUTE_WARP_SIZE", .enumConstant),
        ("CUDA_ARRAY_DESCRIPTOR", .type),
        ("CUdevice", .type),
        ("CU_TRSF_SRGB", .macro),
        ("CU_MEMHOSTALLOC_PORTABLE", .macro),
        ("cudaMalloc", .function),
        ("cuMemAlloc", .function),
        ("__ldg", .function),
        ("__half", .type),
        ("CUBLAS_OP_N", .enumConstant),
        ("cublasHandle_t", .type),
        ("CUB_MAX", .macro),
        ("nvrtcResult", .type),
        ("NVRTC_SUCCESS", .enumConstant),
        ("cuComplex", .type),
    ])
    func kinds(name: String, kind: APIKind) throws {
        let entry = try #require(database.entry(for: name))
        #expect(entry.kind == kind)
    }

    @Test("cudaMemcpyHostToDevice and cudaStream_t")
    func runtimeTypesAndConstants() throws {
        let constant = try #require(database.entry(for: "cudaMemcpyHostToDevice"))
        #expect(constant.kind == .enumConstant)
        #expect(constant.hipName == "hipMemcpyHostToDevice")
        #expect(constant.family == "Data types used by CUDA Runtime")
        let stream = try #require(database.entry(for: "cudaStream_t"))
        #expect(stream.kind == .type)
        #expect(stream.hipName == "hipStream_t")
        #expect(stream.status == .supported)
    }

    @Test("cublasSgemm_v2 maps to hipBLAS and rocBLAS")
    func cublasSgemm() throws {
        let entry = try #require(database.entry(for: "cublasSgemm_v2"))
        #expect(entry.library == .cublas)
        #expect(entry.family == "CUBLAS Level-3 Function Reference")
        #expect(entry.kind == .function)
        #expect(entry.hipName == "hipblasSgemm")
        #expect(entry.rocName == "rocblas_sgemm")
        #expect(entry.status == .supported)
        #expect(entry.rocStatus == .supported)
    }

    @Test("cudnnConvolutionForward maps to hipDNN and MIOpen")
    func cudnnConvolutionForward() throws {
        let entry = try #require(database.entry(for: "cudnnConvolutionForward"))
        #expect(entry.library == .cudnn)
        #expect(entry.family == "CUDNN Functions")
        #expect(entry.hipName == "hipdnnConvolutionForward")
        #expect(entry.rocName == "miopenConvolutionForward")
        #expect(entry.status == .supported)
        #expect(entry.rocStatus == .supported)
        #expect(entry.rocAdded == Version("2.1.0"))
    }

    @Test("cudaDeviceSetLimit was added in HIP 5.3.0")
    func cudaDeviceSetLimit() throws {
        let entry = try #require(database.entry(for: "cudaDeviceSetLimit"))
        #expect(entry.hipName == "hipDeviceSetLimit")
        #expect(entry.hipAdded == Version("5.3.0"))
        #expect(entry.family == "Device Management")
    }

    @Test("an unsupported name is kept, with no target")
    func unsupported() throws {
        let entry = try #require(database.entry(for: "cudaThreadGetLimit"))
        #expect(entry.status == .unsupported)
        #expect(entry.hipName == nil)
        #expect(entry.family == "Thread Management [DEPRECATED]")
        #expect(entry.kind == .function)
    }

    @Test("deprecated and experimental HIP targets")
    func deprecatedAndExperimental() throws {
        let deprecated = try #require(database.entry(for: "cudaProfilerStart"))
        #expect(deprecated.status == .deprecated)
        #expect(deprecated.hipName == "hipProfilerStart")
        #expect(deprecated.hipAdded == Version("1.6.0"))
        #expect(deprecated.hipDeprecated == Version("3.0.0"))

        let experimental = try #require(database.entry(for: "cudaGraphNodeSetParams"))
        #expect(experimental.status == .experimental)
        #expect(experimental.hipName == "hipGraphNodeSetParams")
        #expect(experimental.hipAdded == Version("6.3.0"))

        let removedFromCUDA = try #require(database.entry(for: "cudaBindTexture"))
        #expect(removedFromCUDA.cudaDeprecated == Version("11.0"))
        #expect(removedFromCUDA.cudaRemoved == Version("12.0"))
        #expect(removedFromCUDA.status == .deprecated)  // the HIP side is deprecated, not removed
    }

    @Test("the ROCm library target has its own status")
    func rocStatus() throws {
        let entry = try #require(database.entry(for: "cusparseSbsrmv"))
        #expect(entry.hipName == "hipsparseSbsrmv")
        #expect(entry.rocName == "rocsparse_sbsrmv")
        #expect(entry.rocStatus == .deprecated)
        #expect(entry.rocDeprecated == Version("5.4.0"))
        let sobol = try #require(database.entry(for: "curandStateSobol32"))
        #expect(sobol.rocName == "rocrand_device::sobol32_engine<false>")
    }

    @Test("device functions with the same name on both sides are supported")
    func sameName() throws {
        let entry = try #require(database.entry(for: "__ldg"))
        #expect(entry.library == .device)
        #expect(entry.hipName == "__ldg")
        #expect(entry.status == .supported)
    }

    @Test("a name listed by two libraries is kept in both; entry(for:) returns the first")
    func sharedNames() throws {
        let entry = try #require(database.entry(for: "CUstream_st"))
        #expect(entry.library == .runtime)
        #expect(database.entries(in: .driver).contains { $0.cudaName == "CUstream_st" })
    }
}
