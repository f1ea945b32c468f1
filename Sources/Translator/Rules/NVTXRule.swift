import Clang
import Reporting

/// NVTX ranges and marks become ROCm's roctx (`roctracer/roctx.h`): the ASCII-message calls have
/// one-to-one counterparts. The attribute forms (`nvtxRangePushEx`, colours, payloads, domains)
/// and the wide-character ones have none; they are left as written and reported.
public struct NVTXRule: Rule {
    /// NVTX name → roctx name, from roctx.h (ROCm 6.3-era headers in ../shared/rocm-headers).
    static let renames: [String: String] = [
        "nvtxMarkA": "roctxMarkA",
        "nvtxRangePushA": "roctxRangePushA",
        "nvtxRangePop": "roctxRangePop",
        "nvtxRangeStartA": "roctxRangeStartA",
        "nvtxRangeEnd": "roctxRangeStop",
        "nvtxRangeId_t": "roctx_range_id_t",
    ]
    /// NVTX calls roctx cannot express.
    static let unsupported: Set<String> = [
        "nvtxMarkEx", "nvtxMarkW", "nvtxRangePushEx", "nvtxRangePushW", "nvtxRangeStartEx", "nvtxRangeStartW",
        "nvtxDomainCreateA", "nvtxDomainRangePushEx", "nvtxDomainRangePop", "nvtxDomainMarkEx", "nvtxNameOsThreadA",
    ]

    public static let description = RuleDescription(
        identifier: "nvtx",
        name: "NVTX to roctx",
        summary: "Renames NVTX's ASCII range and mark calls to roctx (roctracer/roctx.h); reports the attribute, wide-character and domain forms, which roctx lacks.",
        corrections: [
            Example("""
            #include <nvToolsExt.h>
            void step() {
                nvtxRangePushA("forward");
                nvtxMarkA("checkpoint");
                nvtxRangeId_t id = nvtxRangeStartA("copy");
                nvtxRangeEnd(id);
                nvtxRangePop();
            }
            """, """
            #include <roctracer/roctx.h>
            void step() {
                roctxRangePushA("forward");
                roctxMarkA("checkpoint");
                roctx_range_id_t id = roctxRangeStartA("copy");
                roctxRangeStop(id);
                roctxRangePop();
            }
            """, fileName: "trace.cpp"),
            Example("""
            #include <nvtx3/nvToolsExt.h>
            void step(const nvtxEventAttributes_t* attributes) { nvtxRangePushEx(attributes); nvtxRangePop(); }
            """, """
            #include <roctracer/roctx.h>
            void step(const nvtxEventAttributes_t* attributes) { nvtxRangePushEx(attributes); roctxRangePop(); }
            """, fileName: "colored.cpp", reports: ["2: 'nvtxRangePushEx' has no roctx counterpart"]),
        ],
        nonTriggering: [
            Example("""
            #include <roctracer/roctx.h>
            void step() { roctxRangePushA("forward"); roctxRangePop(); }
            """, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { Set(renames.keys).union(unsupported) }

    public static func writtenName(for name: String) -> String? { renames[name] }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        for token in context.stream.tokens where token.kind == .identifier {
            if let target = Self.renames[token.spelling] {
                output.references.found += 1
                output.references.converted += 1
                output.edit(token.range, target, rule: identifier)
            } else if Self.unsupported.contains(token.spelling) {
                output.references.found += 1
                output.references.unsupported += 1
                output.report(token.range.start, .warning, rule: identifier,
                              "'\(token.spelling)' has no roctx counterpart (roctx takes only an ASCII message: no attributes, colours, "
                                  + "payloads, domains or wide strings); use roctxRangePushA/roctxMarkA with a message, or remove it",
                              name: token.spelling)
            }
        }
    }
}
