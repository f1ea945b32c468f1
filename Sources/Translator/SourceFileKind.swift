/// What cu2hip does with a file, decided by its extension.
public enum SourceFileKind: Sendable, Equatable {
    /// Parsed as a translation unit of its own (`.cu`, `.cpp`, ...).
    case source
    /// Translated in the context of a source that includes it (`.h`, `.cuh`, ...).
    case header
    /// Not C, C++ or CUDA: copied as is.
    case other

    static let sourceExtensions: Set<String> = ["cu", "c", "cc", "cpp", "cxx", "c++", "cp"]
    static let headerExtensions: Set<String> = ["cuh", "h", "hh", "hpp", "hxx", "h++", "inl", "ipp", "tpp", "inc"]

    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .other
            return
        }
        let ext = name[name.index(after: dot)...].lowercased()
        if Self.sourceExtensions.contains(ext) {
            self = .source
        } else if Self.headerExtensions.contains(ext) {
            self = .header
        } else {
            self = .other
        }
    }
}
