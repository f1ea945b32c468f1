/// The CUDA library an API belongs to.
public enum Library: String, CaseIterable, Codable, Sendable, Comparable {
    /// One case per reference table: the CUDA Runtime, Driver and Device (intrinsics) APIs,
    /// cuBLAS, cuDNN, cuRAND, cuFFT, cuSPARSE, cuSOLVER, CUB, NVRTC and cuComplex.
    case runtime, driver, device, cublas, cudnn, curand, cufft, cusparse, cusolver, cub, rtc, cucomplex

    /// Orders libraries as `allCases` lists them (the order of the built-in database).
    public static func < (lhs: Library, rhs: Library) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What sort of name an entry is.
public enum APIKind: String, CaseIterable, Codable, Sendable {
    /// A function (host API, device intrinsic or library call); a type (struct, enum,
    /// typedef, handle); a constant of an enum; a preprocessor macro; a header file name.
    case function, type, enumConstant = "enum-constant", macro, header
}

/// How well HIP covers a CUDA name.
public enum APIStatus: String, CaseIterable, Codable, Sendable {
    /// Has a HIP target that is neither deprecated, experimental nor removed.
    case supported
    /// The HIP target exists but is deprecated.
    case deprecated
    /// The HIP target is marked experimental.
    case experimental
    /// The HIP target was removed.
    case removed
    /// No HIP equivalent.
    case unsupported
}

/// A dotted release number such as `6.2.0` (CUDA or ROCm/HIP).
public struct Version: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The numbers between the dots, most significant first.
    public var components: [Int]

    /// A version with the given components.
    public init(_ components: [Int]) { self.components = components }

    /// Parses `"6.2"`, `"6.2.0"`; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        var values: [Int] = []
        for part in parts {
            guard let value = Int(part), value >= 0 else { return nil }
            values.append(value)
        }
        components = values
    }

    /// The dotted form, e.g. `6.2.0`.
    public var description: String { components.map(String.init).joined(separator: ".") }

    /// Compares component by component; missing trailing components count as 0.
    public static func < (lhs: Version, rhs: Version) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for index in 0..<count {
            let left = index < lhs.components.count ? lhs.components[index] : 0
            let right = index < rhs.components.count ? rhs.components[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    /// Equal when neither is less than the other, so `6.2 == 6.2.0`.
    public static func == (lhs: Version, rhs: Version) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    /// Hashes the components without trailing zeros, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    /// Decodes a version from its dotted string form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = Version(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a version: \(text)"))
        }
        self = version
    }

    /// Encodes the version as its dotted string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One CUDA name and what HIP/ROCm offers for it.
public struct APIEntry: Hashable, Sendable, Codable {
    /// The CUDA name, e.g. `cudaMalloc`.
    public var cudaName: String
    /// The CUDA library the name belongs to.
    public var library: Library
    /// The reference table's section, e.g. "Memory Management".
    public var family: String
    /// What sort of name this is (inferred by the generator; see Scripts/generate_mapping.py).
    public var kind: APIKind
    /// The hip* name (hipBLAS, hipDNN, hipRAND, ... for the libraries); nil when HIP has none.
    public var hipName: String?
    /// The ROCm library name (rocBLAS, rocSPARSE, rocRAND, rocSOLVER, MIOpen for cuDNN) where one exists.
    public var rocName: String?
    /// Status of the hip* target (`hipName`).
    public var status: APIStatus
    /// The CUDA version that added the name, when the table gives one.
    public var cudaAdded: Version?
    /// The CUDA version that deprecated the name.
    public var cudaDeprecated: Version?
    /// The CUDA version that removed the name.
    public var cudaRemoved: Version?
    /// The HIP/ROCm version that added `hipName`.
    public var hipAdded: Version?
    /// The HIP/ROCm version that deprecated `hipName`.
    public var hipDeprecated: Version?
    /// The HIP/ROCm version that removed `hipName`.
    public var hipRemoved: Version?
    /// Status of the ROCm-library target (`rocName`), which can differ from the hip* one.
    public var rocStatus: APIStatus
    /// The ROCm version that added `rocName`.
    public var rocAdded: Version?
    /// The ROCm version that deprecated `rocName`.
    public var rocDeprecated: Version?
    /// The ROCm version that removed `rocName`.
    public var rocRemoved: Version?

    /// An entry; everything but the name, library, family, kind, HIP name and status is optional.
    public init(
        cudaName: String, library: Library, family: String, kind: APIKind,
        hipName: String?, rocName: String? = nil, status: APIStatus,
        cudaAdded: Version? = nil, cudaDeprecated: Version? = nil, cudaRemoved: Version? = nil,
        hipAdded: Version? = nil, hipDeprecated: Version? = nil, hipRemoved: Version? = nil,
        rocStatus: APIStatus = .unsupported, rocAdded: Version? = nil, rocDeprecated: Version? = nil, rocRemoved: Version? = nil
    ) {
        self.cudaName = cudaName; self.library = library; self.family = family; self.kind = kind
        self.hipName = hipName; self.rocName = rocName; self.status = status
        self.cudaAdded = cudaAdded; self.cudaDeprecated = cudaDeprecated; self.cudaRemoved = cudaRemoved
        self.hipAdded = hipAdded; self.hipDeprecated = hipDeprecated; self.hipRemoved = hipRemoved
        self.rocStatus = rocStatus; self.rocAdded = rocAdded; self.rocDeprecated = rocDeprecated; self.rocRemoved = rocRemoved
    }
}
