import CUDADeclarations
import Clang
import Reporting

/// How cu2hip asks libclang to parse a file: in one place, so every caller agrees.
public enum ParseSetup {
    /// True for paths of cu2hip's own in-memory CUDA declarations.
    public static func isVirtualPath(_ path: String) -> Bool {
        CUDADeclarations.isVirtualPath(path)
    }

    /// Compiler arguments for `path` (without the path itself).
    /// With `precompiledRuntime`, a CUDA source loads that precompiled header instead of
    /// parsing `cuda_runtime.h` again.
    /// With `asHIP` (a unit that is already HIP), the file is parsed as HIP with the installed HIP
    /// headers (``TranslationOptions/hipPath``), or as plain C++ for its tokens when none is installed.
    ///
    /// When the compile database (``TranslationOptions/compileDatabase``) lists `path`, its
    /// command decides whether the file is CUDA and adds its standard, include paths (before
    /// `includeDirectories`), macros (before `options.defines`, which win) and forced includes
    /// (after the implicit `cuda_runtime.h`). Headers are parsed as part of their includer, so
    /// the includer's command applies to them.
    static func arguments(for path: String, options: TranslationOptions, includeDirectories: [String],
                          precompiledRuntime: String? = nil, asHIP: Bool = false) -> [String] {
        let settings = options.compileDatabase?.settings(for: path)
        let isCUDASource = settings.map { $0.language == .cuda } ?? (path.hasSuffix(".cu") || path.hasSuffix(".cuh"))
        var arguments: [String]
        if asHIP {
            arguments = options.hipPath.map { ["-x", "hip", "--cuda-host-only", "-nogpulib", "--rocm-path=\($0)", "-std=c++17"] }
                ?? ["-x", "c++", "-std=c++17"]
        } else if let cudaPath = options.cudaPath {
            arguments = ["-x", "cuda", "--cuda-host-only", "--cuda-path=\(cudaPath)", "-nocudalib", "-std=c++17"]
            if isCUDASource { arguments += ["-include", "cuda_runtime.h"] }
        } else {
            arguments = CUDADeclarations.parseArguments(forCUDASource: isCUDASource)
        }
        if let standard = settings?.standard, let position = arguments.firstIndex(of: "-std=c++17") {
            arguments[position] = "-std=" + standard
        }
        for include in settings?.includePaths ?? [] { arguments += [include.kind.rawValue, include.path] }
        for directory in includeDirectories { arguments += ["-I", directory] }
        for operation in settings?.macros ?? [] {
            switch operation {
            case let .define(text): arguments += ["-D", text]
            case let .undefine(name): arguments += ["-U", name]
            }
        }
        for define in options.defines { arguments += ["-D", define] }
        for file in settings?.forcedIncludes ?? [] { arguments += ["-include", file] }
        // Unused-code warnings are noise here; errors are what the report needs.
        arguments += ["-w", "-ferror-limit=0"]
        if isCUDASource, !asHIP, let precompiledRuntime, settings.map({ allowsPrecompiledRuntime($0, options: options) }) ?? true,
           let position = arguments.firstIndex(of: "-include"),
           position + 1 < arguments.count, arguments[position + 1] == "cuda_runtime.h" {
            arguments.replaceSubrange(position...(position + 1), with: ["-include-pch", precompiledRuntime])
        }
        return arguments
    }

    /// Whether a file with these settings can load the runtime header precompiled with cu2hip's
    /// default flags: clang rejects a precompiled header built with another standard, or with a
    /// macro the command undefines or defines differently. Other macros of the command do not
    /// reach the runtime header (cu2hip's declarations test none of a project's macros), so the
    /// file keeps the precompiled header and its speed.
    static func allowsPrecompiledRuntime(_ settings: ParseSettings, options: TranslationOptions) -> Bool {
        guard settings.standard == nil || settings.standard == "c++17" else { return false }
        let predefined = Set((CUDADeclarations.nvccPredefinedMacros.map { String($0.dropFirst(2)) } + options.defines)
            .map { ParseSettings.MacroOperation.define($0).name })
        return !settings.macros.contains { predefined.contains($0.name) }
    }

    /// Whether the build compiles `path` as CUDA, as nvcc compiles a `.cu` file (with the runtime
    /// included implicitly): the compile database's word when it lists the file, else its
    /// extension.
    static func compilesAsCUDA(_ path: String, options: TranslationOptions) -> Bool {
        options.compileDatabase?.settings(for: path).map { $0.language == .cuda } ?? path.hasSuffix(".cu")
    }

    /// The rule id of the compile-database findings.
    static let compileDatabaseRule = "compile-database"

    /// For a source file the compile database does not list, the `info` finding that says it was
    /// parsed with cu2hip's default flags; nil without a database or when it lists the file.
    static func compileDatabaseFinding(forSource path: String, options: TranslationOptions) -> Finding? {
        guard let database = options.compileDatabase, database.settings(for: path) == nil else { return nil }
        return Finding(rule: compileDatabaseRule, severity: .info, position: SourcePosition(line: 0, column: 0),
                       message: "not in the compile database; parsed with cu2hip's default flags")
    }

    /// True for a header of the HIP runtime (`hip/hip_runtime.h`, `hip/hip_fp16.h`, ...): a unit
    /// that includes one is already HIP.
    static func isHIPRuntimeHeader(_ header: String) -> Bool {
        header.hasPrefix("hip/")
    }

    /// The in-memory headers to hand to libclang (none with a real CUDA installation).
    static func unsavedHeaders(options: TranslationOptions) -> [UnsavedFile] {
        options.cudaPath == nil ? builtInHeaders : []
    }

    private static let builtInHeaders: [UnsavedFile] = CUDADeclarations.unsavedFiles.map {
        UnsavedFile(path: $0.path, contents: $0.contents)
    }
}
