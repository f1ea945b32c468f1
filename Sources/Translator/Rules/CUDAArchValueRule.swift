import Clang
import Reporting

/// `__CUDA_ARCH__` used as a value in code (`banks = __CUDA_ARCH__ >= 200 ? 32 : 16`), not in
/// an `#if`: HIP defines no such macro, so the expression would name an undeclared identifier.
/// AMD GPUs have no compute capability; cu2hip writes `800`, the CUDA feature level whose
/// features the HIP targets offer (32 shared-memory banks, 64-bit and floating-point atomics,
/// warp shuffles, half-precision arithmetic), and marks each site for review. Conditions in
/// `#if` are the preprocessor-condition rule's; a macro body is reported, not rewritten, since
/// it may be expanded in host code where CUDA leaves the macro undefined.
public struct CUDAArchValueRule: Rule {
    static let macro = "__CUDA_ARCH__"
    /// What `__CUDA_ARCH__` reads as in translated code.
    static let value = "800"

    public static let description = RuleDescription(
        identifier: "cuda-arch-value",
        name: "__CUDA_ARCH__ as a value",
        summary: "Writes 800 for __CUDA_ARCH__ used as a value in code (HIP defines no compute capability; 8.0's features are those AMD's GPUs offer) and reports each site; #if conditions are left to the preprocessor-condition rule.",
        corrections: [
            Example("""
            template <int N> struct Buffer {
                enum { BANKS = (__CUDA_ARCH__ >= 200) ? 32 : 16 };
            };
            #define ARCH_VALUE __CUDA_ARCH__
            """, """
            template <int N> struct Buffer {
                enum { BANKS = (800 >= 200) ? 32 : 16 };
            };
            #define ARCH_VALUE __CUDA_ARCH__
            """, fileName: "buffer.cuh", reports: [
                "2: '__CUDA_ARCH__' used as a value: AMD GPUs have no compute capability",
                "4: '__CUDA_ARCH__' in a macro body",
            ]),
        ],
        nonTriggering: [
            Example("""
            #if defined(__HIP_DEVICE_COMPILE__)
            static const int device = 1;
            #endif
            """, fileName: "device.h"),
        ])

    public static var specialNames: Set<String> { [macro] }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && token.spelling == Self.macro {
            guard let directive = token.directive else {
                output.references.found += 1
                output.references.converted += 1
                output.edit(token.range, Self.value, rule: identifier)
                output.report(token.range.start, .warning, rule: identifier,
                              "'__CUDA_ARCH__' used as a value: AMD GPUs have no compute capability; cu2hip wrote \(Self.value) "
                                  + "(CUDA 8.0's features are those AMD's GPUs offer): check the choice this expression makes",
                              name: Self.macro)
                continue
            }
            if stream.directives[directive].name == "define" {
                output.references.found += 1
                output.references.unsupported += 1
                output.report(token.range.start, .warning, rule: identifier,
                              "'__CUDA_ARCH__' in a macro body: HIP does not define it; where the macro is used as a value in "
                                  + "device code, use \(Self.value) (or a value chosen for the AMD target); needs manual work",
                              name: Self.macro)
            }
        }
    }
}
