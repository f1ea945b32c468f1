import Clang
import Reporting

/// cuDNN's algorithm selection, made MIOpen's: MIOpen runs a convolution only with an algorithm
/// its Find call returned for the same descriptors, so every cuDNN query becomes a Find.
/// - The `...AlgorithmEx` queries have their buffers and workspace at hand: they become MIOpen's
///   Find call with MIOpen's argument order.
/// - The queries without buffers (`cudnnGetConvolution*Algorithm_v7`, `cudnnFindConvolution*Algorithm`)
///   call cu2hip's support header (`cu2hip/miopen_support.h`), which allocates scratch buffers of
///   the descriptors' sizes, runs Find and frees them.
/// - The perf-struct fields follow: `.algo` becomes the field of the query's direction, `.status`
///   is `miopenStatusSuccess` (Find returns only algorithms that ran; a comparison of it with
///   success is `true`), `.time` and `.memory` keep
///   their names; `.determinism` and `.mathType` have no MIOpen counterpart and are reported.
public struct CuDNNFindRule: Rule {
    /// The `...Ex` queries: (handle, in, in data, other, other data, conv, out, out data, requested,
    /// returned, results, workspace, size) with the two inputs in MIOpen's order, plus `exhaustiveSearch`.
    static let exRewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: [
        CallRewrite(cuda: "cudnnFindConvolutionForwardAlgorithmEx", target: "miopenFindConvolutionForwardAlgorithm", arity: 13,
                    arguments: (0..<13).map { .argument($0) } + [.text("false")]),
        // (h, wDesc, w, dyDesc, dy, ...) → (h, dyDesc, dy, wDesc, w, ...)
        CallRewrite(cuda: "cudnnFindConvolutionBackwardDataAlgorithmEx", target: "miopenFindConvolutionBackwardDataAlgorithm", arity: 13,
                    arguments: [0, 3, 4, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12].map { .argument($0) } + [.text("false")]),
        // (h, xDesc, x, dyDesc, dy, ...) → (h, dyDesc, dy, xDesc, x, ...)
        CallRewrite(cuda: "cudnnFindConvolutionBackwardFilterAlgorithmEx", target: "miopenFindConvolutionBackwardWeightsAlgorithm", arity: 13,
                    arguments: [0, 3, 4, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12].map { .argument($0) } + [.text("false")]),
    ].map { ($0.cuda, $0) })

    /// Perf struct (typedef and tag) → MIOpen's field for `.algo`.
    static let algorithmFields: [String: String] = [
        "cudnnConvolutionFwdAlgoPerf_t": "fwd_algo", "cudnnConvolutionFwdAlgoPerfStruct": "fwd_algo",
        "cudnnConvolutionBwdDataAlgoPerf_t": "bwd_data_algo", "cudnnConvolutionBwdDataAlgoPerfStruct": "bwd_data_algo",
        "cudnnConvolutionBwdFilterAlgoPerf_t": "bwd_weights_algo", "cudnnConvolutionBwdFilterAlgoPerfStruct": "bwd_weights_algo",
    ]

    /// The queries that select an algorithm for each convolution call: a file that calls one of
    /// them has done what MIOpen needs before that convolution.
    static let queries: [String: Set<String>] = [
        "cudnnConvolutionForward": ["cudnnGetConvolutionForwardAlgorithm_v7", "cudnnFindConvolutionForwardAlgorithm",
                                    "cudnnFindConvolutionForwardAlgorithmEx"],
        "cudnnConvolutionBackwardData": ["cudnnGetConvolutionBackwardDataAlgorithm_v7", "cudnnFindConvolutionBackwardDataAlgorithm",
                                         "cudnnFindConvolutionBackwardDataAlgorithmEx"],
        "cudnnConvolutionBackwardFilter": ["cudnnGetConvolutionBackwardFilterAlgorithm_v7", "cudnnFindConvolutionBackwardFilterAlgorithm",
                                           "cudnnFindConvolutionBackwardFilterAlgorithmEx"],
    ]

    public static let description = RuleDescription(
        identifier: "cudnn-find",
        name: "cuDNN algorithm selection to MIOpen's Find",
        summary: "Turns cuDNN's convolution algorithm queries into MIOpen Find calls (through cu2hip/miopen_support.h where the query has no buffers), and the perf-struct fields into MIOpen's.",
        corrections: [
            Example("""
            #include <cudnn.h>
            cudnnConvolutionFwdAlgo_t pick(cudnnHandle_t h, cudnnTensorDescriptor_t x, cudnnFilterDescriptor_t w,
                                           cudnnConvolutionDescriptor_t c, cudnnTensorDescriptor_t y) {
                cudnnConvolutionFwdAlgoPerf_t perf[CUDNN_CONVOLUTION_FWD_ALGO_COUNT];
                int returned = 0;
                cudnnGetConvolutionForwardAlgorithm_v7(h, x, w, c, y, CUDNN_CONVOLUTION_FWD_ALGO_COUNT, &returned, perf);
                if (returned > 0 && perf[0].status == CUDNN_STATUS_SUCCESS && perf[0].memory < (1 << 20)) return perf[0].algo;
                cudnnStatus_t second = perf[1].status;
                return second != CUDNN_STATUS_SUCCESS ? CUDNN_CONVOLUTION_FWD_ALGO_DIRECT : CUDNN_CONVOLUTION_FWD_ALGO_GEMM;
            }
            """, """
            #include <miopen/miopen.h>
            #include "cu2hip/miopen_support.h"
            miopenConvFwdAlgorithm_t pick(miopenHandle_t h, miopenTensorDescriptor_t x, miopenTensorDescriptor_t w,
                                           miopenConvolutionDescriptor_t c, miopenTensorDescriptor_t y) {
                miopenConvAlgoPerf_t perf[cu2hip::kConvolutionFwdAlgoCount];
                int returned = 0;
                cu2hip::findConvolutionForwardAlgorithm(h, x, w, c, y, cu2hip::kConvolutionFwdAlgoCount, &returned, perf);
                if (returned > 0 && true && perf[0].memory < (1 << 20)) return perf[0].fwd_algo;
                miopenStatus_t second = miopenStatusSuccess;
                return second != miopenStatusSuccess ? miopenConvolutionFwdAlgoDirect : miopenConvolutionFwdAlgoGEMM;
            }
            """, fileName: "pick.cpp"),
            Example("""
            #include <cudnn.h>
            void tune(cudnnHandle_t h, cudnnTensorDescriptor_t x, const float* xd, cudnnFilterDescriptor_t w, float* wd,
                      cudnnConvolutionDescriptor_t c, cudnnTensorDescriptor_t y, float* yd, void* ws, size_t n,
                      cudnnConvolutionBwdDataAlgo_t* data, cudnnConvolutionBwdFilterAlgo_t* filter) {
                cudnnConvolutionBwdDataAlgoPerf_t dp[CUDNN_CONVOLUTION_BWD_DATA_ALGO_COUNT];
                cudnnConvolutionBwdFilterAlgoPerf_t fp;
                int count = 0;
                cudnnFindConvolutionBackwardDataAlgorithmEx(h, w, wd, y, yd, c, x, (void*)xd, CUDNN_CONVOLUTION_BWD_DATA_ALGO_COUNT, &count, dp, ws, n);
                cudnnFindConvolutionBackwardFilterAlgorithmEx(h, x, xd, y, yd, c, w, wd, 1, &count, &fp, ws, n);
                *data = dp[0].algo;
                *filter = fp.algo;
            }
            """, """
            #include <miopen/miopen.h>
            #include "cu2hip/miopen_support.h"
            void tune(miopenHandle_t h, miopenTensorDescriptor_t x, const float* xd, miopenTensorDescriptor_t w, float* wd,
                      miopenConvolutionDescriptor_t c, miopenTensorDescriptor_t y, float* yd, void* ws, size_t n,
                      miopenConvBwdDataAlgorithm_t* data, miopenConvBwdWeightsAlgorithm_t* filter) {
                miopenConvAlgoPerf_t dp[cu2hip::kConvolutionBwdDataAlgoCount];
                miopenConvAlgoPerf_t fp;
                int count = 0;
                miopenFindConvolutionBackwardDataAlgorithm(h, y, yd, w, wd, c, x, (void*)xd, cu2hip::kConvolutionBwdDataAlgoCount, &count, dp, ws, n, false);
                miopenFindConvolutionBackwardWeightsAlgorithm(h, y, yd, x, xd, c, w, wd, 1, &count, &fp, ws, n, false);
                *data = dp[0].bwd_data_algo;
                *filter = fp.bwd_weights_algo;
            }
            """, fileName: "tune.cpp"),
            // Determinism has no field in MIOpen's results: reported, left as written.
            Example("""
            #include <cudnn.h>
            bool deterministic(const cudnnConvolutionBwdFilterAlgoPerf_t& p) { return p.determinism == CUDNN_DETERMINISTIC; }
            """, """
            #include <miopen/miopen.h>
            bool deterministic(const miopenConvAlgoPerf_t& p) { return p.determinism == CUDNN_DETERMINISTIC; }
            """, fileName: "determinism.cpp", reports: ["2: 'determinism' of a cuDNN convolution perf result has no MIOpen counterpart"]),
        ],
        nonTriggering: [
            Example("""
            #include <miopen/miopen.h>
            struct Choice { int algo; int status; };
            int pick(const Choice& c) { return c.status == 0 ? c.algo : -1; }
            """, fileName: "choice.cpp"),
        ])

    public static var specialNames: Set<String> {
        Set(MIOpenSupport.findFunctions.keys).union(exRewrites.keys).union(MIOpenSupport.algorithmCounts.keys)
    }

    public static func writtenName(for name: String) -> String? {
        MIOpenSupport.findFunctions[name] ?? MIOpenSupport.algorithmCounts[name] ?? exRewrites[name]?.target
    }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        guard context.options.libraries.dnn == .miopen else { return }
        CallRewriter(rewrites: Self.exRewrites, rule: identifier,
                     argumentRenames: MIOpenSupport.algorithmCounts.mapValues { ($0, MIOpenSupport.header) }).apply(context, &output)
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            if let helper = MIOpenSupport.findFunctions[token.spelling] ?? MIOpenSupport.algorithmCounts[token.spelling] {
                output.references.found += 1
                output.references.converted += 1
                output.claimed.insert(token.index)
                output.edit(token.range, helper, rule: identifier)
                output.use(MIOpenSupport.header)
            } else if let reference = token.token.reference, reference.declarationKind == "FieldDecl",
                      let parent = reference.declarationParent, let algorithmField = Self.algorithmFields[parent] {
                rewriteField(token, algorithmField: algorithmField, stream, &output)
            }
        }
    }

    /// `r.status == CUDNN_STATUS_SUCCESS` (or `!=`) as an operand of a logical operator, a
    /// parenthesis, an assignment or a return: the last token of the comparison and the value it
    /// always has for a Find result.
    private func comparisonWithSuccess(from start: Int, status: Int, _ stream: TokenStream) -> (Int, String)? {
        let bounds: Set<String> = ["(", ")", "&&", "||", ",", "=", "?", ":", ";", "{", "}", "return"]
        guard let before = stream.previous(before: start), bounds.contains(stream[before].spelling),
              let comparison = stream.next(after: status), ["==", "!="].contains(stream[comparison].spelling),
              let constant = stream.next(after: comparison),
              ["CUDNN_STATUS_SUCCESS", "miopenStatusSuccess"].contains(stream[constant].spelling),
              let after = stream.next(after: constant), bounds.contains(stream[after].spelling) else { return nil }
        return (constant, stream[comparison].spelling == "==" ? "true" : "false")
    }

    private func rewriteField(_ token: SourceToken, algorithmField: String, _ stream: TokenStream, _ output: inout RuleOutput) {
        switch token.spelling {
        case "algo":
            output.references.found += 1
            output.references.converted += 1
            output.edit(token.range, algorithmField, rule: identifier)
        case "status":
            // Find returns only algorithms that ran: the status of each result is success.
            output.references.found += 1
            guard let access = stream.previous(before: token.index), [".", "->"].contains(stream[access].spelling),
                  let start = stream.objectStart(before: access),
                  !(start..<access).contains(where: { ["(", "++", "--", "="].contains(stream[$0].spelling) && stream[$0].kind == .punctuation }) else {
                output.references.unsupported += 1
                output.report(token.range.start, .warning, rule: identifier,
                              "'status' of a cuDNN convolution perf result: MIOpen's results have no status (Find returns only algorithms that ran); replace the test with miopenStatusSuccess by hand",
                              name: "status")
                return
            }
            output.references.converted += 1
            if let (last, value) = comparisonWithSuccess(from: start, status: token.index, stream) {
                output.claim(from: start, through: last, in: stream)
                output.edit(stream.range(from: start, to: last), value, rule: identifier)
            } else {
                output.edit(stream.range(from: start, to: token.index), "miopenStatusSuccess", rule: identifier)
            }
        case "determinism", "mathType":
            output.references.found += 1
            output.references.unsupported += 1
            let advice = token.spelling == "determinism"
                ? "ask for deterministic algorithms on the convolution descriptor instead (miopenSetConvolutionAttribute with MIOPEN_CONVOLUTION_ATTRIB_DETERMINISTIC)"
                : "MIOpen picks the math mode itself"
            output.report(token.range.start, .warning, rule: identifier,
                          "'\(token.spelling)' of a cuDNN convolution perf result has no MIOpen counterpart (miopenConvAlgoPerf_t holds the algorithm, time and memory): \(advice); left as written: needs manual work",
                          name: token.spelling)
        default:
            break
        }
    }
}
