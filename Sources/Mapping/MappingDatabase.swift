/// The CUDA -> HIP/ROCm name database.
///
/// Placeholder with a handful of entries so the translator can be built against the API; the real
/// data is generated from `../shared/reference/hipify-tables` by `Scripts/generate_mapping.py`.
public struct MappingDatabase: Sendable {
    public let entries: [APIEntry]
    private let index: [String: Int]

    public init(entries: [APIEntry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        for (offset, entry) in entries.enumerated() where index[entry.cudaName] == nil {
            index[entry.cudaName] = offset
        }
        self.index = index
    }

    /// The entry for a CUDA name, if the database knows it.
    public func entry(for cudaName: String) -> APIEntry? {
        index[cudaName].map { entries[$0] }
    }

    /// The database built into cu2hip.
    public static let builtIn = MappingDatabase(entries: [
        APIEntry(cudaName: "cudaMalloc", library: .runtime, family: "Memory Management", kind: .function, hipName: "hipMalloc", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaFree", library: .runtime, family: "Memory Management", kind: .function, hipName: "hipFree", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaMemcpy", library: .runtime, family: "Memory Management", kind: .function, hipName: "hipMemcpy", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaMemcpyHostToDevice", library: .runtime, family: "Data types used by CUDA Runtime", kind: .enumConstant, hipName: "hipMemcpyHostToDevice", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaStream_t", library: .runtime, family: "Data types used by CUDA Runtime", kind: .type, hipName: "hipStream_t", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaDeviceSetLimit", library: .runtime, family: "Device Management", kind: .function, hipName: "hipDeviceSetLimit", status: .supported, hipAdded: Version("5.3.0")),
        APIEntry(cudaName: "cudaThreadGetLimit", library: .runtime, family: "Thread Management [DEPRECATED]", kind: .function, hipName: nil, status: .unsupported),
        APIEntry(cudaName: "cudaMemcpyToSymbol", library: .runtime, family: "Memory Management", kind: .function, hipName: "hipMemcpyToSymbol", status: .supported, hipAdded: Version("1.6.0")),
        APIEntry(cudaName: "cudaSetDevice", library: .runtime, family: "Device Management", kind: .function, hipName: "hipSetDevice", status: .supported, hipAdded: Version("1.6.0")),
    ])
}
