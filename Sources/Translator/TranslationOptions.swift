import Mapping

/// How kernel launches are written in the output.
public enum LaunchSyntax: String, CaseIterable, Sendable, Codable {
    /// Keep `k<<<g, b, s, st>>>(args)`; HIP's compiler accepts it.
    case chevrons
    /// `hipLaunchKernelGGL(k, dim3(g), dim3(b), s, st, args)`.
    case hip
}

/// Everything that changes what a translation produces.
public struct TranslationOptions: Sendable, Hashable {
    /// The ROCm release the output must build with.
    public var rocmVersion: Version
    public var launchSyntax: LaunchSyntax
    /// A real CUDA installation to parse with instead of cu2hip's own declarations.
    public var cudaPath: String?
    /// Extra include directories (-I) for parsing.
    public var includeDirectories: [String]
    /// Extra macro definitions (-D NAME[=VALUE]) for parsing.
    public var defines: [String]
    /// Which ROCm library each CUDA library goes to.
    public var libraries: LibraryChoice
    /// The installed HIP's root (the folder holding `include/hip`), for parsing code that is
    /// already HIP (a translation unit that includes `hip/hip_runtime.h`); without it such code
    /// is translated from tokens only.
    public var hipPath: String?
    /// The build's compile commands (`-p`): each listed file is parsed with its own defines,
    /// include paths, forced includes, language and standard (``ParseSettings``), on top of
    /// `includeDirectories` and `defines`; files it does not list get the default flags.
    public var compileDatabase: CompileDatabase?
    /// Which files of the input tree are translated (`--include`, `--exclude`); the others are
    /// copied unchanged.
    public var pathFilter: PathFilter

    /// The ROCm release cu2hip targets unless told otherwise.
    public static let defaultROCmVersion = Version([7, 0])

    public init(rocmVersion: Version = TranslationOptions.defaultROCmVersion, launchSyntax: LaunchSyntax = .chevrons,
                cudaPath: String? = nil, includeDirectories: [String] = [], defines: [String] = [],
                libraries: LibraryChoice = LibraryChoice(), hipPath: String? = nil,
                compileDatabase: CompileDatabase? = nil, pathFilter: PathFilter = PathFilter()) {
        self.compileDatabase = compileDatabase
        self.pathFilter = pathFilter
        self.libraries = libraries
        self.hipPath = hipPath
        self.rocmVersion = rocmVersion
        self.launchSyntax = launchSyntax
        self.cudaPath = cudaPath
        self.includeDirectories = includeDirectories
        self.defines = defines
    }
}
