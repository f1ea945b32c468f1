// train_step.cu -- one SGD training step of a small per-pixel classifier with cuDNN:
//
//   x -> batch norm (spatial) -> conv 3x3 + bias -> ReLU -> max pool 2x2 -> softmax over channels
//     -> cross-entropy against per-pixel labels
//
// then the full backward pass (softmax, pooling, activation, convolution bias/filter/data, batch
// norm) and an SGD update. The step is checked on the host: the convolution output against a
// direct CPU convolution, the probabilities summing to one, and the loss going down.
#include <hip/hip_runtime.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "dnn_check.h"
#include "../cu2hip/miopen_support.h"

namespace {

constexpr int kThreads = 256;
constexpr float kLearningRate = 0.05f;
constexpr double kBnEpsilon = 1e-5;
constexpr double kBnMomentum = 0.1;
constexpr size_t kMaxWorkspace = size_t(64) << 20;

// d(loss)/d(prob) for mean cross-entropy over every pixel; also accumulates the loss.
__global__ void cross_entropy_grad(const float* __restrict__ prob, const int* __restrict__ labels,
                                   float* __restrict__ dprob, float* __restrict__ loss, int batch, int classes,
                                   int pixels)
{
    const int total = batch * pixels;
    const float scale = 1.0f / static_cast<float>(total);
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < total; i += blockDim.x * gridDim.x) {
        const int n = i / pixels, p = i % pixels;
        const int label = labels[i];
        for (int c = 0; c < classes; ++c) {
            const int idx = (n * classes + c) * pixels + p;
            dprob[idx] = 0.0f;
            if (c == label) {
                const float q = fmaxf(prob[idx], 1e-12f);
                dprob[idx] = -scale / q;
                atomicAdd(loss, -logf(q) * scale);
            }
        }
    }
}

__global__ void sgd_update(float* __restrict__ param, const float* __restrict__ grad, float lr, int count)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < count; i += blockDim.x * gridDim.x) {
        param[i] -= lr * grad[i];
    }
}

int blocks_for(int count)
{
    return std::min((count + kThreads - 1) / kThreads, 1024);
}

// Everything one step needs: descriptors, parameters, activations and their gradients.
struct Classifier {
    Dims x_dims{8, 3, 16, 16};
    Dims w_dims{6, 3, 3, 3};  // 6 classes
    Dims bn_dims{1, 3, 1, 1};
    Dims bias_dims{1, 6, 1, 1};
    Dims y_dims{}, p_dims{};

    miopenHandle_t handle = nullptr;
    hipStream_t stream = nullptr;
    miopenTensorDescriptor_t x_desc = nullptr, bn_desc = nullptr, y_desc = nullptr, p_desc = nullptr,
                            bias_desc = nullptr;
    miopenTensorDescriptor_t w_desc = nullptr;
    miopenConvolutionDescriptor_t conv_desc = nullptr;
    miopenActivationDescriptor_t relu_desc = nullptr;
    miopenPoolingDescriptor_t pool_desc = nullptr;

    miopenConvFwdAlgorithm_t fwd_algo = miopenConvolutionFwdAlgoImplicitGEMM;
    miopenConvBwdDataAlgorithm_t bwd_data_algo = miopenConvolutionBwdDataAlgoDirect;
    miopenConvBwdWeightsAlgorithm_t bwd_filter_algo = miopenConvolutionBwdWeightsAlgoDirect;
    void* workspace = nullptr;
    size_t workspace_bytes = 0;

    // Parameters and their gradients.
    float *w = nullptr, *bias = nullptr, *bn_scale = nullptr, *bn_shift = nullptr;
    float *dw = nullptr, *dbias = nullptr, *dbn_scale = nullptr, *dbn_shift = nullptr;
    // Batch-norm running and saved statistics.
    float *running_mean = nullptr, *running_var = nullptr, *saved_mean = nullptr, *saved_inv_var = nullptr;
    // Activations: x, batch-norm output, conv output (ReLU in place), pooled, probabilities.
    float *x = nullptr, *xn = nullptr, *y = nullptr, *pooled = nullptr, *prob = nullptr;
    // Gradients of the activations.
    float *dx = nullptr, *dxn = nullptr, *dy = nullptr, *dpooled = nullptr, *dprob = nullptr;
    float* y_pre = nullptr;  // conv output before ReLU, for the activation backward pass
    int* labels = nullptr;
    float* loss = nullptr;

    void create()
    {
        CUDA_CHECK(hipStreamCreate(&stream));
        CUDNN_CHECK(miopenCreate(&handle));
        CUDNN_CHECK(miopenSetStream(handle, stream));

        x_desc = create_tensor(x_dims);
        CUDNN_CHECK(miopenCreateTensorDescriptor(&bn_desc));
        CUDNN_CHECK(miopenDeriveBNTensorDescriptor(bn_desc, x_desc, miopenBNSpatial));

        CUDNN_CHECK(miopenCreateTensorDescriptor(&w_desc));
        CUDNN_CHECK(miopenSet4dTensorDescriptor(w_desc, miopenFloat, w_dims.n, w_dims.c, w_dims.h, w_dims.w));
        CUDNN_CHECK(miopenCreateConvolutionDescriptor(&conv_desc));
        CUDNN_CHECK(miopenInitConvolutionDescriptor(conv_desc, miopenConvolution, 1, 1, 1, 1, 1, 1));
        CUDNN_CHECK(miopenGetConvolutionForwardOutputDim(conv_desc, x_desc, w_desc, &y_dims.n, &y_dims.c, &y_dims.h,
                                                          &y_dims.w));
        y_desc = create_tensor(y_dims);
        bias_desc = create_tensor(bias_dims);

        CUDNN_CHECK(miopenCreateActivationDescriptor(&relu_desc));
        CUDNN_CHECK(miopenSetActivationDescriptor(relu_desc, miopenActivationRELU, 0.0, 0.0, 0.0));
        CUDNN_CHECK(miopenCreatePoolingDescriptor(&pool_desc));
        CUDNN_CHECK(miopenSet2dPoolingDescriptor(pool_desc, miopenPoolingMax, 2, 2, 0, 0, 2, 2));
        CUDNN_CHECK(miopenGetPoolingForwardOutputDim(pool_desc, y_desc, &p_dims.n, &p_dims.c, &p_dims.h, &p_dims.w));
        p_desc = create_tensor(p_dims);

        choose_algorithms();
        allocate();
    }

    void choose_algorithms()
    {
        int returned = 0;
        miopenConvAlgoPerf_t fwd_perf[cu2hip::kConvolutionFwdAlgoCount];
        CUDNN_CHECK(cu2hip::findConvolutionForwardAlgorithm(handle, x_desc, w_desc, conv_desc, y_desc,
                                                           cu2hip::kConvolutionFwdAlgoCount, &returned, fwd_perf));
        if (returned > 0 && true) fwd_algo = fwd_perf[0].fwd_algo;

        // Backward passes: take the fastest algorithm that fits in 64 MiB of workspace.
        miopenConvAlgoPerf_t data_perf[cu2hip::kConvolutionBwdDataAlgoCount];
        CUDNN_CHECK(cu2hip::findConvolutionBackwardDataAlgorithm(handle, w_desc, y_desc, conv_desc, x_desc,
                                                                cu2hip::kConvolutionBwdDataAlgoCount, &returned,
                                                                data_perf));
        for (int i = 0; i < returned; ++i) {
            if (true && data_perf[i].memory <= kMaxWorkspace) {
                bwd_data_algo = data_perf[i].bwd_data_algo;
                break;
            }
        }
        miopenConvAlgoPerf_t filter_perf[cu2hip::kConvolutionBwdWeightsAlgoCount];
        CUDNN_CHECK(cu2hip::findConvolutionBackwardWeightsAlgorithm(handle, x_desc, y_desc, conv_desc, w_desc,
                                                                  cu2hip::kConvolutionBwdWeightsAlgoCount, &returned,
                                                                  filter_perf));
        for (int i = 0; i < returned; ++i) {
            if (true && filter_perf[i].memory <= kMaxWorkspace) {
                bwd_filter_algo = filter_perf[i].bwd_weights_algo;
                break;
            }
        }

        size_t fwd_bytes = 0, data_bytes = 0, filter_bytes = 0;
        CUDNN_CHECK(miopenConvolutionForwardGetWorkSpaceSize(handle, w_desc, x_desc, conv_desc, y_desc, &fwd_bytes));
        CUDNN_CHECK(miopenConvolutionBackwardDataGetWorkSpaceSize(handle, y_desc, w_desc, conv_desc, x_desc,
                                                                 &data_bytes));
        CUDNN_CHECK(miopenConvolutionBackwardWeightsGetWorkSpaceSize(handle, y_desc, x_desc, conv_desc, w_desc,
                                                                   &filter_bytes));
        workspace_bytes = std::max({fwd_bytes, data_bytes, filter_bytes});
        if (workspace_bytes > 0) CUDA_CHECK(hipMalloc(&workspace, workspace_bytes));
        std::printf("algorithms: fwd %d, bwd data %d, bwd filter %d; workspace %zu bytes\n", static_cast<int>(fwd_algo),
                    static_cast<int>(bwd_data_algo), static_cast<int>(bwd_filter_algo), workspace_bytes);
    }

    void allocate()
    {
        w = device_alloc(w_dims);
        dw = device_alloc(w_dims);
        bias = device_alloc(bias_dims);
        dbias = device_alloc(bias_dims);
        for (float** p : {&bn_scale, &bn_shift, &dbn_scale, &dbn_shift, &running_mean, &running_var, &saved_mean,
                          &saved_inv_var}) {
            *p = device_alloc(bn_dims);
        }
        x = device_alloc(x_dims);
        xn = device_alloc(x_dims);
        dx = device_alloc(x_dims);
        dxn = device_alloc(x_dims);
        y = device_alloc(y_dims);
        y_pre = device_alloc(y_dims);
        dy = device_alloc(y_dims);
        pooled = device_alloc(p_dims);
        dpooled = device_alloc(p_dims);
        prob = device_alloc(p_dims);
        dprob = device_alloc(p_dims);
        CUDA_CHECK(hipMalloc(&labels, sizeof(int) * p_dims.n * p_dims.h * p_dims.w));
        CUDA_CHECK(hipMalloc(&loss, sizeof(float)));
    }

    // Forward pass; returns the mean cross-entropy and leaves d(loss)/d(prob) in dprob.
    float forward()
    {
        const float one = 1.0f, zero = 0.0f;
        CUDNN_CHECK(miopenBatchNormalizationForwardTraining(handle, miopenBNSpatial, (void*)&one, (void*)&zero, x_desc, x,
                                                           x_desc, xn, bn_desc, (void*)bn_scale, (void*)bn_shift, kBnMomentum,
                                                           running_mean, running_var, kBnEpsilon, saved_mean,
                                                           saved_inv_var));
        CUDNN_CHECK(miopenConvolutionForward(handle, &one, x_desc, xn, w_desc, w, conv_desc, fwd_algo, &zero,
                                            y_desc, y_pre, workspace, workspace_bytes));
        CUDNN_CHECK(miopenOpTensor(handle, miopenTensorOpAdd, &one, y_desc, y_pre, &one, bias_desc, bias, &cu2hip::kZeroScale, y_desc, y_pre));
        CUDNN_CHECK(miopenActivationForward(handle, relu_desc, &one, y_desc, y_pre, &zero, y_desc, y));
        CUDNN_CHECK(miopenPoolingForward(handle, pool_desc, &one, y_desc, y, &zero, p_desc, pooled, true, cu2hip::poolingForwardWorkspace(pool_desc, p_desc, pooled), cu2hip::poolingWorkspaceSize(pool_desc, p_desc)));
        CUDNN_CHECK(miopenSoftmaxForward_V2(handle, &one, p_desc, pooled, &zero, p_desc,
                                        prob, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL));

        CUDA_CHECK(hipMemsetAsync(loss, 0, sizeof(float), stream));
        const int pixels = p_dims.h * p_dims.w;
        cross_entropy_grad<<<blocks_for(p_dims.n * pixels), kThreads, 0, stream>>>(prob, labels, dprob, loss, p_dims.n,
                                                                                  p_dims.c, pixels);
        CUDA_CHECK(hipGetLastError());
        float host_loss = 0.0f;
        CUDA_CHECK(hipMemcpyAsync(&host_loss, loss, sizeof(float), hipMemcpyDeviceToHost, stream));
        CUDA_CHECK(hipStreamSynchronize(stream));
        return host_loss;
    }

    void backward()
    {
        const float one = 1.0f, zero = 0.0f;
        CUDNN_CHECK(miopenSoftmaxBackward_V2(handle, &one, p_desc, prob, p_desc, dprob,
                                         &zero, p_desc, dpooled, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL));
        CUDNN_CHECK(miopenPoolingBackward(handle, pool_desc, &one, p_desc, pooled, p_desc, dpooled, y_desc, y, &zero,
                                         y_desc, dy, cu2hip::poolingBackwardWorkspace(pooled)));
        CUDNN_CHECK(miopenActivationBackward(handle, relu_desc, &one, y_desc, y, y_desc, dy, y_desc, y_pre, &zero, y_desc,
                                            dy));
        CUDNN_CHECK(miopenConvolutionBackwardBias(handle, &one, y_desc, dy, &zero, bias_desc, dbias));
        CUDNN_CHECK(miopenConvolutionBackwardWeights(handle, &one, y_desc, dy, x_desc, xn, conv_desc, bwd_filter_algo,
                                                   &zero, w_desc, dw, workspace, workspace_bytes));
        CUDNN_CHECK(miopenConvolutionBackwardData(handle, &one, y_desc, dy, w_desc, w, conv_desc, bwd_data_algo, &zero,
                                                 x_desc, dxn, workspace, workspace_bytes));
        CUDNN_CHECK(miopenBatchNormalizationBackward(handle, miopenBNSpatial, &one, &zero, &one, &zero, x_desc, x,
                                                    x_desc, dxn, x_desc, dx, bn_desc, bn_scale, dbn_scale, dbn_shift,
                                                    kBnEpsilon, saved_mean, saved_inv_var));
    }

    void update()
    {
        struct Param {
            float* value;
            const float* grad;
            int count;
        };
        for (const Param& p : {Param{w, dw, w_dims.count()}, Param{bias, dbias, bias_dims.count()},
                               Param{bn_scale, dbn_scale, bn_dims.count()}, Param{bn_shift, dbn_shift, bn_dims.count()}}) {
            sgd_update<<<blocks_for(p.count), kThreads, 0, stream>>>(p.value, p.grad, kLearningRate, p.count);
            CUDA_CHECK(hipGetLastError());
        }
        CUDA_CHECK(hipStreamSynchronize(stream));
    }

    void destroy()
    {
        for (float* p : {w, dw, bias, dbias, bn_scale, bn_shift, dbn_scale, dbn_shift, running_mean, running_var,
                         saved_mean, saved_inv_var, x, xn, dx, dxn, y, y_pre, dy, pooled, dpooled, prob, dprob, loss}) {
            CUDA_CHECK(hipFree(p));
        }
        CUDA_CHECK(hipFree(labels));
        CUDA_CHECK(hipFree(workspace));
        CUDNN_CHECK(miopenDestroyPoolingDescriptor(pool_desc));
        CUDNN_CHECK(miopenDestroyActivationDescriptor(relu_desc));
        CUDNN_CHECK(miopenDestroyConvolutionDescriptor(conv_desc));
        CUDNN_CHECK(miopenDestroyTensorDescriptor(w_desc));
        for (miopenTensorDescriptor_t d : {x_desc, bn_desc, y_desc, p_desc, bias_desc}) {
            CUDNN_CHECK(miopenDestroyTensorDescriptor(d));
        }
        CUDNN_CHECK(miopenDestroy(handle));
        CUDA_CHECK(hipStreamDestroy(stream));
    }
};

std::vector<float> to_host(const float* device, const Dims& d)
{
    std::vector<float> values(d.count());
    CUDA_CHECK(hipMemcpy(values.data(), device, d.bytes(), hipMemcpyDeviceToHost));
    return values;
}

// Direct cross-correlation (pad 1, stride 1) plus bias, before the activation.
std::vector<float> conv_reference(const std::vector<float>& x, const Dims& xd, const std::vector<float>& w,
                                  const Dims& wd, const std::vector<float>& bias, const Dims& yd)
{
    std::vector<float> y(yd.count());
    for (int n = 0; n < yd.n; ++n)
        for (int k = 0; k < yd.c; ++k)
            for (int i = 0; i < yd.h; ++i)
                for (int j = 0; j < yd.w; ++j) {
                    double acc = bias[k];
                    for (int c = 0; c < xd.c; ++c)
                        for (int r = 0; r < wd.h; ++r)
                            for (int s = 0; s < wd.w; ++s) {
                                const int ih = i - 1 + r, iw = j - 1 + s;
                                if (ih < 0 || ih >= xd.h || iw < 0 || iw >= xd.w) continue;
                                acc += double(x[((n * xd.c + c) * xd.h + ih) * xd.w + iw]) *
                                       w[((k * wd.c + c) * wd.h + r) * wd.w + s];
                            }
                    y[((n * yd.c + k) * yd.h + i) * yd.w + j] = static_cast<float>(acc);
                }
    return y;
}

}  // namespace

int main()
{
    Classifier net;
    net.create();

    // Inputs, labels and initial parameters.
    std::mt19937 rng(42);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_int_distribution<int> label_dist(0, net.p_dims.c - 1);
    std::vector<float> h_x(net.x_dims.count()), h_w(net.w_dims.count()), h_bias(net.bias_dims.count(), 0.01f);
    for (float& v : h_x) v = 2.0f * normal(rng) + 0.5f;
    for (float& v : h_w) v = 0.2f * normal(rng);
    std::vector<int> h_labels(net.p_dims.n * net.p_dims.h * net.p_dims.w);
    for (int& l : h_labels) l = label_dist(rng);
    const std::vector<float> ones(net.bn_dims.count(), 1.0f);
    CUDA_CHECK(hipMemcpy(net.x, h_x.data(), net.x_dims.bytes(), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemcpy(net.w, h_w.data(), net.w_dims.bytes(), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemcpy(net.bias, h_bias.data(), net.bias_dims.bytes(), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemcpy(net.bn_scale, ones.data(), net.bn_dims.bytes(), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemcpy(net.running_var, ones.data(), net.bn_dims.bytes(), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemcpy(net.labels, h_labels.data(), h_labels.size() * sizeof(int), hipMemcpyHostToDevice));

    bool ok = true;
    const float loss_before = net.forward();

    // The convolution (with bias, before ReLU) against the CPU, from the batch-norm output.
    const std::vector<float> h_xn = to_host(net.xn, net.x_dims);
    const std::vector<float> want = conv_reference(h_xn, net.x_dims, h_w, net.w_dims, h_bias, net.y_dims);
    const std::vector<float> got = to_host(net.y_pre, net.y_dims);
    double worst = 0.0;
    for (size_t i = 0; i < got.size(); ++i) worst = std::max(worst, std::fabs(double(got[i]) - want[i]));
    std::printf("conv + bias max abs error %.3e\n", worst);
    ok &= worst < 1e-3;

    // Probabilities over the channels sum to one at every pooled pixel.
    const std::vector<float> h_prob = to_host(net.prob, net.p_dims);
    const int pixels = net.p_dims.h * net.p_dims.w;
    double worst_sum = 0.0;
    for (int n = 0; n < net.p_dims.n; ++n)
        for (int p = 0; p < pixels; ++p) {
            double sum = 0.0;
            for (int c = 0; c < net.p_dims.c; ++c) sum += h_prob[(n * net.p_dims.c + c) * pixels + p];
            worst_sum = std::max(worst_sum, std::fabs(sum - 1.0));
        }
    std::printf("softmax sums off by at most %.3e\n", worst_sum);
    ok &= worst_sum < 1e-5;

    net.backward();
    net.update();
    const float loss_after = net.forward();
    std::printf("loss %.5f -> %.5f after one step\n", loss_before, loss_after);
    ok &= std::isfinite(loss_after) && loss_after < loss_before;

    net.destroy();
    std::printf("%s\n", ok ? "training step OK" : "training step FAILED");
    return ok ? 0 : 1;
}
