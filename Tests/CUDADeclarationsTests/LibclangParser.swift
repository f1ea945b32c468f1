import CUDADeclarations
import Foundation

/// Parses sources with libclang, the library cu2hip itself parses with, handing it the embedded
/// headers as unsaved files exactly as cu2hip does.
///
/// This test target may not use the project's `Clang` wrapper, and Debian's libclang-dev installs
/// no clang executable, so libclang is driven through a small python3 `ctypes` helper (python3 is
/// also what the staleness check needs). Nothing beyond libclang-dev and python3 is required.
enum LibclangParser {
    /// One translation unit to parse.
    struct Job: Encodable {
        /// Label used in failure messages.
        var name: String
        /// Virtual path of the main file (not on disk; libclang gets it as an unsaved file).
        var path: String
        var source: String
        var arguments: [String]
    }

    struct Diagnostic: Decodable, CustomStringConvertible {
        /// libclang's CXDiagnosticSeverity: 1 note, 2 warning, 3 error, 4 fatal.
        var severity: Int
        var text: String
        var description: String { text }
    }

    struct Outcome: Decodable {
        var name: String
        /// Set when libclang could not produce a translation unit at all.
        var failure: String?
        var diagnostics: [Diagnostic]

        /// Warnings, errors and fatal errors (notes are attached to those).
        var problems: [Diagnostic] { diagnostics.filter { $0.severity >= 2 } }
        var errors: [Diagnostic] { diagnostics.filter { $0.severity >= 3 } }

        /// A readable account of what went wrong, for `Issue.record`.
        var report: String {
            if let failure { return "\(name): libclang failed: \(failure)" }
            return "\(name): \(problems.count) diagnostic(s):\n" + diagnostics.map { "  \($0.text)" }.joined(separator: "\n")
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case noLibclang(String)
        case helperFailed(Int32, String)

        var description: String {
            switch self {
            case .noLibclang(let searched): return "libclang not found (looked for \(searched)); install libclang-dev"
            case .helperFailed(let status, let output): return "libclang helper exited with \(status):\n\(output)"
            }
        }
    }

    /// The directory that holds test main files; distinct from the virtual CUDA root.
    static let sourceDirectory = "/__cu2hip_test__"

    /// The LLVM installation whose libclang is used: `CU2HIP_LLVM_PREFIX` (as in Package.swift) or
    /// Debian 12's LLVM 14.
    static var llvmPrefix: String {
        ProcessInfo.processInfo.environment["CU2HIP_LLVM_PREFIX"] ?? "/usr/lib/llvm-14"
    }

    static var libclangCandidates: [String] {
        ["libclang.so.1", "libclang.so", "libclang.dylib"].map { llvmPrefix + "/lib/" + $0 }
    }

    static var libclangPath: String? {
        libclangCandidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// A job for `source` saved as `fileName`, parsed with `CUDADeclarations.parseArguments`.
    static func job(_ name: String, fileName: String, source: String, forCUDASource: Bool,
                    extraArguments: [String] = []) -> Job {
        Job(name: name, path: sourceDirectory + "/" + fileName, source: source,
            arguments: CUDADeclarations.parseArguments(forCUDASource: forCUDASource) + extraArguments)
    }

    /// Parses each job (in one helper process) and returns the outcomes in job order.
    static func parse(_ jobs: [Job]) throws -> [Outcome] {
        guard let libclang = libclangPath else {
            throw Failure.noLibclang(libclangCandidates.joined(separator: ", "))
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cu2hip-cudadecl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        struct Request: Encodable {
            var libclang: String
            var headers: [[String]]
            var jobs: [Job]
        }
        let request = Request(
            libclang: libclang,
            headers: CUDADeclarations.unsavedFiles.map { [$0.path, $0.contents] },
            jobs: jobs)
        let script = directory.appendingPathComponent("parse.py")
        let requestFile = directory.appendingPathComponent("request.json")
        let resultFile = directory.appendingPathComponent("result.json")
        try Data(helperScript.utf8).write(to: script)
        try JSONEncoder().encode(request).write(to: requestFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, requestFile.path, resultFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.helperFailed(process.terminationStatus, text)
        }
        struct Response: Decodable { var results: [Outcome] }
        return try JSONDecoder().decode(Response.self, from: Data(contentsOf: resultFile)).results
    }

    /// Parses one job.
    static func parse(_ job: Job) throws -> Outcome {
        try parse([job])[0]
    }

    /// The python3 helper: loads libclang with ctypes and parses each job with the headers and the
    /// job's main file as unsaved files, then writes every diagnostic as JSON.
    static let helperScript = #"""
    import ctypes
    import json
    import sys
    from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_uint, c_ulong, c_void_p

    request_path, result_path = sys.argv[1], sys.argv[2]
    with open(request_path, encoding="utf-8") as handle:
        request = json.load(handle)

    lib = ctypes.CDLL(request["libclang"])

    class CXUnsavedFile(Structure):
        _fields_ = [("Filename", c_char_p), ("Contents", c_char_p), ("Length", c_ulong)]

    class CXString(Structure):
        _fields_ = [("data", c_void_p), ("private_flags", c_uint)]

    def declare(name, restype, argtypes):
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
        return function

    createIndex = declare("clang_createIndex", c_void_p, [c_int, c_int])
    disposeIndex = declare("clang_disposeIndex", None, [c_void_p])
    parseTU = declare("clang_parseTranslationUnit2", c_int,
                      [c_void_p, c_char_p, POINTER(c_char_p), c_int, POINTER(CXUnsavedFile), c_uint, c_uint,
                       POINTER(c_void_p)])
    disposeTU = declare("clang_disposeTranslationUnit", None, [c_void_p])
    numDiagnostics = declare("clang_getNumDiagnostics", c_uint, [c_void_p])
    getDiagnostic = declare("clang_getDiagnostic", c_void_p, [c_void_p, c_uint])
    disposeDiagnostic = declare("clang_disposeDiagnostic", None, [c_void_p])
    severityOf = declare("clang_getDiagnosticSeverity", c_int, [c_void_p])
    childDiagnostics = declare("clang_getChildDiagnostics", c_void_p, [c_void_p])
    numInSet = declare("clang_getNumDiagnosticsInSet", c_uint, [c_void_p])
    diagnosticInSet = declare("clang_getDiagnosticInSet", c_void_p, [c_void_p, c_uint])
    defaultOptions = declare("clang_defaultDiagnosticDisplayOptions", c_uint, [])
    formatDiagnostic = declare("clang_formatDiagnostic", CXString, [c_void_p, c_uint])
    getCString = declare("clang_getCString", c_char_p, [CXString])
    disposeString = declare("clang_disposeString", None, [CXString])

    def text_of(diagnostic):
        string = formatDiagnostic(diagnostic, defaultOptions())
        value = getCString(string)
        disposeString(string)
        return (value or b"").decode("utf-8", "replace")

    headers = [(path.encode("utf-8"), contents.encode("utf-8")) for path, contents in request["headers"]]
    results = []
    index = createIndex(0, 0)
    for job in request["jobs"]:
        files = headers + [(job["path"].encode("utf-8"), job["source"].encode("utf-8"))]
        unsaved = (CXUnsavedFile * len(files))()
        for position, (path, contents) in enumerate(files):
            unsaved[position].Filename = path
            unsaved[position].Contents = contents
            unsaved[position].Length = len(contents)
        arguments = [argument.encode("utf-8") for argument in job["arguments"]]
        argv = (c_char_p * len(arguments))(*arguments)
        unit = c_void_p()
        status = parseTU(index, job["path"].encode("utf-8"), argv, len(arguments), unsaved, len(files), 0,
                         byref(unit))
        if status != 0 or not unit:
            results.append({"name": job["name"], "failure": "CXErrorCode %d" % status, "diagnostics": []})
            continue
        diagnostics = []
        for position in range(numDiagnostics(unit)):
            diagnostic = getDiagnostic(unit, position)
            text = text_of(diagnostic)
            children = childDiagnostics(diagnostic)
            for child in range(numInSet(children) if children else 0):
                text += "\n      " + text_of(diagnosticInSet(children, child))
            diagnostics.append({"severity": severityOf(diagnostic), "text": text})
            disposeDiagnostic(diagnostic)
        disposeTU(unit)
        results.append({"name": job["name"], "failure": None, "diagnostics": diagnostics})
    disposeIndex(index)

    with open(result_path, "w", encoding="utf-8") as handle:
        json.dump({"results": results}, handle)
    """#
}
