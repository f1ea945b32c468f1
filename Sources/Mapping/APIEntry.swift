/// The CUDA library an API belongs to.
public enum Library: String, CaseIterable, Codable, Sendable, Comparable {
    case runtime, driver, device, cublas, cudnn, curand, cufft, cusparse, cusolver, cub, rtc, cucomplex

    public static func < (lhs: Library, rhs: Library) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What sort of name an entry is.
public enum APIKind: String, CaseIterable, Codable, Sendable {
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
    public var components: [Int]

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

    public var description: String { components.map(String.init).joined(separator: ".") }

    public static func < (lhs: Version, rhs: Version) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for index in 0..<count {
            let left = index < lhs.components.count ? lhs.components[index] : 0
            let right = index < rhs.components.count ? rhs.components[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    public static func == (lhs: Version, rhs: Version) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = Version(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a version: \(text)"))
        }
        self = version
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One CUDA name and what HIP/ROCm offers for it.
public struct APIEntry: Hashable, Sendable, Codable {
    public var cudaName: String
    public var library: Library
    /// The reference table's section, e.g. "Memory Management".
    public var family: String
    public var kind: APIKind
    /// The hip* name (hipBLAS, hipDNN, hipRAND, ... for the libraries); nil when HIP has none.
    public var hipName: String?
    /// The ROCm library name (rocBLAS, rocSPARSE, rocRAND, rocSOLVER, MIOpen for cuDNN) where one exists.
    public var rocName: String?
    public var status: APIStatus
    public var cudaAdded: Version?
    public var cudaDeprecated: Version?
    public var cudaRemoved: Version?
    public var hipAdded: Version?
    public var hipDeprecated: Version?
    public var hipRemoved: Version?
    /// Status of the ROCm-library target (`rocName`), which can differ from the hip* one.
    public var rocStatus: APIStatus
    public var rocAdded: Version?
    public var rocDeprecated: Version?
    public var rocRemoved: Version?

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
