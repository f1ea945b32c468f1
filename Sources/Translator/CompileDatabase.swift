import Foundation

/// What one compile command says about parsing its file: the part of the build's flags that
/// changes how clang reads the code. Everything else in the command is left out.
public struct ParseSettings: Sendable, Hashable {
    /// How the build compiles the file.
    public enum Language: String, Sendable, Hashable {
        /// CUDA (nvcc's `.cu` files, `-x cu`, clang's `-x cuda`): nvcc's predefined macros and
        /// the implicit `cuda_runtime.h` apply.
        case cuda
        /// C (`-x c`, a `.c` file): parsed as host code, like a `.c` file without a database.
        case c
        /// C++ (`-x c++`, any other source): host code.
        case cxx = "c++"
    }

    /// An include directory and how it is searched.
    public struct IncludePath: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// `-iquote`: for `#include "..."` only.
            case quote = "-iquote"
            /// `-I`.
            case angled = "-I"
            /// `-isystem`.
            case system = "-isystem"
            /// `-idirafter`: after the system directories.
            case after = "-idirafter"
        }

        public var kind: Kind
        /// Absolute, normalised.
        public var path: String

        public init(_ kind: Kind, _ path: String) {
            self.kind = kind
            self.path = path
        }
    }

    /// `-D NAME[=VALUE]` or `-U NAME`, in command-line order.
    public enum MacroOperation: Sendable, Hashable {
        case define(String)
        case undefine(String)

        /// The macro's name.
        public var name: String {
            switch self {
            case let .define(text): String(text.prefix { $0 != "=" && $0 != "(" })
            case let .undefine(name): name
            }
        }
    }

    public var language: Language
    /// The C++ standard (`c++14`, `gnu++17`, ...); nil when the command names none (cu2hip's
    /// default, C++17, applies), a C standard, or one before C++11.
    public var standard: String?
    public var includePaths: [IncludePath]
    public var macros: [MacroOperation]
    /// `-include FILE`, absolute when the file exists relative to the command's directory, else
    /// as written (clang looks for it on the include path).
    public var forcedIncludes: [String]

    public init(language: Language, standard: String? = nil, includePaths: [IncludePath] = [], macros: [MacroOperation] = [],
                forcedIncludes: [String] = []) {
        self.language = language
        self.standard = standard
        self.includePaths = includePaths
        self.macros = macros
        self.forcedIncludes = forcedIncludes
    }
}

/// A compilation database (`compile_commands.json`, as CMake's `CMAKE_EXPORT_COMPILE_COMMANDS`
/// and Bear write it): for each file the build compiles, the flags that decide how it parses.
///
/// Each entry has `directory`, `file`, and `arguments` (an array) or `command` (one string, split
/// with the shell's quoting rules). Relative paths in a command are relative to its `directory`;
/// a relative `directory` (an extension: the format asks for absolute ones) is relative to the
/// folder holding the database file, so a database can travel with its tree.
///
/// Only what is listed in ``ParseSettings`` is kept (a whitelist). Flags known not to matter
/// for parsing (optimisation, debug, warnings, code generation, outputs, dependency files, nvcc's
/// GPU and host-compiler options with their arguments) are dropped without a word; any other
/// flag is dropped and counted in ``unrecognizedFlags``. A CUDA toolkit's include folder (one
/// holding `cuda_runtime_api.h`) is dropped too: cu2hip parses with its own CUDA declarations,
/// or `--cuda-path`'s.
public struct CompileDatabase: Sendable, Hashable {
    public struct LoadError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The database file, absolute.
    public var path: String
    /// File (absolute, normalised) → its settings, from the first entry that names it.
    public var settingsByFile: [String: ParseSettings]
    /// Flags not understood, as written → how many entries use them. Not passed to clang.
    public var unrecognizedFlags: [String: Int]
    /// Entries that could not be used, one message each ("entry 3: no 'file'").
    public var problems: [String]
    /// CUDA toolkit include folders the commands named and cu2hip left out, sorted.
    public var droppedToolkitIncludes: [String]

    /// Reads `path`: a `compile_commands.json` file, or a folder holding one.
    public static func load(_ path: String) throws -> CompileDatabase {
        var file = InputDiscovery.absolute(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw LoadError(description: "\(path): no such file or directory")
        }
        if isDirectory.boolValue {
            file += "/compile_commands.json"
            guard FileManager.default.fileExists(atPath: file) else {
                throw LoadError(description: "\(path): no compile_commands.json in this folder")
            }
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LoadError(description: "\(file): cannot read file")
        }
        return try CompileDatabase(json: data, path: file)
    }

    /// Parses the database text of the file at `path` (absolute; relative directories are
    /// resolved against its folder).
    public init(json: Data, path: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json)
        } catch {
            throw LoadError(description: "\(path): not valid JSON")
        }
        guard let entries = object as? [Any] else {
            throw LoadError(description: "\(path): not a JSON array of compile commands")
        }
        self.path = path
        settingsByFile = [:]
        unrecognizedFlags = [:]
        problems = []
        var dropped: Set<String> = []
        var toolkitCache: [String: Bool] = [:]
        let base = (path as NSString).deletingLastPathComponent
        for (number, item) in entries.enumerated() {
            let label = "entry \(number + 1)"
            guard let entry = item as? [String: Any] else {
                problems.append("\(label): not a JSON object")
                continue
            }
            guard let fileText = entry["file"] as? String, !fileText.isEmpty else {
                problems.append("\(label): no 'file'")
                continue
            }
            let directoryText = entry["directory"] as? String ?? "."
            let directory = Self.resolve(directoryText, against: base)
            let words: [String]
            if let arguments = entry["arguments"] as? [Any] {
                guard let strings = arguments as? [String] else {
                    problems.append("\(label) (\(fileText)): 'arguments' holds something other than strings")
                    continue
                }
                words = strings
            } else if let command = entry["command"] as? String {
                do {
                    words = try ShellWords.split(command)
                } catch {
                    problems.append("\(label) (\(fileText)): 'command' has an \(error)")
                    continue
                }
            } else {
                problems.append("\(label) (\(fileText)): neither 'arguments' nor 'command'")
                continue
            }
            let file = Self.resolve(fileText, against: directory)
            var reader = CommandReader(file: file, fileAsWritten: fileText, directory: directory)
            reader.read(words)
            var settings = reader.settings
            settings.includePaths.removeAll { include in
                let isToolkit = toolkitCache[include.path] ?? FileManager.default.fileExists(atPath: include.path + "/cuda_runtime_api.h")
                toolkitCache[include.path] = isToolkit
                if isToolkit { dropped.insert(include.path) }
                return isToolkit
            }
            for flag in Set(reader.unrecognized) { unrecognizedFlags[flag, default: 0] += 1 }
            if settingsByFile[file] == nil { settingsByFile[file] = settings }
        }
        droppedToolkitIncludes = dropped.sorted()
    }

    /// The settings of the build's command for `path` (absolute), if the database lists it.
    public func settings(for path: String) -> ParseSettings? {
        settingsByFile[path] ?? settingsByFile[InputDiscovery.absolute(path)]
    }

    /// What a run should say about the database on stderr, once: unusable entries, flags not
    /// understood, toolkit folders left out. `name` is how to name the database file.
    public func notes(name: String) -> [String] {
        var notes: [String] = []
        if !problems.isEmpty {
            notes.append("compile database \(name): \(problems.count) entr\(problems.count == 1 ? "y" : "ies") not used: "
                + problems.joined(separator: "; "))
        }
        if !unrecognizedFlags.isEmpty {
            let flags = unrecognizedFlags.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { flag in
                let count = unrecognizedFlags[flag]!
                return "\(flag) (\(count) entr\(count == 1 ? "y" : "ies"))"
            }
            notes.append("compile database \(name): flags not understood, not passed to clang: " + flags.joined(separator: ", "))
        }
        if !droppedToolkitIncludes.isEmpty {
            notes.append("compile database \(name): CUDA toolkit include folders not passed to clang (cu2hip parses with its own CUDA declarations): "
                + droppedToolkitIncludes.joined(separator: ", "))
        }
        return notes
    }

    /// `path` made absolute against `directory` and normalised.
    static func resolve(_ path: String, against directory: String) -> String {
        InputDiscovery.absolute(path.hasPrefix("/") ? path : directory + "/" + path)
    }
}

/// Reads one command's words into ``ParseSettings``.
struct CommandReader {
    let file: String
    let fileAsWritten: String
    let directory: String
    private(set) var unrecognized: [String] = []
    private var explicitLanguage: ParseSettings.Language?
    private var standard: String?
    private var includePaths: [ParseSettings.IncludePath] = []
    private var macros: [ParseSettings.MacroOperation] = []
    private var forcedIncludes: [String] = []
    private var isNVCC = false

    init(file: String, fileAsWritten: String, directory: String) {
        self.file = file
        self.fileAsWritten = fileAsWritten
        self.directory = directory
    }

    var settings: ParseSettings {
        let language = explicitLanguage ?? Self.language(ofExtension: file)
        // C standards do not apply (the file is parsed as C++ host code either way), nor do those
        // before C++11, which CUDA 12 and cu2hip's declarations need.
        let isCPlusPlusStandard = standard.map {
            ($0.hasPrefix("c++") || $0.hasPrefix("gnu++")) && !["c++98", "c++03", "gnu++98", "gnu++03"].contains($0)
        } ?? false
        return ParseSettings(language: language, standard: language != .c && isCPlusPlusStandard ? standard : nil,
                             includePaths: includePaths, macros: macros, forcedIncludes: forcedIncludes)
    }

    /// nvcc and clang compile `.cu` as CUDA, `.c` as C, the rest as C++.
    static func language(ofExtension path: String) -> ParseSettings.Language {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return .cxx }
        switch name[name.index(after: dot)...].lowercased() {
        case "cu", "cuh": return .cuda
        case "c": return .c
        default: return .cxx
        }
    }

    /// Flags whose value is passed to clang: the option, its long spellings, and what it sets.
    private enum Kept {
        case define, undefine, include(ParseSettings.IncludePath.Kind), forcedInclude, language, standard
    }

    /// Spelling → kind, for flags that take a value (joined, after `=`, or as the next word).
    private static let kept: [String: Kept] = [
        "-D": .define, "--define-macro": .define,
        "-U": .undefine, "--undefine-macro": .undefine,
        "-I": .include(.angled), "--include-path": .include(.angled), "--include-directory": .include(.angled),
        "-isystem": .include(.system), "--system-include": .include(.system),
        "-iquote": .include(.quote),
        "-idirafter": .include(.after), "--include-directory-after": .include(.after),
        "-include": .forcedInclude, "--pre-include": .forcedInclude,
        "-x": .language, "--x": .language,
        "-std": .standard, "--std": .standard,
    ]

    /// Joined spellings (`-DNAME`, `-I../include`, `-isystem/usr/x`, `-xcu`), longest first.
    private static let joinedPrefixes = ["-idirafter", "-isystem", "-iquote", "-include", "-D", "-U", "-I", "-x"]

    /// Flags that do not matter for parsing and take a value (as the next word, or after `=`):
    /// outputs, dependency files, nvcc's GPU, host-compiler, linker and assembler options.
    static let ignoredWithValue: Set<String> = [
        "-o", "--output-file", "-MF", "-MT", "-MQ", "-MJ", "--dependency-output", "-odir", "--output-directory",
        "-Xcompiler", "--compiler-options", "-Xptxas", "--ptxas-options", "-Xlinker", "--linker-options",
        "-Xnvlink", "--nvlink-options", "-Xarchive", "--archive-options", "-Xcudafe", "-Xfatbin", "--fatbin-options",
        "-ccbin", "--compiler-bindir", "-gencode", "--generate-code", "-arch", "--gpu-architecture", "-code", "--gpu-code",
        "--default-stream", "-default-stream", "-maxrregcount", "--maxrregcount", "-rdc", "--relocatable-device-code",
        "-t", "--threads", "-split-compile", "--split-compile", "-cudart", "--cudart", "-cudadevrt", "--cudadevrt",
        "--machine", "-ftz", "--ftz", "-prec-div", "--prec-div", "-prec-sqrt", "--prec-sqrt", "-fmad", "--fmad",
        "-diag-suppress", "--diag-suppress", "--diag_suppress", "--diag-warn", "--diag-error", "--diag-default",
        "-keep-dir", "--keep-dir", "-L", "--library-path", "-l", "--library", "-target", "--target",
        "--static-global-template-stub", "-static-global-template-stub",
    ]

    /// Flags without a value that do not matter for parsing.
    static let ignored: Set<String> = [
        "-c", "-E", "-S", "-v", "--verbose", "-g", "-G", "--device-debug", "-lineinfo", "--generate-line-info",
        "-dc", "--device-c", "-dw", "--device-w", "-dlink", "--device-link", "-dlto", "--dlink-time-opt",
        "--expt-relaxed-constexpr", "-expt-relaxed-constexpr", "--expt-extended-lambda", "-expt-extended-lambda",
        "--extended-lambda", "-extended-lambda", "--use_fast_math", "-use_fast_math", "--keep", "-keep",
        "-forward-unknown-to-host-compiler", "--forward-unknown-to-host-compiler", "-forward-unknown-to-host-linker",
        "--forward-unknown-to-host-linker", "-forward-unknown-opts", "--forward-unknown-opts",
        "-allow-unsupported-compiler", "--allow-unsupported-compiler", "--resource-usage", "-res-usage",
        "--extra-device-vectorization", "-extra-device-vectorization", "--restrict", "-restrict", "--source-in-ptx",
        "--display-error-number", "--no-display-error-number", "--disable-warnings", "-w", "-pthread", "-shared",
        "-static", "-pipe", "-pedantic", "-pedantic-errors", "-nocudainc", "-nocudalib", "-nogpulib",
        "--cuda-host-only", "--cuda-device-only", "-cuda", "--cuda",
    ]

    /// Prefixes of joined flags that do not matter for parsing: optimisation (`-O2`), debug
    /// (`-ggdb`), warnings (`-Wall`, `-Wl,...`), code generation (`-fPIC`, `-fopenmp`: cu2hip
    /// parses without OpenMP), machine (`-march=`), dependency files (`-MD`), outputs, libraries,
    /// clang's GPU options.
    static let ignoredPrefixes = ["-O", "-g", "-W", "-f", "-m", "-M", "-o", "-L", "-l", "--cuda-", "--offload-"]

    /// Flags not understood that take a value: the value is skipped with them.
    static let unrecognizedWithValue: Set<String> = ["-Xclang", "-imacros", "-isysroot", "--sysroot", "-iprefix",
                                                     "-iwithprefix", "-iwithprefixbefore", "-include-pch", "-Xpreprocessor",
                                                     "-isystem-after", "-iframework", "-ivfsoverlay"]

    /// nvcc's `-Werror` takes a list of these.
    static let nvccWarningKinds: Set<String> = [
        "all-warnings", "cross-execution-space-call", "reorder", "default-stream-launch", "missing-launch-bounds",
        "ext-lambda-captures-this", "deprecated-declarations",
    ]

    mutating func read(_ words: [String]) {
        var words = words[...]
        // The compiler, after a launcher (ccache, sccache, distcc, icecc) if there is one.
        guard let first = words.popFirst() else { return }
        var compiler = Self.baseName(first)
        if ["ccache", "sccache", "distcc", "icecc"].contains(compiler), let next = words.popFirst() {
            compiler = Self.baseName(next)
        }
        isNVCC = compiler.hasPrefix("nvcc")
        readOptions(Array(words), depth: 0)
    }

    private static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private mutating func readOptions(_ words: [String], depth: Int) {
        var index = 0
        func next() -> String? {
            index += 1
            return index < words.count ? words[index] : nil
        }
        while index < words.count {
            let word = words[index]
            defer { index += 1 }
            // Response files: @FILE, nvcc's --options-file FILE.
            if word.hasPrefix("@") || word == "--options-file" || word == "-optf" || word.hasPrefix("--options-file=") {
                let name: String?
                if word.hasPrefix("@") {
                    name = String(word.dropFirst())
                } else if let equals = word.firstIndex(of: "=") {
                    name = String(word[word.index(after: equals)...])
                } else {
                    name = next()
                }
                readResponseFile(name, flag: word, depth: depth)
                continue
            }
            if !word.hasPrefix("-") || word == "-" {
                if CompileDatabase.resolve(word, against: directory) != file && word != fileAsWritten {
                    unrecognized.append(word)
                }
                continue
            }
            // Exact spellings first, so that a longer flag is never read as a joined short one
            // (-include-pch is not -include with "-pch").
            if let kind = Self.kept[word] {
                if let value = next() { keep(kind, value, flag: word) } else { unrecognized.append(word) }
                continue
            }
            if isNVCC, word == "-Werror" || word == "--Werror", index + 1 < words.count,
               words[index + 1].split(separator: ",").allSatisfy({ Self.nvccWarningKinds.contains(String($0)) }) {
                index += 1
                continue
            }
            if Self.ignored.contains(word) { continue }
            if Self.ignoredWithValue.contains(word) {
                _ = next()
                continue
            }
            if Self.unrecognizedWithValue.contains(word) {
                unrecognized.append(word + (next().map { " " + $0 } ?? ""))
                continue
            }
            // After '=' (nvcc's -isystem=DIR, --std=c++17; gcc's sysroot meaning of '=' has no
            // sysroot to refer to here), then joined (-DNAME, -I../include, -xcu).
            if let equals = word.firstIndex(of: "=") {
                let name = String(word[..<equals])
                if let kind = Self.kept[name] {
                    keep(kind, String(word[word.index(after: equals)...]), flag: word)
                    continue
                }
                if Self.ignoredWithValue.contains(name) { continue }
            }
            if let prefix = Self.joinedPrefixes.first(where: { word.hasPrefix($0) && word.count > $0.count }) {
                keep(Self.kept[prefix]!, String(word.dropFirst(prefix.count)), flag: word)
                continue
            }
            if Self.ignoredPrefixes.contains(where: { word.hasPrefix($0) }) { continue }
            unrecognized.append(word)
        }
    }

    private mutating func readResponseFile(_ name: String?, flag: String, depth: Int) {
        guard let name, !name.isEmpty, depth < 8 else {
            unrecognized.append(flag)
            return
        }
        let path = CompileDatabase.resolve(name, against: directory)
        guard let data = FileManager.default.contents(atPath: path),
              let words = try? ShellWords.split(String(decoding: data, as: UTF8.self)) else {
            unrecognized.append(flag.hasPrefix("@") ? flag : "\(flag) \(name)")
            return
        }
        readOptions(words, depth: depth + 1)
    }

    private mutating func keep(_ kind: Kept, _ value: String, flag: String) {
        switch kind {
        case .define: macros.append(.define(value))
        case .undefine: macros.append(.undefine(value))
        case let .include(kind): includePaths.append(ParseSettings.IncludePath(kind, CompileDatabase.resolve(value, against: directory)))
        case .forcedInclude:
            let resolved = CompileDatabase.resolve(value, against: directory)
            forcedIncludes.append(value.hasPrefix("/") || FileManager.default.fileExists(atPath: resolved) ? resolved : value)
        case .language:
            switch value {
            case "cu", "cuda": explicitLanguage = .cuda
            case "c", "c-header": explicitLanguage = .c
            case "c++", "c++-header": explicitLanguage = .cxx
            case "none": explicitLanguage = nil
            default: unrecognized.append(flag == "-x" || flag == "--x" ? "\(flag) \(value)" : flag)
            }
        case .standard: standard = value
        }
    }
}
