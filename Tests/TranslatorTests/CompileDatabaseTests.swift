import Foundation
import Testing
import TestSupport
@testable import Translator

/// A temporary folder holding `build/compile_commands.json` with `json`, and the files named.
private struct Project {
    let root: URL

    init(json: String, files: [String: String] = [:]) throws {
        root = try TestSupport.temporaryDirectory("cu2hip-compile-db")
        for (path, text) in files.merging(["build/compile_commands.json": json], uniquingKeysWith: { $1 }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The root as the database resolves it (symbolic links in the temporary folder resolved).
    var path: String { InputDiscovery.absolute(root.path) }
    var database: String { root.appendingPathComponent("build/compile_commands.json").path }

    func load() throws -> CompileDatabase { try CompileDatabase.load(root.appendingPathComponent("build").path) }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// One entry with `directory` "." (the build folder) and the command `command`.
private func entry(_ file: String, command: String) -> String {
    let escaped = command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return #"{"directory": ".", "file": "\#(file)", "command": "\#(escaped)"}"#
}

@Suite("Compile database: compile_commands.json to parse settings")
struct CompileDatabaseTests {
    @Test("command strings split with the shell's quoting rules")
    func shellWords() throws {
        #expect(try ShellWords.split(#"nvcc  -DA=1 "-DMSG=\"hi there\"" '-DQ=$x y' a\ b.cu"#)
            == ["nvcc", "-DA=1", #"-DMSG="hi there""#, "-DQ=$x y", "a b.cu"])
        #expect(try ShellWords.split(#"x "a\\b" "c\d" e"" '' \"#) == ["x", #"a\b"#, #"c\d"#, "e", "", "\\"])
        #expect(try ShellWords.split("a\\\nb\tc\r\nd") == ["ab", "c", "d"])
        #expect(throws: ShellWords.UnterminatedQuote(quote: "\"")) { try ShellWords.split(#"cc "-DX"#) }
        #expect(throws: ShellWords.UnterminatedQuote(quote: "'")) { try ShellWords.split("cc '-DX") }
    }

    @Test("nvcc's command from CMake: macros, include paths, language and standard kept; the rest dropped")
    func nvccCommand() throws {
        let project = try Project(json: "[" + entry("../src/a.cu", command: """
            /usr/local/cuda/bin/nvcc -forward-unknown-to-host-compiler -DBLOCK=256 -D USE_FAST -UOLD \
            --define-macro=LONG=1 -I../include -I ../third/inc -isystem=/opt/sys -isystem /opt/sys2 -iquote ../q \
            -idirafter ../late --include-path=../long -include ../include/pre.h --pre-include=forced.h \
            -O3 -DNDEBUG --generate-code=arch=compute_70,code=[compute_70,sm_70] -gencode arch=compute_80,code=sm_80 \
            -Xcompiler=-fPIC -Xcompiler -Wall,-Wextra -Xptxas -v --expt-relaxed-constexpr --expt-extended-lambda \
            -rdc=true -lineinfo -G -g --use_fast_math -ccbin /usr/bin/g++-12 --default-stream per-thread \
            -maxrregcount=64 -arch=sm_90 -Werror all-warnings -MD -MT a.o -MF a.d -std=c++14 -x cu -c ../src/a.cu \
            -o CMakeFiles/a.dir/src/a.cu.o
            """) + "]", files: ["include/pre.h": ""])
        defer { project.remove() }
        let database = try project.load()
        let settings = try #require(database.settings(for: project.path + "/src/a.cu"))
        let root = project.path
        #expect(settings == ParseSettings(
            language: .cuda, standard: "c++14",
            includePaths: [
                .init(.angled, root + "/include"), .init(.angled, root + "/third/inc"), .init(.system, "/opt/sys"),
                .init(.system, "/opt/sys2"), .init(.quote, root + "/q"), .init(.after, root + "/late"), .init(.angled, root + "/long"),
            ],
            macros: [.define("BLOCK=256"), .define("USE_FAST"), .undefine("OLD"), .define("LONG=1"), .define("NDEBUG")],
            forcedIncludes: [root + "/include/pre.h", "forced.h"]))
        #expect(database.unrecognizedFlags == [:])
        #expect(database.problems == [])
        #expect(database.notes(name: "db.json") == [])
    }

    @Test("arguments arrays, relative directories, launchers, the language from -x or the extension; C and pre-C++11 standards ignored")
    func languages() throws {
        let json = """
            [
            {"directory": "../sub", "file": "x.cpp", "arguments": ["ccache", "nvcc", "-x", "cu", "-c", "x.cpp"]},
            {"directory": ".", "file": "../y.cu", "arguments": ["clang++", "-xc++", "-std=gnu++17", "../y.cu"]},
            {"directory": ".", "file": "../z.c", "arguments": ["gcc", "-std=c99", "-c", "../z.c"]},
            {"directory": ".", "file": "../w.cpp", "arguments": ["g++", "-std=c11", "-c", "../w.cpp"]},
            {"directory": ".", "file": "../old.cpp", "arguments": ["g++", "-std=c++03", "-c", "../old.cpp"]},
            {"directory": ".", "file": "../v.cu", "arguments": ["nvcc", "-c", "../v.cu"]},
            {"directory": ".", "file": "../v.cu", "arguments": ["nvcc", "-DSECOND", "-c", "../v.cu"]}
            ]
            """
        let project = try Project(json: json)
        defer { project.remove() }
        let database = try project.load()
        let root = project.path
        #expect(database.settings(for: root + "/sub/x.cpp") == ParseSettings(language: .cuda))
        #expect(database.settings(for: root + "/y.cu") == ParseSettings(language: .cxx, standard: "gnu++17"))
        #expect(database.settings(for: root + "/z.c") == ParseSettings(language: .c))
        #expect(database.settings(for: root + "/w.cpp") == ParseSettings(language: .cxx))
        #expect(database.settings(for: root + "/old.cpp") == ParseSettings(language: .cxx))
        // The first entry for a file wins.
        #expect(database.settings(for: root + "/v.cu") == ParseSettings(language: .cuda))
        #expect(database.settings(for: root + "/build/v.cu") == nil)
        #expect(database.settingsByFile.count == 6)
    }

    @Test("flags not understood are counted per entry and named once in a note; unusable entries too")
    func unrecognized() throws {
        let json = """
            [
            {"directory": ".", "file": "../a.cu", "arguments": ["nvcc", "--frobnicate", "-imacros", "m.h", "-include-pch", "x.pch", "stray.o", "-x", "hip", "-c", "../a.cu"]},
            {"directory": ".", "file": "../b.cu", "command": "nvcc --frobnicate --frobnicate @missing.rsp -c ../b.cu"},
            {"directory": ".", "file": "../c.cu", "command": "nvcc '-DX -c ../c.cu"},
            {"directory": ".", "arguments": ["nvcc", "-c", "d.cu"]},
            {"directory": ".", "file": "../e.cu"},
            3
            ]
            """
        let project = try Project(json: json)
        defer { project.remove() }
        let database = try project.load()
        #expect(database.unrecognizedFlags == ["--frobnicate": 2, "-imacros m.h": 1, "-include-pch x.pch": 1, "stray.o": 1, "-x hip": 1,
                                                "@missing.rsp": 1])
        #expect(database.settings(for: project.path + "/a.cu") == ParseSettings(language: .cuda))
        #expect(database.notes(name: "build/compile_commands.json") == [
            "compile database build/compile_commands.json: 4 entries not used: entry 3 (../c.cu): 'command' has an unterminated single quote; "
                + "entry 4: no 'file'; entry 5 (../e.cu): neither 'arguments' nor 'command'; entry 6: not a JSON object",
            "compile database build/compile_commands.json: flags not understood, not passed to clang: "
                + "--frobnicate (2 entries), -imacros m.h (1 entry), -include-pch x.pch (1 entry), -x hip (1 entry), @missing.rsp (1 entry), "
                + "stray.o (1 entry)",
        ])
    }

    @Test("response files (@FILE, --options-file) are read relative to the directory")
    func responseFiles() throws {
        let json = """
            [{"directory": ".", "file": "../a.cu", "command": "nvcc @flags.rsp --options-file includes.rsp -c ../a.cu"}]
            """
        let project = try Project(json: json, files: ["build/flags.rsp": "-DFROM_RSP \"-DQUOTED=a b\"\n", "build/includes.rsp": "-I../inc\n"])
        defer { project.remove() }
        let database = try project.load()
        #expect(database.settings(for: project.path + "/a.cu")
            == ParseSettings(language: .cuda, includePaths: [.init(.angled, project.path + "/inc")],
                             macros: [.define("FROM_RSP"), .define("QUOTED=a b")]))
        #expect(database.unrecognizedFlags == [:])
    }

    @Test("a CUDA toolkit's include folder is left out, and said so")
    func toolkitIncludes() throws {
        let json = #"[{"directory": ".", "file": "../a.cu", "arguments": ["nvcc", "-I../cuda/include", "-I../inc", "-c", "../a.cu"]}]"#
        let project = try Project(json: json, files: ["cuda/include/cuda_runtime_api.h": "", "inc/x.h": ""])
        defer { project.remove() }
        let database = try project.load()
        #expect(database.settings(for: project.path + "/a.cu")?.includePaths == [.init(.angled, project.path + "/inc")])
        #expect(database.notes(name: "db") == [
            "compile database db: CUDA toolkit include folders not passed to clang (cu2hip parses with its own CUDA declarations): \(project.path)/cuda/include",
        ])
    }

    @Test("load: the file or its folder; a missing file, bad JSON or a non-array is an error")
    func loadErrors() throws {
        let project = try Project(json: "{}")
        defer { project.remove() }
        #expect(throws: CompileDatabase.LoadError(description: "\(project.database): not a JSON array of compile commands")) {
            try CompileDatabase.load(project.database)
        }
        try Data("[".utf8).write(to: URL(fileURLWithPath: project.database))
        #expect(throws: CompileDatabase.LoadError(description: "\(project.database): not valid JSON")) {
            try CompileDatabase.load(project.root.appendingPathComponent("build").path)
        }
        let missing = project.root.appendingPathComponent("nowhere").path
        #expect(throws: CompileDatabase.LoadError(description: "\(missing): no such file or directory")) { try CompileDatabase.load(missing) }
        #expect(throws: CompileDatabase.LoadError(description: "\(project.root.path): no compile_commands.json in this folder")) {
            try CompileDatabase.load(project.root.path)
        }
    }

    // MARK: - Arguments for clang

    static let base = ["-x", "cuda", "--cuda-host-only", "-nocudainc", "-nocudalib", "--cuda-path=/__cu2hip__/cuda"]
    static let nvccMacros = ["-D__CUDACC__", "-D__NVCC__", "-D__CUDACC_VER_MAJOR__=12", "-D__CUDACC_VER_MINOR__=4",
                             "-D__CUDACC_VER_BUILD__=131", "-D__CUDA_API_VER_MAJOR__=12", "-D__CUDA_API_VER_MINOR__=4"]
    static let system = ["-isystem", "/__cu2hip__/cuda/include"]

    static func options(_ settings: [String: ParseSettings], defines: [String] = []) throws -> TranslationOptions {
        var database = try CompileDatabase(json: Data("[]".utf8), path: "/db/compile_commands.json")
        database.settingsByFile = settings
        return TranslationOptions(defines: defines, compileDatabase: database)
    }

    @Test("a listed file: its include paths first, its macros before --define's, forced includes after the runtime; the precompiled runtime kept")
    func argumentsForListedFile() throws {
        let settings = ParseSettings(language: .cuda, includePaths: [.init(.quote, "/p/q"), .init(.system, "/p/s")],
                                     macros: [.define("A=1"), .undefine("B")], forcedIncludes: ["/p/pre.h"])
        let options = try Self.options(["/p/a.cu": settings], defines: ["C"])
        #expect(ParseSetup.arguments(for: "/p/a.cu", options: options, includeDirectories: ["/p"], precompiledRuntime: "/tmp/r.pch")
            == Self.base + ["-std=c++17"] + Self.system + Self.nvccMacros + ["-include-pch", "/tmp/r.pch",
               "-iquote", "/p/q", "-isystem", "/p/s", "-I", "/p", "-D", "A=1", "-U", "B", "-D", "C", "-include", "/p/pre.h",
               "-w", "-ferror-limit=0"])
    }

    @Test("another standard, or a macro the precompiled runtime defines, parses the runtime in full")
    func precompiledRuntimeRefused() throws {
        let options = try Self.options([
            "/p/std.cu": ParseSettings(language: .cuda, standard: "c++14"),
            "/p/undef.cu": ParseSettings(language: .cuda, macros: [.undefine("__CUDACC__")]),
            "/p/redefine.cu": ParseSettings(language: .cuda, macros: [.define("C=2")]),
        ], defines: ["C=1"])
        #expect(ParseSetup.arguments(for: "/p/std.cu", options: options, includeDirectories: [], precompiledRuntime: "/r.pch")
            == Self.base + ["-std=c++14"] + Self.system + Self.nvccMacros + ["-include", "cuda_runtime.h", "-D", "C=1", "-w", "-ferror-limit=0"])
        #expect(ParseSetup.arguments(for: "/p/undef.cu", options: options, includeDirectories: [], precompiledRuntime: "/r.pch")
            == Self.base + ["-std=c++17"] + Self.system + Self.nvccMacros
               + ["-include", "cuda_runtime.h", "-U", "__CUDACC__", "-D", "C=1", "-w", "-ferror-limit=0"])
        #expect(ParseSetup.arguments(for: "/p/redefine.cu", options: options, includeDirectories: [], precompiledRuntime: "/r.pch")
            == Self.base + ["-std=c++17"] + Self.system + Self.nvccMacros
               + ["-include", "cuda_runtime.h", "-D", "C=2", "-D", "C=1", "-w", "-ferror-limit=0"])
    }

    @Test("the database's language decides: a .cpp compiled as CUDA gets nvcc's macros, a .cu compiled as C++ does not; unlisted files keep the defaults")
    func argumentsFollowTheLanguage() throws {
        let options = try Self.options(["/p/host.cu": ParseSettings(language: .cxx, standard: "c++20"),
                                        "/p/device.cpp": ParseSettings(language: .cuda)])
        #expect(ParseSetup.arguments(for: "/p/host.cu", options: options, includeDirectories: [])
            == Self.base + ["-std=c++20"] + Self.system + ["-w", "-ferror-limit=0"])
        #expect(ParseSetup.arguments(for: "/p/device.cpp", options: options, includeDirectories: [])
            == Self.base + ["-std=c++17"] + Self.system + Self.nvccMacros + ["-include", "cuda_runtime.h", "-w", "-ferror-limit=0"])
        #expect(ParseSetup.arguments(for: "/p/other.cu", options: options, includeDirectories: [], precompiledRuntime: "/r.pch")
            == Self.base + ["-std=c++17"] + Self.system + Self.nvccMacros + ["-include-pch", "/r.pch", "-w", "-ferror-limit=0"])
        #expect(ParseSetup.compilesAsCUDA("/p/device.cpp", options: options))
        #expect(!ParseSetup.compilesAsCUDA("/p/host.cu", options: options))
        #expect(ParseSetup.compilesAsCUDA("/p/other.cu", options: options))
        #expect(!ParseSetup.compilesAsCUDA("/p/other.cpp", options: TranslationOptions()))
    }

    @Test("the info finding for a source the database does not list")
    func unlistedFinding() throws {
        let options = try Self.options(["/p/a.cu": ParseSettings(language: .cuda)])
        #expect(ParseSetup.compileDatabaseFinding(forSource: "/p/a.cu", options: options) == nil)
        #expect(ParseSetup.compileDatabaseFinding(forSource: "/p/a.cu", options: TranslationOptions()) == nil)
        let finding = try #require(ParseSetup.compileDatabaseFinding(forSource: "/p/b.cu", options: options))
        #expect("\(finding.rule) \(finding.severity) \(finding.line):\(finding.column) \(finding.message)"
            == "compile-database info 0:0 not in the compile database; parsed with cu2hip's default flags")
    }

    // MARK: - Through the translator

    @Test("the database's macros, include paths and language reach the parse; headers get their includer's")
    func translation() throws {
        let json = """
            [
            {"directory": ".", "file": "../src/main.cu", "command": "nvcc -DPACKED -I../include -c ../src/main.cu"},
            {"directory": ".", "file": "../src/host.cpp", "command": "nvcc -x cu -c ../src/host.cpp"}
            ]
            """
        let header = """
            #include <cuda_fp16.h>
            #ifdef PACKED
            __device__ inline float low(__half2 h) { return __half2float(h.x); }
            #endif

            """
        let project = try Project(json: json, files: [
            "include/pack.cuh": header,
            "src/main.cu": "#include <pack.cuh>\n",
            "src/host.cpp": "#include <cuda_fp16.h>\n#ifdef __CUDACC__\n__device__ inline float low2(__half2 h) { return __half2float(h.y); }\n#endif\n",
        ])
        defer { project.remove() }
        let discovery = InputDiscovery.discover([project.root.path])
        func outputs(_ options: TranslationOptions) -> [String: String] {
            let results = ProjectTranslator(options: options, jobs: 1).translate(discovery.files, root: discovery.root)
            return Dictionary(uniqueKeysWithValues: results.map {
                ($0.input.relativePath, "\($0.report.translatedWith ?? "-") \($0.report.diagnostics.count)\n" + String(decoding: $0.output ?? [], as: UTF8.self))
            })
        }
        let with = outputs(TranslationOptions(compileDatabase: try project.load()))
        #expect(with["include/pack.cuh"] == """
            src/main.cu 0
            #include <hip/hip_runtime.h>
            #include <hip/hip_fp16.h>
            #ifdef PACKED
            __device__ inline float low(__half2 h) { return __half2float(reinterpret_cast<__half&>(h.x)); }
            #endif

            """)
        #expect(with["src/host.cpp"] == """
            - 0
            #include <hip/hip_runtime.h>
            #include <hip/hip_fp16.h>
            #ifdef __HIPCC__
            __device__ inline float low2(__half2 h) { return __half2float(reinterpret_cast<__half&>(h.y)); }
            #endif

            """)
        // Without the database: <pack.cuh> is found in the tree, but PACKED and __CUDACC__ are not
        // defined, so those branches are translated from their tokens: no cast.
        let without = outputs(TranslationOptions())
        #expect(without["include/pack.cuh"] == """
            src/main.cu 0
            #include <hip/hip_runtime.h>
            #include <hip/hip_fp16.h>
            #ifdef PACKED
            __device__ inline float low(__half2 h) { return __half2float(h.x); }
            #endif

            """)
        #expect(without["src/host.cpp"] == """
            - 0
            #include <hip/hip_runtime.h>
            #include <hip/hip_fp16.h>
            #ifdef __HIPCC__
            __device__ inline float low2(__half2 h) { return __half2float(h.y); }
            #endif

            """)
    }
}
