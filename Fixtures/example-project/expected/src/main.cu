// main.cu -- tinyhead: LayerNorm + softmax over a batch of rows, in float and
// __half, timed and checked against a CPU implementation.
#include <hip/hip_runtime.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "common/cuda_utils.h"
#include "kernels/kernels.h"

namespace {

constexpr float kEps = 1e-5f;

void reference(const std::vector<float>& x, const std::vector<float>& gamma, const std::vector<float>& beta, int rows,
               int cols, std::vector<float>& out)
{
    std::vector<double> t(cols);
    for (int r = 0; r < rows; ++r) {
        const float* xr = x.data() + static_cast<size_t>(r) * cols;
        double mean = 0.0, sq = 0.0;
        for (int c = 0; c < cols; ++c) {
            mean += xr[c];
            sq += static_cast<double>(xr[c]) * xr[c];
        }
        mean /= cols;
        const double inv_std = 1.0 / std::sqrt(std::max(sq / cols - mean * mean, 0.0) + kEps);
        double mx = -INFINITY;
        for (int c = 0; c < cols; ++c) {
            t[c] = (xr[c] - mean) * inv_std * gamma[c] + beta[c];
            mx = std::max(mx, t[c]);
        }
        double sum = 0.0;
        for (int c = 0; c < cols; ++c) {
            t[c] = std::exp(t[c] - mx);
            sum += t[c];
        }
        for (int c = 0; c < cols; ++c) {
            out[static_cast<size_t>(r) * cols + c] = static_cast<float>(t[c] / sum);
        }
    }
}

template <typename T>
float max_abs_error(const std::vector<T>& got, const std::vector<float>& expected)
{
    float err = 0.0f;
    for (size_t i = 0; i < got.size(); ++i) {
        err = std::max(err, std::fabs(static_cast<float>(got[i]) - expected[i]));
    }
    return err;
}

// Runs the head on device data of type T; returns the milliseconds taken.
template <typename T>
float run_head(const T* d_x, T* d_tmp, T* d_y, const float* d_gamma, const float* d_beta, int rows, int cols,
               hipStream_t stream)
{
    tinyhead::GpuTimer timer(stream);
    timer.start();
    tinyhead::layernorm_rows(d_x, d_tmp, d_gamma, d_beta, rows, cols, kEps, stream);
    tinyhead::softmax_rows(d_tmp, d_y, rows, cols, stream);
    return timer.stop_ms();
}

}  // namespace

int main(int argc, char** argv)
{
    const int rows = argc > 1 ? std::atoi(argv[1]) : 2048;
    const int cols = argc > 2 ? std::atoi(argv[2]) : 1000;
    const size_t count = static_cast<size_t>(rows) * cols;

    hipDeviceProp_t prop;
    CUDA_CHECK(hipGetDeviceProperties(&prop, 0));
    std::printf("%s: %d x %d\n", prop.name, rows, cols);

    std::vector<float> h_x(count), h_gamma(cols), h_beta(cols);
    for (size_t i = 0; i < count; ++i) {
        h_x[i] = static_cast<float>((i * 37) % 101) / 25.0f - 2.0f;
    }
    for (int c = 0; c < cols; ++c) {
        h_gamma[c] = 1.0f + 0.01f * (c % 7);
        h_beta[c] = 0.05f * (c % 3);
    }
    std::vector<__half> h_x_half(count);
    for (size_t i = 0; i < count; ++i) {
        h_x_half[i] = __float2half(h_x[i]);
    }

    hipStream_t stream;
    CUDA_CHECK(hipStreamCreateWithFlags(&stream, hipStreamNonBlocking));

    float *d_x, *d_tmp, *d_y, *d_gamma, *d_beta;
    __half *d_xh, *d_tmph, *d_yh;
    CUDA_CHECK(hipMalloc(&d_x, count * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_tmp, count * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_y, count * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_gamma, cols * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_beta, cols * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_xh, count * sizeof(__half)));
    CUDA_CHECK(hipMalloc(&d_tmph, count * sizeof(__half)));
    CUDA_CHECK(hipMalloc(&d_yh, count * sizeof(__half)));
    CUDA_CHECK(hipMemcpyAsync(d_x, h_x.data(), count * sizeof(float), hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_xh, h_x_half.data(), count * sizeof(__half), hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_gamma, h_gamma.data(), cols * sizeof(float), hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_beta, h_beta.data(), cols * sizeof(float), hipMemcpyHostToDevice, stream));

    // Warm-up, then the timed runs.
    run_head(d_x, d_tmp, d_y, d_gamma, d_beta, rows, cols, stream);
    const float ms_float = run_head(d_x, d_tmp, d_y, d_gamma, d_beta, rows, cols, stream);
    const float ms_half = run_head(d_xh, d_tmph, d_yh, d_gamma, d_beta, rows, cols, stream);

    std::vector<float> h_y(count);
    std::vector<__half> h_yh(count);
    CUDA_CHECK(hipMemcpyAsync(h_y.data(), d_y, count * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipMemcpyAsync(h_yh.data(), d_yh, count * sizeof(__half), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    std::vector<float> expected(count);
    reference(h_x, h_gamma, h_beta, rows, cols, expected);
    std::vector<float> h_y_from_half(count);
    for (size_t i = 0; i < count; ++i) {
        h_y_from_half[i] = __half2float(h_yh[i]);
    }
    const float err_float = max_abs_error(h_y, expected);
    const float err_half = max_abs_error(h_y_from_half, expected);
    const bool ok = err_float < 1e-5f && err_half < 2e-3f;
    std::printf("float: %.3f ms, max error %.2e\n__half: %.3f ms, max error %.2e\n%s\n", ms_float, err_float, ms_half,
                err_half, ok ? "PASSED" : "FAILED");

    for (void* p : {static_cast<void*>(d_x), static_cast<void*>(d_tmp), static_cast<void*>(d_y),
                    static_cast<void*>(d_gamma), static_cast<void*>(d_beta), static_cast<void*>(d_xh),
                    static_cast<void*>(d_tmph), static_cast<void*>(d_yh)}) {
        CUDA_CHECK(hipFree(p));
    }
    CUDA_CHECK(hipStreamDestroy(stream));
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
