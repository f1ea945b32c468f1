import Clang
import Mapping
import Reporting

/// cuDNN calls whose MIOpen counterpart takes different arguments: a rename would compile to the
/// wrong call. Each rewrite is a row of data: the MIOpen function and where each of its arguments
/// comes from. Arguments are translated too (enum constants, types).
public struct CuDNNCallRule: Rule {
    private static let findWarning = "MIOpen runs a convolution only with an algorithm returned by its Find call for that direction (miopenFindConvolution*Algorithm, called once with the same descriptors and a workspace); add that call and pass its result as the algorithm: needs manual work"

    static let rewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: [
        // MIOpen has no filter descriptor: filters are 4-d tensors.
        CallRewrite(cuda: "cudnnCreateFilterDescriptor", target: "miopenCreateTensorDescriptor", arity: 1, arguments: [.argument(0)]),
        CallRewrite(cuda: "cudnnDestroyFilterDescriptor", target: "miopenDestroyTensorDescriptor", arity: 1, arguments: [.argument(0)]),
        // (desc, format, dataType, n, c, h, w) → (desc, dataType, n, c, h, w); MIOpen's 4-d setter is NCHW.
        CallRewrite(cuda: "cudnnSetTensor4dDescriptor", target: "miopenSet4dTensorDescriptor", arity: 7,
                    arguments: [.argument(0), .argument(2), .argument(3), .argument(4), .argument(5), .argument(6)],
                    requires: [1: ["CUDNN_TENSOR_NCHW"]]),
        // (desc, dataType, format, k, c, h, w) → (desc, dataType, k, c, h, w)
        CallRewrite(cuda: "cudnnSetFilter4dDescriptor", target: "miopenSet4dTensorDescriptor", arity: 7,
                    arguments: [.argument(0), .argument(1), .argument(3), .argument(4), .argument(5), .argument(6)],
                    requires: [2: ["CUDNN_TENSOR_NCHW"]]),
        // (desc, padH, padW, u, v, dilH, dilW, mode, computeType) → (desc, mode, padH, padW, u, v, dilH, dilW)
        CallRewrite(cuda: "cudnnSetConvolution2dDescriptor", target: "miopenInitConvolutionDescriptor", arity: 9,
                    arguments: [.argument(0), .argument(7), .argument(1), .argument(2), .argument(3), .argument(4), .argument(5), .argument(6)],
                    requires: [7: ["CUDNN_CROSS_CORRELATION"]]),
        // (handle, xDesc, wDesc, convDesc, yDesc, algo, size*) → (handle, wDesc, xDesc, convDesc, yDesc, size*)
        CallRewrite(cuda: "cudnnGetConvolutionForwardWorkspaceSize", target: "miopenConvolutionForwardGetWorkSpaceSize", arity: 7,
                    arguments: [.argument(0), .argument(2), .argument(1), .argument(3), .argument(4), .argument(6)]),
        // (handle, alpha, xDesc, x, wDesc, w, convDesc, algo, ws, wsSize, beta, yDesc, y)
        //   → (handle, alpha, xDesc, x, wDesc, w, convDesc, algo, beta, yDesc, y, ws, wsSize)
        CallRewrite(cuda: "cudnnConvolutionForward", target: "miopenConvolutionForward", arity: 13,
                    arguments: [.argument(0), .argument(1), .argument(2), .argument(3), .argument(4), .argument(5), .argument(6),
                                .argument(7), .argument(10), .argument(11), .argument(12), .argument(8), .argument(9)],
                    warning: findWarning),
        // Backward data: (handle, alpha, wDesc, w, dyDesc, dy, convDesc, algo, ws, wsSize, beta, dxDesc, dx)
        //   → (handle, alpha, dyDesc, dy, wDesc, w, convDesc, algo, beta, dxDesc, dx, ws, wsSize)
        CallRewrite(cuda: "cudnnConvolutionBackwardData", target: "miopenConvolutionBackwardData", arity: 13,
                    arguments: [0, 1, 4, 5, 2, 3, 6, 7, 10, 11, 12, 8, 9].map { .argument($0) }, warning: findWarning),
        // Backward filter: (handle, alpha, xDesc, x, dyDesc, dy, convDesc, algo, ws, wsSize, beta, dwDesc, dw)
        //   → miopenConvolutionBackwardWeights(handle, alpha, dyDesc, dy, xDesc, x, convDesc, algo, beta, dwDesc, dw, ws, wsSize)
        CallRewrite(cuda: "cudnnConvolutionBackwardFilter", target: "miopenConvolutionBackwardWeights", arity: 13,
                    arguments: [0, 1, 4, 5, 2, 3, 6, 7, 10, 11, 12, 8, 9].map { .argument($0) }, warning: findWarning),
        // (handle, wDesc, dyDesc, convDesc, dxDesc, algo, size*) → (handle, dyDesc, wDesc, convDesc, dxDesc, size*)
        CallRewrite(cuda: "cudnnGetConvolutionBackwardDataWorkspaceSize", target: "miopenConvolutionBackwardDataGetWorkSpaceSize", arity: 7,
                    arguments: [0, 2, 1, 3, 4, 6].map { .argument($0) }),
        // (handle, xDesc, dyDesc, convDesc, dwDesc, algo, size*) → (handle, dyDesc, xDesc, convDesc, dwDesc, size*)
        CallRewrite(cuda: "cudnnGetConvolutionBackwardFilterWorkspaceSize", target: "miopenConvolutionBackwardWeightsGetWorkSpaceSize", arity: 7,
                    arguments: [0, 2, 1, 3, 4, 6].map { .argument($0) }),
        // (handle, algo, mode, alpha, yDesc, y, dyDesc, dy, beta, dxDesc, dx) → (handle, alpha, yDesc, y, dyDesc, dy, beta, dxDesc, dx, algo, mode)
        CallRewrite(cuda: "cudnnSoftmaxBackward", target: "miopenSoftmaxBackward_V2", arity: 11,
                    arguments: [0, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2].map { .argument($0) }),
        // The same arguments, plus the workspace the forward pass that wrote y filled (see
        // `trainingPoolingForward`).
        CallRewrite(cuda: "cudnnPoolingBackward", target: "miopenPoolingBackward", arity: 12,
                    arguments: (0..<12).map { .argument($0) } + [.call("cu2hip::poolingBackwardWorkspace", [4])],
                    note: "miopenPoolingBackward reads the workspace miopenPoolingForward wrote for the same output y: cu2hip/miopen_support.h keeps one per y for the forward calls of files that also call cudnnPoolingBackward; a forward pass translated elsewhere writes none, and MIOpen rejects the backward max pooling",
                    supportHeader: MIOpenSupport.header),
        // (desc, mode, nanOpt, coef) → (desc, mode, alpha = coef, beta, gamma)
        CallRewrite(cuda: "cudnnSetActivationDescriptor", target: "miopenSetActivationDescriptor", arity: 4,
                    arguments: [.argument(0), .argument(1), .argument(3), .text("0.0"), .text("0.0")]),
        // (desc, mode, nanOpt, wH, wW, padH, padW, sH, sW) → (desc, mode, wH, wW, padH, padW, sH, sW)
        CallRewrite(cuda: "cudnnSetPooling2dDescriptor", target: "miopenSet2dPoolingDescriptor", arity: 9,
                    arguments: [.argument(0), .argument(1), .argument(3), .argument(4), .argument(5), .argument(6), .argument(7), .argument(8)]),
        // (handle, desc, alpha, xDesc, x, beta, yDesc, y) → (..., doBackward = false, workspace = nullptr, size = 0);
        // in a file that runs the backward pass too, ``trainingPoolingForward``.
        CallRewrite(cuda: "cudnnPoolingForward", target: "miopenPoolingForward", arity: 8,
                    arguments: (0..<8).map { .argument($0) } + [.text("false"), .text("nullptr"), .text("0")],
                    note: "miopenPoolingForward is called without a workspace, as this file runs no backward pass; a pooling backward pass in another file needs the forward pass moved beside it (or doBackward = true and a workspace from miopenPoolingGetWorkSpaceSizeV2)"),
        // Batch norm: the same arguments, but MIOpen declares alpha, beta, scale and bias (and, for
        // inference, the estimated mean and variance) `void*` though it only reads them.
        CallRewrite(cuda: "cudnnBatchNormalizationForwardTraining", target: "miopenBatchNormalizationForwardTraining", arity: 17,
                    arguments: (0..<17).map { [2, 3, 9, 10].contains($0) ? .constCast($0) : .argument($0) }),
        CallRewrite(cuda: "cudnnBatchNormalizationForwardInference", target: "miopenBatchNormalizationForwardInference", arity: 14,
                    arguments: (0..<14).map { [2, 3, 9, 10, 11, 12].contains($0) ? .constCast($0) : .argument($0) }),
        // (handle, alpha, aDesc, A, beta, cDesc, C): C = alpha*A + beta*C
        //   → miopenOpTensor(handle, add, beta, cDesc, C, alpha, aDesc, A, 0, cDesc, C): C = (beta*C + alpha*A) + 0*C.
        // MIOpen's B operand is the one it broadcasts, with cuDNN's rule for A (each dimension 1
        // or C's); its A and C are one descriptor, and each element of C is read and written by
        // the same thread, so C serving as both is safe.
        CallRewrite(cuda: "cudnnAddTensor", target: "miopenOpTensor", arity: 7,
                    arguments: [.argument(0), .text("miopenTensorOpAdd"), .argument(4), .argument(5), .argument(6),
                                .argument(1), .argument(2), .argument(3), .text(MIOpenSupport.zeroScale), .argument(5), .argument(6)],
                    note: "cudnnAddTensor (C = alpha*A + beta*C) is miopenOpTensor with C as its first operand scaled by beta and A as the operand MIOpen broadcasts; MIOpen requires each dimension of A to be 1 or C's, as cuDNN does",
                    supportHeader: MIOpenSupport.header),
        // (handle, algo, mode, alpha, xDesc, x, beta, yDesc, y) → (handle, alpha, xDesc, x, beta, yDesc, y, algo, mode)
        CallRewrite(cuda: "cudnnSoftmaxForward", target: "miopenSoftmaxForward_V2", arity: 9,
                    arguments: [.argument(0), .argument(3), .argument(4), .argument(5), .argument(6), .argument(7), .argument(8), .argument(1), .argument(2)]),
    ].map { ($0.cuda, $0) })

    /// `cudnnPoolingForward` in a file that also calls `cudnnPoolingBackward`: MIOpen's forward
    /// pass must fill the workspace the backward pass reads, one per output buffer y.
    static let trainingPoolingForward = CallRewrite(
        cuda: "cudnnPoolingForward", target: "miopenPoolingForward", arity: 8,
        arguments: (0..<8).map { .argument($0) } + [.text("true"), .call("cu2hip::poolingForwardWorkspace", [1, 6, 7]),
                                                     .call("cu2hip::poolingWorkspaceSize", [1, 6])],
        supportHeader: MIOpenSupport.header)

    public static let description = RuleDescription(
        identifier: "cudnn-call",
        name: "cuDNN calls with different MIOpen arguments",
        summary: "Rewrites cuDNN descriptor, convolution, activation, pooling, softmax and batch-norm calls to MIOpen with MIOpen's argument lists; reports what still needs manual work.",
        corrections: [
            Example("""
            #include <cudnn.h>
            void setup(cudnnTensorDescriptor_t x, cudnnFilterDescriptor_t w, cudnnConvolutionDescriptor_t c) {
                cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, 1, 3, 32, 32);
                cudnnSetFilter4dDescriptor(w, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW, 8, 3, 3, 3);
                cudnnSetConvolution2dDescriptor(c, 1, 1, 1, 1, 1, 1, CUDNN_CROSS_CORRELATION, CUDNN_DATA_FLOAT);
            }
            """, """
            #include <miopen/miopen.h>
            void setup(miopenTensorDescriptor_t x, miopenTensorDescriptor_t w, miopenConvolutionDescriptor_t c) {
                miopenSet4dTensorDescriptor(x, miopenFloat, 1, 3, 32, 32);
                miopenSet4dTensorDescriptor(w, miopenFloat, 8, 3, 3, 3);
                miopenInitConvolutionDescriptor(c, miopenConvolution, 1, 1, 1, 1, 1, 1);
            }
            """, fileName: "conv.cpp"),
            Example("""
            #include <cudnn.h>
            void act(cudnnHandle_t h, cudnnActivationDescriptor_t a, cudnnTensorDescriptor_t d, float* x, float* y) {
                const float one = 1.0f, zero = 0.0f;
                cudnnSetActivationDescriptor(a, CUDNN_ACTIVATION_RELU, CUDNN_PROPAGATE_NAN, 0.0);
                cudnnSoftmaxForward(h, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL, &one, d, x, &zero, d, y);
            }
            """, """
            #include <miopen/miopen.h>
            void act(miopenHandle_t h, miopenActivationDescriptor_t a, miopenTensorDescriptor_t d, float* x, float* y) {
                const float one = 1.0f, zero = 0.0f;
                miopenSetActivationDescriptor(a, miopenActivationRELU, 0.0, 0.0, 0.0);
                miopenSoftmaxForward_V2(h, &one, d, x, &zero, d, y, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL);
            }
            """, fileName: "act.cpp"),
            Example("""
            #include <cudnn.h>
            void back(cudnnHandle_t h, cudnnTensorDescriptor_t x, cudnnFilterDescriptor_t w, cudnnConvolutionDescriptor_t c,
                      cudnnTensorDescriptor_t y, cudnnPoolingDescriptor_t p, cudnnConvolutionBwdDataAlgo_t algo,
                      const float* a, const float* b, float* dx, const float* wd, const float* dy, void* ws, size_t n) {
                cudnnGetConvolutionBackwardDataWorkspaceSize(h, w, y, c, x, algo, &n);
                cudnnConvolutionBackwardData(h, a, w, wd, y, dy, c, algo, ws, n, b, x, dx);
                cudnnSoftmaxBackward(h, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_INSTANCE, a, y, dy, y, dy, b, x, dx);
                cudnnPoolingForward(h, p, a, x, dx, b, y, (float*)dy);
                cudnnPoolingBackward(h, p, a, y, dy, y, dy, x, dx, b, x, dx);
            }
            """, """
            #include <miopen/miopen.h>
            #include "cu2hip/miopen_support.h"
            void back(miopenHandle_t h, miopenTensorDescriptor_t x, miopenTensorDescriptor_t w, miopenConvolutionDescriptor_t c,
                      miopenTensorDescriptor_t y, miopenPoolingDescriptor_t p, miopenConvBwdDataAlgorithm_t algo,
                      const float* a, const float* b, float* dx, const float* wd, const float* dy, void* ws, size_t n) {
                miopenConvolutionBackwardDataGetWorkSpaceSize(h, y, w, c, x, &n);
                miopenConvolutionBackwardData(h, a, y, dy, w, wd, c, algo, b, x, dx, ws, n);
                miopenSoftmaxBackward_V2(h, a, y, dy, y, dy, b, x, dx, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_INSTANCE);
                miopenPoolingForward(h, p, a, x, dx, b, y, (float*)dy, true, cu2hip::poolingForwardWorkspace(p, y, (float*)dy), cu2hip::poolingWorkspaceSize(p, y));
                miopenPoolingBackward(h, p, a, y, dy, y, dy, x, dx, b, x, dx, cu2hip::poolingBackwardWorkspace(dy));
            }
            """, fileName: "backward.cpp", reports: [
                "6: MIOpen runs a convolution only with an algorithm returned by its Find call",
                "9: miopenPoolingBackward reads the workspace miopenPoolingForward wrote for the same output y",
            ]),
            Example("""
            #include <cudnn.h>
            void bn(cudnnHandle_t h, cudnnTensorDescriptor_t x, cudnnTensorDescriptor_t p, const float* in, float* out,
                    const float* scale, const float* shift, float* mean, float* var, float* saved, float* inv) {
                const float one = 1.0f, zero = 0.0f;
                cudnnBatchNormalizationForwardTraining(h, CUDNN_BATCHNORM_SPATIAL, &one, &zero, x, in, x, out, p, scale, shift,
                                                       0.1, mean, var, 1e-5, saved, inv);
                cudnnBatchNormalizationForwardInference(h, CUDNN_BATCHNORM_SPATIAL, &one, &zero, x, in, x, out, p, scale, shift + 0,
                                                        mean, var, 1e-5);
            }
            """, """
            #include <miopen/miopen.h>
            void bn(miopenHandle_t h, miopenTensorDescriptor_t x, miopenTensorDescriptor_t p, const float* in, float* out,
                    const float* scale, const float* shift, float* mean, float* var, float* saved, float* inv) {
                const float one = 1.0f, zero = 0.0f;
                miopenBatchNormalizationForwardTraining(h, miopenBNSpatial, (void*)&one, (void*)&zero, x, in, x, out, p, (void*)scale, (void*)shift,
                                                       0.1, mean, var, 1e-5, saved, inv);
                miopenBatchNormalizationForwardInference(h, miopenBNSpatial, (void*)&one, (void*)&zero, x, in, x, out, p, (void*)scale, (void*)(shift + 0),
                                                        (void*)mean, (void*)var, 1e-5);
            }
            """, fileName: "bn.cpp"),
            // The bias add after a convolution; C appears twice, so it must have no side effects.
            Example("""
            #include <cudnn.h>
            cudnnTensorDescriptor_t next();
            void bias(cudnnHandle_t h, cudnnTensorDescriptor_t b, const float* bias, cudnnTensorDescriptor_t y, float* out) {
                const float one = 1.0f;
                cudnnAddTensor(h, &one, b, bias, &one, y, out);
                cudnnAddTensor(h, &one, b, bias, &one, next(), out);
            }
            """, """
            #include <miopen/miopen.h>
            #include "cu2hip/miopen_support.h"
            miopenTensorDescriptor_t next();
            void bias(miopenHandle_t h, miopenTensorDescriptor_t b, const float* bias, miopenTensorDescriptor_t y, float* out) {
                const float one = 1.0f;
                miopenOpTensor(h, miopenTensorOpAdd, &one, y, out, &one, b, bias, &cu2hip::kZeroScale, y, out);
                cudnnAddTensor(h, &one, b, bias, &one, next(), out);
            }
            """, fileName: "bias.cpp", reports: [
                "5: cudnnAddTensor (C = alpha*A + beta*C) is miopenOpTensor with C as its first operand",
                "6: 'cudnnAddTensor': argument 6 is used twice by miopenOpTensor and may have side effects",
            ]),
            // NHWC has no 4-d MIOpen form: the call stays as written (and is reported).
            Example("""
            #include <cudnn.h>
            void setup(cudnnTensorDescriptor_t x) { cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NHWC, CUDNN_DATA_FLOAT, 1, 3, 32, 32); }
            """, """
            #include <miopen/miopen.h>
            void setup(miopenTensorDescriptor_t x) { cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NHWC, CUDNN_DATA_FLOAT, 1, 3, 32, 32); }
            """, fileName: "nhwc.cpp", reports: ["2: 'cudnnSetTensor4dDescriptor' with argument 2 = 'CUDNN_TENSOR_NHWC' has no miopenSet4dTensorDescriptor form"]),
        ],
        nonTriggering: [
            Example("""
            #include <miopen/miopen.h>
            void setup(miopenTensorDescriptor_t x) { miopenSet4dTensorDescriptor(x, miopenFloat, 1, 3, 32, 32); }
            """, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { Set(rewrites.keys) }

    public static func writtenName(for name: String) -> String? { rewrites[name]?.target }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        // hipDNN mirrors cuDNN's argument lists; only MIOpen needs the rewrites.
        guard context.options.libraries.dnn == .miopen else { return }
        // A convolution whose direction has an algorithm query in the file (which becomes MIOpen's
        // Find) needs no warning about Find; a pooling backward pass changes the forward pass.
        // Only those names are collected: every file passes here.
        var names: Set<String> = []
        for token in context.stream.tokens where token.kind == .identifier && Self.contextNames.contains(token.spelling) {
            names.insert(token.spelling)
        }
        var rewrites = Self.rewrites
        for (call, queries) in CuDNNFindRule.queries where !queries.isDisjoint(with: names) {
            rewrites[call]?.warning = nil
        }
        if names.contains("cudnnPoolingBackward") { rewrites["cudnnPoolingForward"] = Self.trainingPoolingForward }
        CallRewriter(rewrites: rewrites, rule: identifier).apply(context, &output)
    }

    /// The names whose presence in a file changes how its calls are rewritten: the algorithm
    /// queries, and the pooling backward pass.
    private static let contextNames: Set<String> = CuDNNFindRule.queries.values.reduce(into: ["cudnnPoolingBackward"]) { $0.formUnion($1) }
}
