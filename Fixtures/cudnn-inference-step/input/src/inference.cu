// inference.cu -- one image-classifier step: conv 3x3 + bias -> ReLU -> 2x2 max pool ->
// fully connected layer (cuBLAS) -> softmax over the classes. The convolution algorithm is
// chosen by timing the candidates on the real buffers (cudnnFindConvolutionForwardAlgorithmEx).
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <cublas_v2.h>
#include <cuda_runtime.h>
#include <cudnn.h>

#define CHECK_CUDA(expr)                                                                   \
    do {                                                                                   \
        cudaError_t status_ = (expr);                                                      \
        if (status_ != cudaSuccess) {                                                      \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, cudaGetErrorString(status_)); \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

#define CHECK_CUDNN(expr)                                                                  \
    do {                                                                                   \
        cudnnStatus_t status_ = (expr);                                                    \
        if (status_ != CUDNN_STATUS_SUCCESS) {                                             \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, cudnnGetErrorString(status_)); \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

#define CHECK_CUBLAS(expr)                                                                 \
    do {                                                                                   \
        if ((expr) != CUBLAS_STATUS_SUCCESS) {                                             \
            std::fprintf(stderr, "%s:%d: cuBLAS call failed\n", __FILE__, __LINE__);       \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

namespace {

constexpr int kBatch = 4, kChannels = 3, kHeight = 28, kWidth = 28;
constexpr int kFilters = 16, kClasses = 10;

cudnnTensorDescriptor_t tensor(int n, int c, int h, int w)
{
    cudnnTensorDescriptor_t desc;
    CHECK_CUDNN(cudnnCreateTensorDescriptor(&desc));
    CHECK_CUDNN(cudnnSetTensor4dDescriptor(desc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, n, c, h, w));
    return desc;
}

float* device_buffer(size_t count, float value)
{
    std::vector<float> host(count, value);
    float* device = nullptr;
    CHECK_CUDA(cudaMalloc(&device, count * sizeof(float)));
    CHECK_CUDA(cudaMemcpy(device, host.data(), count * sizeof(float), cudaMemcpyHostToDevice));
    return device;
}

}  // namespace

int main()
{
    cudnnHandle_t dnn;
    cublasHandle_t blas;
    CHECK_CUDNN(cudnnCreate(&dnn));
    CHECK_CUBLAS(cublasCreate(&blas));

    cudnnTensorDescriptor_t x_desc = tensor(kBatch, kChannels, kHeight, kWidth);
    cudnnFilterDescriptor_t w_desc;
    CHECK_CUDNN(cudnnCreateFilterDescriptor(&w_desc));
    CHECK_CUDNN(cudnnSetFilter4dDescriptor(w_desc, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW, kFilters, kChannels, 3, 3));
    cudnnConvolutionDescriptor_t conv_desc;
    CHECK_CUDNN(cudnnCreateConvolutionDescriptor(&conv_desc));
    CHECK_CUDNN(cudnnSetConvolution2dDescriptor(conv_desc, 1, 1, 1, 1, 1, 1, CUDNN_CROSS_CORRELATION, CUDNN_DATA_FLOAT));
    cudnnTensorDescriptor_t y_desc = tensor(kBatch, kFilters, kHeight, kWidth);
    cudnnTensorDescriptor_t bias_desc = tensor(1, kFilters, 1, 1);
    cudnnTensorDescriptor_t p_desc = tensor(kBatch, kFilters, kHeight / 2, kWidth / 2);
    cudnnTensorDescriptor_t logits_desc = tensor(kBatch, kClasses, 1, 1);

    const int features = kFilters * (kHeight / 2) * (kWidth / 2);
    float* x = device_buffer(size_t(kBatch) * kChannels * kHeight * kWidth, 0.5f);
    float* w = device_buffer(size_t(kFilters) * kChannels * 9, 0.01f);
    float* bias = device_buffer(kFilters, 0.1f);
    float* y = device_buffer(size_t(kBatch) * kFilters * kHeight * kWidth, 0.0f);
    float* pooled = device_buffer(size_t(kBatch) * features, 0.0f);
    float* fc_weights = device_buffer(size_t(features) * kClasses, 0.001f);
    float* logits = device_buffer(size_t(kBatch) * kClasses, 0.0f);
    float* probabilities = device_buffer(size_t(kBatch) * kClasses, 0.0f);

    // Time the candidate algorithms on the real buffers, with a 32 MiB workspace.
    const size_t workspace_bytes = size_t(32) << 20;
    void* workspace = nullptr;
    CHECK_CUDA(cudaMalloc(&workspace, workspace_bytes));
    cudnnConvolutionFwdAlgoPerf_t results[CUDNN_CONVOLUTION_FWD_ALGO_COUNT];
    int found = 0;
    CHECK_CUDNN(cudnnFindConvolutionForwardAlgorithmEx(dnn, x_desc, x, w_desc, w, conv_desc, y_desc, y,
                                                       CUDNN_CONVOLUTION_FWD_ALGO_COUNT, &found, results, workspace,
                                                       workspace_bytes));
    if (found == 0 || results[0].status != CUDNN_STATUS_SUCCESS) {
        std::fprintf(stderr, "no convolution algorithm\n");
        return 1;
    }
    const cudnnConvolutionFwdAlgo_t algo = results[0].algo;
    std::printf("convolution algorithm %d: %.3f ms, %zu bytes of workspace\n", static_cast<int>(algo), results[0].time,
                results[0].memory);

    cudnnActivationDescriptor_t relu;
    CHECK_CUDNN(cudnnCreateActivationDescriptor(&relu));
    CHECK_CUDNN(cudnnSetActivationDescriptor(relu, CUDNN_ACTIVATION_RELU, CUDNN_NOT_PROPAGATE_NAN, 0.0));
    cudnnPoolingDescriptor_t pool;
    CHECK_CUDNN(cudnnCreatePoolingDescriptor(&pool));
    CHECK_CUDNN(cudnnSetPooling2dDescriptor(pool, CUDNN_POOLING_MAX, CUDNN_NOT_PROPAGATE_NAN, 2, 2, 0, 0, 2, 2));

    const float one = 1.0f, zero = 0.0f;
    CHECK_CUDNN(cudnnConvolutionForward(dnn, &one, x_desc, x, w_desc, w, conv_desc, algo, workspace, workspace_bytes,
                                        &zero, y_desc, y));
    CHECK_CUDNN(cudnnAddTensor(dnn, &one, bias_desc, bias, &one, y_desc, y));
    CHECK_CUDNN(cudnnActivationForward(dnn, relu, &one, y_desc, y, &zero, y_desc, y));
    CHECK_CUDNN(cudnnPoolingForward(dnn, pool, &one, y_desc, y, &zero, p_desc, pooled));

    // logits (classes x batch, column-major) = fc_weights^T (classes x features) * pooled (features x batch)
    CHECK_CUBLAS(cublasSgemm(blas, CUBLAS_OP_T, CUBLAS_OP_N, kClasses, kBatch, features, &one, fc_weights, features,
                             pooled, features, &zero, logits, kClasses));
    CHECK_CUDNN(cudnnSoftmaxForward(dnn, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL, &one, logits_desc, logits,
                                    &zero, logits_desc, probabilities));

    std::vector<float> host(size_t(kBatch) * kClasses);
    CHECK_CUDA(cudaMemcpy(host.data(), probabilities, host.size() * sizeof(float), cudaMemcpyDeviceToHost));
    double total = 0.0;
    for (float p : host) total += p;
    std::printf("probabilities sum to %.3f over %d images\n", total, kBatch);

    for (float* buffer : {x, w, bias, y, pooled, fc_weights, logits, probabilities}) CHECK_CUDA(cudaFree(buffer));
    CHECK_CUDA(cudaFree(workspace));
    CHECK_CUDNN(cudnnDestroyPoolingDescriptor(pool));
    CHECK_CUDNN(cudnnDestroyActivationDescriptor(relu));
    for (cudnnTensorDescriptor_t desc : {x_desc, y_desc, bias_desc, p_desc, logits_desc})
        CHECK_CUDNN(cudnnDestroyTensorDescriptor(desc));
    CHECK_CUDNN(cudnnDestroyConvolutionDescriptor(conv_desc));
    CHECK_CUDNN(cudnnDestroyFilterDescriptor(w_desc));
    CHECK_CUBLAS(cublasDestroy(blas));
    CHECK_CUDNN(cudnnDestroy(dnn));
    return std::abs(total - kBatch) < 1e-3 ? 0 : 1;
}
