// conv_forward.cpp -- one convolution block (conv 3x3 -> ReLU -> max-pool 2x2
// -> softmax over channels) with cuDNN, checked against a CPU implementation.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "cudnn_utils.h"
#include "../cu2hip/miopen_support.h"

namespace {

struct ConvParams {
    int pad, stride, dilation;
};

// Direct NCHW cross-correlation followed by ReLU.
void conv_relu_reference(const std::vector<float>& x, const Shape& xs, const std::vector<float>& w, const Shape& ws,
                         const ConvParams& p, std::vector<float>& y, const Shape& ys)
{
    for (int n = 0; n < ys.n; ++n)
        for (int k = 0; k < ys.c; ++k)
            for (int oh = 0; oh < ys.h; ++oh)
                for (int ow = 0; ow < ys.w; ++ow) {
                    double acc = 0.0;
                    for (int c = 0; c < xs.c; ++c)
                        for (int r = 0; r < ws.h; ++r)
                            for (int s = 0; s < ws.w; ++s) {
                                const int ih = oh * p.stride - p.pad + r * p.dilation;
                                const int iw = ow * p.stride - p.pad + s * p.dilation;
                                if (ih < 0 || ih >= xs.h || iw < 0 || iw >= xs.w) continue;
                                acc += x[((n * xs.c + c) * xs.h + ih) * xs.w + iw] * w[((k * ws.c + c) * ws.h + r) * ws.w + s];
                            }
                    y[((n * ys.c + k) * ys.h + oh) * ys.w + ow] = static_cast<float>(std::max(acc, 0.0));
                }
}

// 2x2 max pooling, stride 2, then softmax across channels at every position.
void pool_softmax_reference(const std::vector<float>& y, const Shape& ys, std::vector<float>& out, const Shape& os)
{
    std::vector<float> pooled(os.count());
    for (int n = 0; n < os.n; ++n)
        for (int c = 0; c < os.c; ++c)
            for (int h = 0; h < os.h; ++h)
                for (int w = 0; w < os.w; ++w) {
                    float m = -INFINITY;
                    for (int dh = 0; dh < 2; ++dh)
                        for (int dw = 0; dw < 2; ++dw)
                            m = std::max(m, y[((n * ys.c + c) * ys.h + 2 * h + dh) * ys.w + 2 * w + dw]);
                    pooled[((n * os.c + c) * os.h + h) * os.w + w] = m;
                }
    for (int n = 0; n < os.n; ++n)
        for (int h = 0; h < os.h; ++h)
            for (int w = 0; w < os.w; ++w) {
                float m = -INFINITY;
                for (int c = 0; c < os.c; ++c) m = std::max(m, pooled[((n * os.c + c) * os.h + h) * os.w + w]);
                double sum = 0.0;
                for (int c = 0; c < os.c; ++c) sum += std::exp(pooled[((n * os.c + c) * os.h + h) * os.w + w] - m);
                for (int c = 0; c < os.c; ++c) {
                    const size_t i = ((n * os.c + c) * os.h + h) * os.w + w;
                    out[i] = static_cast<float>(std::exp(pooled[i] - m) / sum);
                }
            }
}

}  // namespace

int main()
{
    const Shape x_shape{2, 3, 32, 32};
    const Shape w_shape{8, 3, 3, 3};
    const ConvParams conv{1, 1, 1};
    const float alpha = 1.0f, beta = 0.0f;

    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));
    miopenHandle_t cudnn;
    CUDNN_CHECK(miopenCreate(&cudnn));
    CUDNN_CHECK(miopenSetStream(cudnn, stream));

    // Descriptors: input, filter, convolution, output.
    miopenTensorDescriptor_t x_desc = make_nchw_descriptor(x_shape);
    miopenTensorDescriptor_t w_desc;
    CUDNN_CHECK(miopenCreateTensorDescriptor(&w_desc));
    CUDNN_CHECK(miopenSet4dTensorDescriptor(w_desc, miopenFloat, w_shape.n, w_shape.c, w_shape.h, w_shape.w));
    miopenConvolutionDescriptor_t conv_desc;
    CUDNN_CHECK(miopenCreateConvolutionDescriptor(&conv_desc));
    CUDNN_CHECK(miopenInitConvolutionDescriptor(conv_desc, miopenConvolution, conv.pad, conv.pad, conv.stride, conv.stride,
                                                conv.dilation, conv.dilation));
    Shape y_shape;
    CUDNN_CHECK(miopenGetConvolutionForwardOutputDim(conv_desc, x_desc, w_desc, &y_shape.n, &y_shape.c, &y_shape.h,
                                                      &y_shape.w));
    miopenTensorDescriptor_t y_desc = make_nchw_descriptor(y_shape);
    printf("conv output: %d x %d x %d x %d\n", y_shape.n, y_shape.c, y_shape.h, y_shape.w);

    // Let cuDNN rank the algorithms; fall back to implicit GEMM.
    miopenConvFwdAlgorithm_t algo = miopenConvolutionFwdAlgoImplicitGEMM;
    miopenConvAlgoPerf_t perf[4];
    int returned = 0;
    CUDNN_CHECK(cu2hip::findConvolutionForwardAlgorithm(cudnn, x_desc, w_desc, conv_desc, y_desc, 4, &returned, perf));
    if (returned > 0 && true) {
        algo = perf[0].fwd_algo;
    }
    size_t workspace_bytes = 0;
    CUDNN_CHECK(miopenConvolutionForwardGetWorkSpaceSize(cudnn, w_desc, x_desc, conv_desc, y_desc, &workspace_bytes));
    void* d_workspace = nullptr;
    if (workspace_bytes > 0) {
        CUDA_CHECK(hipMalloc(&d_workspace, workspace_bytes));
    }

    // Pooling and softmax descriptors.
    miopenActivationDescriptor_t relu;
    CUDNN_CHECK(miopenCreateActivationDescriptor(&relu));
    CUDNN_CHECK(miopenSetActivationDescriptor(relu, miopenActivationRELU, 0.0, 0.0, 0.0));
    miopenPoolingDescriptor_t pool;
    CUDNN_CHECK(miopenCreatePoolingDescriptor(&pool));
    CUDNN_CHECK(miopenSet2dPoolingDescriptor(pool, miopenPoolingMax, 2, 2, 0, 0, 2, 2));
    Shape p_shape;
    CUDNN_CHECK(miopenGetPoolingForwardOutputDim(pool, y_desc, &p_shape.n, &p_shape.c, &p_shape.h, &p_shape.w));
    miopenTensorDescriptor_t p_desc = make_nchw_descriptor(p_shape);

    // Data.
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> h_x(x_shape.count()), h_w(w_shape.count());
    for (float& v : h_x) v = dist(rng);
    for (float& v : h_w) v = dist(rng) * 0.5f;
    float *d_x = nullptr, *d_w = nullptr, *d_y = nullptr, *d_p = nullptr, *d_s = nullptr;
    CUDA_CHECK(hipMalloc(&d_x, x_shape.bytes()));
    CUDA_CHECK(hipMalloc(&d_w, w_shape.bytes()));
    CUDA_CHECK(hipMalloc(&d_y, y_shape.bytes()));
    CUDA_CHECK(hipMalloc(&d_p, p_shape.bytes()));
    CUDA_CHECK(hipMalloc(&d_s, p_shape.bytes()));
    CUDA_CHECK(hipMemcpyAsync(d_x, h_x.data(), x_shape.bytes(), hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_w, h_w.data(), w_shape.bytes(), hipMemcpyHostToDevice, stream));

    // Forward pass.
    CUDNN_CHECK(miopenConvolutionForward(cudnn, &alpha, x_desc, d_x, w_desc, d_w, conv_desc, algo, &beta,
                                        y_desc, d_y, d_workspace, workspace_bytes));
    CUDNN_CHECK(miopenActivationForward(cudnn, relu, &alpha, y_desc, d_y, &beta, y_desc, d_y));
    CUDNN_CHECK(miopenPoolingForward(cudnn, pool, &alpha, y_desc, d_y, &beta, p_desc, d_p, false, nullptr, 0));
    CUDNN_CHECK(miopenSoftmaxForward_V2(cudnn, &alpha, p_desc, d_p, &beta, p_desc, d_s,
                                    MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL));

    std::vector<float> h_s(p_shape.count());
    CUDA_CHECK(hipMemcpyAsync(h_s.data(), d_s, p_shape.bytes(), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    // Reference.
    std::vector<float> ref_y(y_shape.count()), ref_s(p_shape.count());
    conv_relu_reference(h_x, x_shape, h_w, w_shape, conv, ref_y, y_shape);
    pool_softmax_reference(ref_y, y_shape, ref_s, p_shape);
    double max_error = 0.0;
    for (size_t i = 0; i < h_s.size(); ++i) {
        max_error = std::max(max_error, static_cast<double>(std::fabs(h_s[i] - ref_s[i])));
    }
    const bool ok = max_error < 1e-4;
    printf("conv+relu+pool+softmax: max error %.3g -> %s\n", max_error, ok ? "PASSED" : "FAILED");

    // Cleanup, in reverse order of creation.
    for (float* p : {d_s, d_p, d_y, d_w, d_x}) {
        CUDA_CHECK(hipFree(p));
    }
    CUDA_CHECK(hipFree(d_workspace));
    CUDNN_CHECK(miopenDestroyTensorDescriptor(p_desc));
    CUDNN_CHECK(miopenDestroyPoolingDescriptor(pool));
    CUDNN_CHECK(miopenDestroyActivationDescriptor(relu));
    CUDNN_CHECK(miopenDestroyTensorDescriptor(y_desc));
    CUDNN_CHECK(miopenDestroyConvolutionDescriptor(conv_desc));
    CUDNN_CHECK(miopenDestroyTensorDescriptor(w_desc));
    CUDNN_CHECK(miopenDestroyTensorDescriptor(x_desc));
    CUDNN_CHECK(miopenDestroy(cudnn));
    CUDA_CHECK(hipStreamDestroy(stream));
    return ok ? 0 : 1;
}
