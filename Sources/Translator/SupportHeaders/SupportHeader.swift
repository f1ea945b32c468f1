/// A header of cu2hip's own that translated code includes where a CUDA call has no one-call HIP
/// counterpart in scope (MIOpen's Find needs buffers, say). It is written once into the output
/// tree, under `cu2hip/`, included with a path relative to each file that uses it, and listed in
/// the report with status `generated`. Its text is plain HIP: translating it again changes nothing.
public struct SupportHeader: Sendable, Hashable {
    /// Path in the output tree, relative to its root: "cu2hip/NAME".
    public var path: String
    /// What it provides, for the report.
    public var summary: String
    public var contents: String

    /// Every support header, by path.
    public static let all: [String: SupportHeader] = Dictionary(uniqueKeysWithValues: [
        MIOpenSupport.header,
        CooperativeGroupsSupport.header,
    ].map { ($0.path, $0) })

    /// The directive that includes this header from a file `depth` folders below the tree's root.
    public func includeDirective(fromDepth depth: Int) -> String {
        "#include \"\(String(repeating: "../", count: depth))\(path)\""
    }
}
