// inference.cu -- one image-classifier step: conv 3x3 + bias -> ReLU -> 2x2 max pool ->
// fully connected layer (cuBLAS) -> softmax over the classes. The convolution algorithm is
// chosen by timing the candidates on the real buffers (cudnnFindConvolutionForwardAlgorithmEx).
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>
#include <hipblas/hipblas.h>
#include <miopen/miopen.h>
#include "../cu2hip/miopen_support.h"

#define CHECK_CUDA(expr)                                                                   \
    do {                                                                                   \
        hipError_t status_ = (expr);                                                       \
        if (status_ != hipSuccess) {                                                       \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(status_)); \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

#define CHECK_CUDNN(expr)                                                                  \
    do {                                                                                   \
        miopenStatus_t status_ = (expr);                                                   \
        if (status_ != miopenStatusSuccess) {                                              \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, miopenGetErrorString(status_)); \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

#define CHECK_CUBLAS(expr)                                                                 \
    do {                                                                                   \
        if ((expr) != HIPBLAS_STATUS_SUCCESS) {                                            \
            std::fprintf(stderr, "%s:%d: cuBLAS call failed\n", __FILE__, __LINE__);       \
            std::exit(1);                                                                  \
        }                                                                                  \
    } while (0)

namespace {

constexpr int kBatch = 4, kChannels = 3, kHeight = 28, kWidth = 28;
constexpr int kFilters = 16, kClasses = 10;

miopenTensorDescriptor_t tensor(int n, int c, int h, int w)
{
    miopenTensorDescriptor_t desc;
    CHECK_CUDNN(miopenCreateTensorDescriptor(&desc));
    CHECK_CUDNN(miopenSet4dTensorDescriptor(desc, miopenFloat, n, c, h, w));
    return desc;
}

float* device_buffer(size_t count, float value)
{
    std::vector<float> host(count, value);
    float* device = nullptr;
    CHECK_CUDA(hipMalloc(&device, count * sizeof(float)));
    CHECK_CUDA(hipMemcpy(device, host.data(), count * sizeof(float), hipMemcpyHostToDevice));
    return device;
}

}  // namespace

int main()
{
    miopenHandle_t dnn;
    hipblasHandle_t blas;
    CHECK_CUDNN(miopenCreate(&dnn));
    CHECK_CUBLAS(hipblasCreate(&blas));

    miopenTensorDescriptor_t x_desc = tensor(kBatch, kChannels, kHeight, kWidth);
    miopenTensorDescriptor_t w_desc;
    CHECK_CUDNN(miopenCreateTensorDescriptor(&w_desc));
    CHECK_CUDNN(miopenSet4dTensorDescriptor(w_desc, miopenFloat, kFilters, kChannels, 3, 3));
    miopenConvolutionDescriptor_t conv_desc;
    CHECK_CUDNN(miopenCreateConvolutionDescriptor(&conv_desc));
    CHECK_CUDNN(miopenInitConvolutionDescriptor(conv_desc, miopenConvolution, 1, 1, 1, 1, 1, 1));
    miopenTensorDescriptor_t y_desc = tensor(kBatch, kFilters, kHeight, kWidth);
    miopenTensorDescriptor_t bias_desc = tensor(1, kFilters, 1, 1);
    miopenTensorDescriptor_t p_desc = tensor(kBatch, kFilters, kHeight / 2, kWidth / 2);
    miopenTensorDescriptor_t logits_desc = tensor(kBatch, kClasses, 1, 1);

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
    CHECK_CUDA(hipMalloc(&workspace, workspace_bytes));
    miopenConvAlgoPerf_t results[cu2hip::kConvolutionFwdAlgoCount];
    int found = 0;
    CHECK_CUDNN(miopenFindConvolutionForwardAlgorithm(dnn, x_desc, x, w_desc, w, conv_desc, y_desc, y,
                                                       cu2hip::kConvolutionFwdAlgoCount, &found, results, workspace,
                                                       workspace_bytes, false));
    if (found == 0 || false) {
        std::fprintf(stderr, "no convolution algorithm\n");
        return 1;
    }
    const miopenConvFwdAlgorithm_t algo = results[0].fwd_algo;
    std::printf("convolution algorithm %d: %.3f ms, %zu bytes of workspace\n", static_cast<int>(algo), results[0].time,
                results[0].memory);

    miopenActivationDescriptor_t relu;
    CHECK_CUDNN(miopenCreateActivationDescriptor(&relu));
    CHECK_CUDNN(miopenSetActivationDescriptor(relu, miopenActivationRELU, 0.0, 0.0, 0.0));
    miopenPoolingDescriptor_t pool;
    CHECK_CUDNN(miopenCreatePoolingDescriptor(&pool));
    CHECK_CUDNN(miopenSet2dPoolingDescriptor(pool, miopenPoolingMax, 2, 2, 0, 0, 2, 2));

    const float one = 1.0f, zero = 0.0f;
    CHECK_CUDNN(miopenConvolutionForward(dnn, &one, x_desc, x, w_desc, w, conv_desc, algo, &zero, y_desc,
                                        y, workspace, workspace_bytes));
    CHECK_CUDNN(miopenOpTensor(dnn, miopenTensorOpAdd, &one, y_desc, y, &one, bias_desc, bias, &cu2hip::kZeroScale, y_desc, y));
    CHECK_CUDNN(miopenActivationForward(dnn, relu, &one, y_desc, y, &zero, y_desc, y));
    CHECK_CUDNN(miopenPoolingForward(dnn, pool, &one, y_desc, y, &zero, p_desc, pooled, false, nullptr, 0));

    // logits (classes x batch, column-major) = fc_weights^T (classes x features) * pooled (features x batch)
    CHECK_CUBLAS(hipblasSgemm(blas, HIPBLAS_OP_T, HIPBLAS_OP_N, kClasses, kBatch, features, &one, fc_weights, features,
                             pooled, features, &zero, logits, kClasses));
    CHECK_CUDNN(miopenSoftmaxForward_V2(dnn, &one, logits_desc, logits, &zero, logits_desc,
                                    probabilities, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL));

    std::vector<float> host(size_t(kBatch) * kClasses);
    CHECK_CUDA(hipMemcpy(host.data(), probabilities, host.size() * sizeof(float), hipMemcpyDeviceToHost));
    double total = 0.0;
    for (float p : host) total += p;
    std::printf("probabilities sum to %.3f over %d images\n", total, kBatch);

    for (float* buffer : {x, w, bias, y, pooled, fc_weights, logits, probabilities}) CHECK_CUDA(hipFree(buffer));
    CHECK_CUDA(hipFree(workspace));
    CHECK_CUDNN(miopenDestroyPoolingDescriptor(pool));
    CHECK_CUDNN(miopenDestroyActivationDescriptor(relu));
    for (miopenTensorDescriptor_t desc : {x_desc, y_desc, bias_desc, p_desc, logits_desc})
        CHECK_CUDNN(miopenDestroyTensorDescriptor(desc));
    CHECK_CUDNN(miopenDestroyConvolutionDescriptor(conv_desc));
    CHECK_CUDNN(miopenDestroyTensorDescriptor(w_desc));
    CHECK_CUBLAS(hipblasDestroy(blas));
    CHECK_CUDNN(miopenDestroy(dnn));
    return std::abs(total - kBatch) < 1e-3 ? 0 : 1;
}
