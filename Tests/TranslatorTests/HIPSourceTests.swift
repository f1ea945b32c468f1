import Foundation
import Reporting
import Testing
import TestSupport
@testable import Translator

/// Code that is already HIP (cu2hip's own output, say) is parsed as HIP, not as CUDA.
@Suite struct HIPSourceTests {
    static let source = """
        #include <hip/hip_runtime.h>
        __global__ void scale(float* x, float a) { x[threadIdx.x] *= a; }
        void run(float* x) {
            hipLaunchKernelGGL(scale, dim3(1), dim3(64), 0, 0, x, 2.0f);
            scale<<<1, 64>>>(x, 2.0f);
            hipDeviceSynchronize();
        }

        """

    /// Where Debian's hipcc installs HIP (Scripts/setup.sh installs it).
    static let installedRoot = "/usr"

    @Test func parsedWithTheInstalledHIPHeaders() throws {
        let options = TranslationOptions(hipPath: Self.installedRoot)
        let (output, report) = try TestSupport.translate(Self.source, fileName: "scale.cu", options: options)
        #expect(output == Self.source)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.findings == [Finding(
            rule: "hip-source", severity: .info, position: SourcePosition(line: 1, column: 10),
            message: "already HIP (includes <hip/hip_runtime.h>): parsed as HIP with the installed HIP headers (--rocm-path /usr)",
            name: "hip/hip_runtime.h")])
    }

    @Test func withoutHIPTranslatedFromTokens() throws {
        let (output, report) = try TestSupport.translate(Self.source, fileName: "scale.cu", options: TranslationOptions(hipPath: nil))
        #expect(output == Self.source)
        #expect(report.diagnostics.isEmpty)
        #expect(report.findings.map(\.message) == [
            "already HIP (includes <hip/hip_runtime.h>): no HIP installation was found, "
                + "so it was translated from its tokens and clang's errors are not reported",
        ])
    }

    @Test func realErrorsInHIPCodeAreReported() throws {
        let broken = "#include <hip/hip_runtime.h>\nvoid run() { hipDeviceSynchronize(; }\n"
        let (_, report) = try TestSupport.translate(broken, fileName: "broken.cpp", options: TranslationOptions(hipPath: Self.installedRoot))
        #expect(report.diagnostics.map(\.message) == ["expected expression", "expected '}'"])
    }
}
