import Clang
import Mapping
import Reporting

/// `cuGetErrorName(error, &text)` and `cuGetErrorString(error, &text)` for a ROCm without
/// `hipDrvGetErrorName`/`hipDrvGetErrorString` (added in 5.4): the driver API's error type is
/// `hipError_t` in HIP, so the runtime's `hipGetErrorName`/`hipGetErrorString`, which return the
/// text, give the same answer. A call used as a value becomes a comma expression that stores the
/// text and yields `hipSuccess` (`CHECK(cuGetErrorName(...))` still reads as a call that
/// succeeded); a call on its own is just the assignment.
public struct DriverErrorStringRule: Rule {
    /// CUDA driver call → HIP runtime function returning the text.
    static let functions = ["cuGetErrorName": "hipGetErrorName", "cuGetErrorString": "hipGetErrorString"]

    static let rewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: functions.map { cuda, hip in
        (cuda, CallRewrite(cuda: cuda, target: hip, arity: 2, arguments: [],
                           warning: "'\(cuda)' has no HIP form before ROCm 5.4 (hipDrv\(cuda.dropFirst(2))); written with \(hip), which never reports an unknown error code as invalid",
                           expression: { arguments, isStatement in
                               let store = "\(storeTarget(arguments[1])) = \(hip)(\(arguments[0]))"
                               return isStatement ? store : "(\(store), hipSuccess)"
                           }))
    })

    /// `&text` → `text`; any other pointer expression `p` → `*(p)`.
    private static func storeTarget(_ pointer: String) -> String {
        if pointer.hasPrefix("&"), pointer.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), pointer.count > 1 {
            return String(pointer.dropFirst())
        }
        return "*(\(pointer))"
    }

    private static let rocm52 = TranslationOptions(rocmVersion: Version([5, 2]))

    public static let description = RuleDescription(
        identifier: "driver-error-string",
        name: "Driver error strings before ROCm 5.4",
        summary: "For a ROCm before 5.4, rewrites cuGetErrorName/cuGetErrorString(error, &text) to store hipGetErrorName/hipGetErrorString(error) and yield hipSuccess; from 5.4 they are renamed to hipDrvGetErrorName/String.",
        corrections: [
            Example("""
            #include <cuda.h>
            const char* describe(CUresult e, const char** out) {
                const char* name = nullptr;
                cuGetErrorName(e, &name);
                if (cuGetErrorString(e, out) != CUDA_SUCCESS) return name;
                return *out;
            }
            """, """
            #include <hip/hip_runtime.h>
            const char* describe(hipError_t e, const char** out) {
                const char* name = nullptr;
                name = hipGetErrorName(e);
                if ((*(out) = hipGetErrorString(e), hipSuccess) != hipSuccess) return name;
                return *out;
            }
            """, options: rocm52, fileName: "errors.cpp", reports: ["4: 'cuGetErrorName' has no HIP form before ROCm 5.4"]),
            Example("""
            #include <cuda.h>
            void describe(CUresult e, const char** out) { cuGetErrorName(e, out); }
            """, """
            #include <hip/hip_runtime.h>
            void describe(hipError_t e, const char** out) { hipDrvGetErrorName(e, out); }
            """, fileName: "modern.cpp"),
        ],
        nonTriggering: [])

    public static var specialNames: Set<String> { Set(functions.keys) }

    public static func writtenName(for name: String) -> String? { rewrites[name]?.target }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        // Only where the database's target (hipDrvGetError*) is missing from the target ROCm.
        let missing = Self.rewrites.filter { name, _ in
            guard let entry = context.database.entry(for: name) else { return false }
            if case .available = TargetResolver.resolve(entry, rocmVersion: context.options.rocmVersion,
                                                         libraries: context.options.libraries) { return false }
            return true
        }
        guard !missing.isEmpty else { return }
        CallRewriter(rewrites: missing, rule: identifier).apply(context, &output)
    }
}
