// conv_forward.cpp -- one convolution block (conv 3x3 -> ReLU -> max-pool 2x2
// -> softmax over channels) with cuDNN, checked against a CPU implementation.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "cudnn_utils.h"

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

    cudaStream_t stream;
    CUDA_CHECK(cudaStreamCreate(&stream));
    cudnnHandle_t cudnn;
    CUDNN_CHECK(cudnnCreate(&cudnn));
    CUDNN_CHECK(cudnnSetStream(cudnn, stream));

    // Descriptors: input, filter, convolution, output.
    cudnnTensorDescriptor_t x_desc = make_nchw_descriptor(x_shape);
    cudnnFilterDescriptor_t w_desc;
    CUDNN_CHECK(cudnnCreateFilterDescriptor(&w_desc));
    CUDNN_CHECK(cudnnSetFilter4dDescriptor(w_desc, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW, w_shape.n, w_shape.c, w_shape.h,
                                           w_shape.w));
    cudnnConvolutionDescriptor_t conv_desc;
    CUDNN_CHECK(cudnnCreateConvolutionDescriptor(&conv_desc));
    CUDNN_CHECK(cudnnSetConvolution2dDescriptor(conv_desc, conv.pad, conv.pad, conv.stride, conv.stride, conv.dilation,
                                                conv.dilation, CUDNN_CROSS_CORRELATION, CUDNN_DATA_FLOAT));
    Shape y_shape;
    CUDNN_CHECK(cudnnGetConvolution2dForwardOutputDim(conv_desc, x_desc, w_desc, &y_shape.n, &y_shape.c, &y_shape.h,
                                                      &y_shape.w));
    cudnnTensorDescriptor_t y_desc = make_nchw_descriptor(y_shape);
    printf("conv output: %d x %d x %d x %d\n", y_shape.n, y_shape.c, y_shape.h, y_shape.w);

    // Let cuDNN rank the algorithms; fall back to implicit GEMM.
    cudnnConvolutionFwdAlgo_t algo = CUDNN_CONVOLUTION_FWD_ALGO_IMPLICIT_GEMM;
    cudnnConvolutionFwdAlgoPerf_t perf[4];
    int returned = 0;
    CUDNN_CHECK(cudnnGetConvolutionForwardAlgorithm_v7(cudnn, x_desc, w_desc, conv_desc, y_desc, 4, &returned, perf));
    if (returned > 0 && perf[0].status == CUDNN_STATUS_SUCCESS) {
        algo = perf[0].algo;
    }
    size_t workspace_bytes = 0;
    CUDNN_CHECK(cudnnGetConvolutionForwardWorkspaceSize(cudnn, x_desc, w_desc, conv_desc, y_desc, algo, &workspace_bytes));
    void* d_workspace = nullptr;
    if (workspace_bytes > 0) {
        CUDA_CHECK(cudaMalloc(&d_workspace, workspace_bytes));
    }

    // Pooling and softmax descriptors.
    cudnnActivationDescriptor_t relu;
    CUDNN_CHECK(cudnnCreateActivationDescriptor(&relu));
    CUDNN_CHECK(cudnnSetActivationDescriptor(relu, CUDNN_ACTIVATION_RELU, CUDNN_NOT_PROPAGATE_NAN, 0.0));
    cudnnPoolingDescriptor_t pool;
    CUDNN_CHECK(cudnnCreatePoolingDescriptor(&pool));
    CUDNN_CHECK(cudnnSetPooling2dDescriptor(pool, CUDNN_POOLING_MAX, CUDNN_NOT_PROPAGATE_NAN, 2, 2, 0, 0, 2, 2));
    Shape p_shape;
    CUDNN_CHECK(cudnnGetPooling2dForwardOutputDim(pool, y_desc, &p_shape.n, &p_shape.c, &p_shape.h, &p_shape.w));
    cudnnTensorDescriptor_t p_desc = make_nchw_descriptor(p_shape);

    // Data.
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> h_x(x_shape.count()), h_w(w_shape.count());
    for (float& v : h_x) v = dist(rng);
    for (float& v : h_w) v = dist(rng) * 0.5f;
    float *d_x = nullptr, *d_w = nullptr, *d_y = nullptr, *d_p = nullptr, *d_s = nullptr;
    CUDA_CHECK(cudaMalloc(&d_x, x_shape.bytes()));
    CUDA_CHECK(cudaMalloc(&d_w, w_shape.bytes()));
    CUDA_CHECK(cudaMalloc(&d_y, y_shape.bytes()));
    CUDA_CHECK(cudaMalloc(&d_p, p_shape.bytes()));
    CUDA_CHECK(cudaMalloc(&d_s, p_shape.bytes()));
    CUDA_CHECK(cudaMemcpyAsync(d_x, h_x.data(), x_shape.bytes(), cudaMemcpyHostToDevice, stream));
    CUDA_CHECK(cudaMemcpyAsync(d_w, h_w.data(), w_shape.bytes(), cudaMemcpyHostToDevice, stream));

    // Forward pass.
    CUDNN_CHECK(cudnnConvolutionForward(cudnn, &alpha, x_desc, d_x, w_desc, d_w, conv_desc, algo, d_workspace,
                                        workspace_bytes, &beta, y_desc, d_y));
    CUDNN_CHECK(cudnnActivationForward(cudnn, relu, &alpha, y_desc, d_y, &beta, y_desc, d_y));
    CUDNN_CHECK(cudnnPoolingForward(cudnn, pool, &alpha, y_desc, d_y, &beta, p_desc, d_p));
    CUDNN_CHECK(cudnnSoftmaxForward(cudnn, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL, &alpha, p_desc, d_p, &beta,
                                    p_desc, d_s));

    std::vector<float> h_s(p_shape.count());
    CUDA_CHECK(cudaMemcpyAsync(h_s.data(), d_s, p_shape.bytes(), cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaStreamSynchronize(stream));

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
        CUDA_CHECK(cudaFree(p));
    }
    CUDA_CHECK(cudaFree(d_workspace));
    CUDNN_CHECK(cudnnDestroyTensorDescriptor(p_desc));
    CUDNN_CHECK(cudnnDestroyPoolingDescriptor(pool));
    CUDNN_CHECK(cudnnDestroyActivationDescriptor(relu));
    CUDNN_CHECK(cudnnDestroyTensorDescriptor(y_desc));
    CUDNN_CHECK(cudnnDestroyConvolutionDescriptor(conv_desc));
    CUDNN_CHECK(cudnnDestroyFilterDescriptor(w_desc));
    CUDNN_CHECK(cudnnDestroyTensorDescriptor(x_desc));
    CUDNN_CHECK(cudnnDestroy(cudnn));
    CUDA_CHECK(cudaStreamDestroy(stream));
    return ok ? 0 : 1;
}
