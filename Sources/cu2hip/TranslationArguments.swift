import ArgumentParser
import Foundation
import Mapping
import Translator

/// The options that decide what a translation produces, shared by `convert` and `check`.
struct TranslationArguments: ParsableArguments {
    @Option(help: "Kernel launch syntax in the output: chevrons (keep <<<>>>) or hip (hipLaunchKernelGGL).")
    var launchSyntax: LaunchSyntax = .chevrons

    @Option(help: ArgumentHelp(
        "ROCm release the output must build with (default: the installed HIP's, else \(TranslationOptions.defaultROCmVersion)).",
        valueName: "x.y"))
    var rocmVersion: String?

    @OptionGroup var libraries: LibraryChoiceOptions

    @Option(help: ArgumentHelp("Parse with this CUDA installation instead of cu2hip's own declarations.", valueName: "dir"))
    var cudaPath: String?

    @Option(name: .customShort("I"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Extra include directory for parsing.", valueName: "dir"))
    var includeDirectories: [String] = []

    @Option(name: .customShort("D"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Macro definition for parsing.", valueName: "name[=value]"))
    var defines: [String] = []

    @Option(name: [.customShort("p"), .customLong("compile-commands")], help: ArgumentHelp(
        "The build's compile_commands.json (or its folder): each listed file is parsed with its own defines, include paths, forced includes, language and standard.",
        valueName: "dir"))
    var compileCommands: String?

    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Translate only files matching this glob (relative to the input root; ** any depth, * and ? within a name; repeatable). Others are copied unchanged.",
        valueName: "glob"))
    var includeGlobs: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Do not translate files matching this glob (repeatable); they are copied unchanged.", valueName: "glob"))
    var excludeGlobs: [String] = []

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Extra mappings, one 'CUDA_NAME HIP_NAME [KIND]' per line ('-' as HIP_NAME: unsupported); overrides built-in ones.",
        valueName: "file"))
    var mapFiles: [String] = []

    @Option(name: [.customShort("j"), .long], help: "Worker threads (output is the same for any number).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let rocmVersion, Version(rocmVersion) == nil {
            throw ValidationError("--rocm-version '\(rocmVersion)' is not a version like 6.2 or 5.2.3")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        do {
            _ = try PathFilter(include: includeGlobs, exclude: excludeGlobs)
        } catch {
            throw ValidationError("\(includeGlobs.contains { (try? PathFilter.Pattern($0)) == nil } ? "--include" : "--exclude") \(error)")
        }
    }

    /// What these options resolve to on this machine.
    struct Resolved {
        var options: TranslationOptions
        var database: MappingDatabase
        var target: ROCmTarget
        /// Lines for stderr about the compile database (entries not used, flags not understood),
        /// each to be printed once as `cu2hip: note: ...` unless --quiet.
        var notes: [String]
    }

    /// The target ROCm (detected when not given), the translation options and the database with
    /// every `--map` file applied.
    func resolve() throws -> Resolved {
        let target = ROCmTarget.detect(option: rocmVersion.flatMap(Version.init))
        // The installed HIP parses code that is already HIP, whichever release is targeted.
        let installed = HIPInstallation.find(in: HIPInstallation.searchPath(environment: ProcessInfo.processInfo.environment))
        var compileDatabase: CompileDatabase?
        var notes: [String] = []
        if let compileCommands {
            do {
                let database = try CompileDatabase.load(compileCommands)
                compileDatabase = database
                notes = database.notes(name: Self.displayName(of: database.path))
            } catch {
                throw ValidationError("-p: \(error)")
            }
        }
        let options = TranslationOptions(
            rocmVersion: target.version,
            launchSyntax: launchSyntax, cudaPath: cudaPath, includeDirectories: includeDirectories, defines: defines,
            libraries: LibraryChoice(blas: libraries.blas, dnn: libraries.dnn, rand: libraries.rand,
                                     sparse: libraries.sparse, solver: libraries.solver),
            hipPath: installed?.root, compileDatabase: compileDatabase,
            pathFilter: try PathFilter(include: includeGlobs, exclude: excludeGlobs))
        var database = MappingDatabase.builtIn
        for file in mapFiles {
            do {
                database = database.applying(try UserMap(contentsOf: file))
            } catch {
                throw ValidationError("--map: \(error)")
            }
        }
        return Resolved(options: options, database: database, target: target, notes: notes)
    }

    /// `path` (absolute) relative to the current directory when it lies below it.
    static func displayName(of path: String) -> String {
        let current = InputDiscovery.absolute(".")
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
