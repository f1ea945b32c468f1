import Foundation
import Reporting
import Testing
import TestSupport
@testable import Translator

@Suite struct ProjectIncludeSearchTests {
    let search = ProjectIncludeSearch(root: "/p", relativePaths: [
        "Common/helper_cuda.h", "Common/GL/glew.h", "samples/a/main.cu", "samples/a/local.h",
        "samples/b/dup.h", "samples/c/dup.h", "samples/a/inner/dup.h", "top.h",
    ])

    @Test func uniqueMatchByBareName() {
        #expect(search.resolve("helper_cuda.h", includer: "/p/samples/a/main.cu")
            == .found(directory: "/p/Common", file: "Common/helper_cuda.h"))
    }

    @Test func pathSuffixGivesTheFolderAboveIt() {
        #expect(search.resolve("GL/glew.h", includer: "/p/samples/a/main.cu")
            == .found(directory: "/p/Common", file: "Common/GL/glew.h"))
        #expect(search.resolve("./GL/glew.h", includer: "/p/samples/a/main.cu")
            == .found(directory: "/p/Common", file: "Common/GL/glew.h"))
    }

    @Test func fileAtTheRootGivesTheRoot() {
        #expect(search.resolve("top.h", includer: "/p/samples/a/main.cu") == .found(directory: "/p", file: "top.h"))
    }

    @Test func nearestFolderDecidesBeforeWideningToAmbiguity() {
        // samples/a's subtree holds one dup.h: the two in samples/b and samples/c are farther away.
        #expect(search.resolve("dup.h", includer: "/p/samples/a/main.cu")
            == .found(directory: "/p/samples/a/inner", file: "samples/a/inner/dup.h"))
    }

    @Test func twoMatchesAtTheSameDistanceAreAmbiguous() {
        #expect(search.resolve("dup.h", includer: "/p/samples/d.cu")
            == .ambiguous(["samples/a/inner/dup.h", "samples/b/dup.h", "samples/c/dup.h"]))
        #expect(search.resolve("dup.h", includer: "/p/main.cu")
            == .ambiguous(["samples/a/inner/dup.h", "samples/b/dup.h", "samples/c/dup.h"]))
    }

    @Test func namesOutsideTheTreeOrEscapingItAreNotFound() {
        #expect(search.resolve("omp.h", includer: "/p/samples/a/main.cu") == .notFound)
        #expect(search.resolve("../Common/helper_cuda.h", includer: "/p/samples/a/main.cu") == .notFound)
        #expect(search.resolve("/usr/include/helper_cuda.h", includer: "/p/samples/a/main.cu") == .notFound)
        // A suffix must match whole path components.
        #expect(search.resolve("L/glew.h", includer: "/p/samples/a/main.cu") == .notFound)
    }

    @Test func readsTheHeaderFromClangsMessage() {
        #expect(ProjectIncludeSearch.missingHeader(inDiagnostic: "'helper_cuda.h' file not found") == "helper_cuda.h")
        #expect(ProjectIncludeSearch.missingHeader(
            inDiagnostic: "'GL/glew.h' file not found with <angled> include; use \"quotes\" instead") == "GL/glew.h")
        #expect(ProjectIncludeSearch.missingHeader(inDiagnostic: "use of undeclared identifier 'x'") == nil)
        #expect(ProjectIncludeSearch.missingHeader(inDiagnostic: "'' file not found") == nil)
    }

    @Test func findingsSayWhatWasDone() {
        let site = LocatedInclude.Site(includer: "/p/samples/a/main.cu", line: 3, column: 10)
        let found = LocatedInclude(site: site, header: "helper_cuda.h",
                                   resolution: .found(directory: "/p/Common", file: "Common/helper_cuda.h"))
        #expect(found.finding(root: "/p") == Finding(
            rule: "include-search", severity: .info, position: SourcePosition(line: 3, column: 10),
            message: "'helper_cuda.h' is not beside this file nor on the include path; parsed with -I Common "
                + "(the input tree's Common/helper_cuda.h): the build needs the same -I", name: "helper_cuda.h"))
        let ambiguous = LocatedInclude(site: site, header: "dup.h", resolution: .ambiguous(["b/dup.h", "c/dup.h"]))
        #expect(ambiguous.finding(root: "/p") == Finding(
            rule: "include-search", severity: .warning, position: SourcePosition(line: 3, column: 10),
            message: "'dup.h' is not on the include path and the input tree has 2 files it could be (b/dup.h, c/dup.h): "
                + "not guessed; pass -I for the right one", name: "dup.h"))
        let missing = LocatedInclude(site: site, header: "omp.h", resolution: .notFound)
        #expect(missing.finding(root: "/p").severity == .warning)
        #expect(missing.finding(root: "/p").message == "'omp.h' not found, neither on the include path nor in the input tree: "
            + "code that depends on it was translated from tokens only; pass -I")
    }
}

/// The whole pipeline: a bare-name include of a helper in another folder parses cleanly.
@Suite struct ProjectIncludeSearchTranslationTests {
    @Test func helperInAnotherFolderIsFoundAndReported() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "common/helper_x.h": "#pragma once\n#include <cuda_runtime.h>\ninline void check(cudaError_t e) { (void)e; }\n",
            "app/main.cu": "#include \"helper_x.h\"\n__global__ void k(float *p) { p[0] = 1; }\n"
                + "int main() { float *d; check(cudaMalloc(&d, 4)); k<<<1, 1>>>(d); return 0; }\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let discovery = InputDiscovery.discover([root.path])
        let results = ProjectTranslator(options: TranslationOptions(), database: .builtIn, jobs: 1)
            .translate(discovery.files, root: discovery.root)
        let main = try #require(results.first { $0.input.relativePath == "app/main.cu" })
        let helper = try #require(results.first { $0.input.relativePath == "common/helper_x.h" })
        #expect(main.report.diagnostics.isEmpty)
        #expect(main.report.findings.filter { $0.rule == "include-search" } == [Finding(
            rule: "include-search", severity: .info, position: SourcePosition(line: 1, column: 10),
            message: "'helper_x.h' is not beside this file nor on the include path; parsed with -I common "
                + "(the input tree's common/helper_x.h): the build needs the same -I", name: "helper_x.h")])
        #expect(String(decoding: try #require(helper.output), as: UTF8.self)
            == "#pragma once\n#include <hip/hip_runtime.h>\ninline void check(hipError_t e) { (void)e; }\n")
        #expect(helper.report.translatedWith == "app/main.cu")
    }
}
