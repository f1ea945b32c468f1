// fir_filter.cu -- applies a symmetric FIR low-pass filter to a signal.
//
// The taps live in constant memory: every thread of a warp reads the same tap
// at the same time, which the constant cache broadcasts.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>

#define CHECK_CUDA(call)                                                         \
    do {                                                                         \
        hipError_t e = (call);                                                   \
        if (e != hipSuccess) {                                                   \
            fprintf(stderr, "%s:%d: CUDA error: %s\n", __FILE__, __LINE__,       \
                    hipGetErrorString(e));                                       \
            std::exit(1);                                                        \
        }                                                                        \
    } while (0)

constexpr int kMaxTaps = 63;
constexpr int kBlock = 256;

__constant__ float c_taps[kMaxTaps];
__constant__ int c_num_taps;
// Gain applied after filtering; updated separately from the taps.
__constant__ float c_gain = 1.0f;

// out[i] = gain * sum_k taps[k] * in[i + k - radius], zero outside the signal.
__global__ void fir_kernel(const float* __restrict__ in, float* __restrict__ out, int n)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) {
        return;
    }
    const int radius = c_num_taps / 2;
    float acc = 0.0f;
    for (int k = 0; k < c_num_taps; ++k) {
        const int j = i + k - radius;
        if (j >= 0 && j < n) {
            acc += c_taps[k] * in[j];
        }
    }
    out[i] = c_gain * acc;
}

// Scales the taps in place through a plain pointer to the constant bank.
__global__ void normalize_taps_kernel(float* taps, int count, float inv_sum)
{
    const int k = threadIdx.x;
    if (k < count) {
        taps[k] *= inv_sum;
    }
}

// Windowed-sinc low-pass taps (Hamming window), not normalised.
static std::vector<float> make_lowpass(int num_taps, float cutoff)
{
    std::vector<float> taps(num_taps);
    const int m = num_taps - 1;
    for (int k = 0; k < num_taps; ++k) {
        const double x = k - m / 2.0;
        const double sinc = x == 0.0 ? 2.0 * cutoff : std::sin(2.0 * M_PI * cutoff * x) / (M_PI * x);
        const double window = 0.54 - 0.46 * std::cos(2.0 * M_PI * k / m);
        taps[k] = static_cast<float>(sinc * window);
    }
    return taps;
}

static void fir_reference(const std::vector<float>& in, const std::vector<float>& taps, float gain,
                          std::vector<float>& out)
{
    const int n = static_cast<int>(in.size());
    const int radius = static_cast<int>(taps.size()) / 2;
    for (int i = 0; i < n; ++i) {
        double acc = 0.0;
        for (int k = 0; k < static_cast<int>(taps.size()); ++k) {
            const int j = i + k - radius;
            if (j >= 0 && j < n) {
                acc += static_cast<double>(taps[k]) * in[j];
            }
        }
        out[i] = static_cast<float>(gain * acc);
    }
}

int main()
{
    const int n = 1 << 18;
    const int num_taps = 31;
    const float gain = 2.0f;

    std::vector<float> h_taps = make_lowpass(num_taps, 0.1f);
    double tap_sum = 0.0;
    for (float t : h_taps) {
        tap_sum += t;
    }

    // Upload the taps and their count.
    CHECK_CUDA(hipMemcpyToSymbol(HIP_SYMBOL(c_taps), h_taps.data(), num_taps * sizeof(float)));
    CHECK_CUDA(hipMemcpyToSymbol(HIP_SYMBOL(c_num_taps), &num_taps, sizeof(int), 0, hipMemcpyHostToDevice));

    // Normalise on the device: constant memory is read-only for kernels in
    // principle, but its address can be taken and written like global memory.
    float* d_taps = nullptr;
    CHECK_CUDA(hipGetSymbolAddress((void**)&d_taps, HIP_SYMBOL(c_taps)));
    normalize_taps_kernel<<<1, 64>>>(d_taps, num_taps, static_cast<float>(1.0 / tap_sum));
    CHECK_CUDA(hipGetLastError());

    // Read the taps back to build the host reference from exactly what the device uses.
    std::vector<float> h_taps_device(num_taps);
    CHECK_CUDA(hipMemcpyFromSymbol(h_taps_device.data(), HIP_SYMBOL(c_taps), num_taps * sizeof(float)));
    int count_back = 0;
    CHECK_CUDA(hipMemcpyFromSymbol(&count_back, HIP_SYMBOL(c_num_taps), sizeof(count_back), 0, hipMemcpyDeviceToHost));
    if (count_back != num_taps) {
        fprintf(stderr, "tap count read back as %d, expected %d\n", count_back, num_taps);
        return 1;
    }

    // The gain goes in on a stream, after the taps.
    hipStream_t stream;
    CHECK_CUDA(hipStreamCreate(&stream));
    CHECK_CUDA(hipMemcpyToSymbolAsync(HIP_SYMBOL(c_gain), &gain, sizeof(float), 0, hipMemcpyHostToDevice, stream));

    std::vector<float> h_in(n);
    for (int i = 0; i < n; ++i) {
        // A slow sine plus a fast one the filter should remove.
        h_in[i] = std::sin(0.01f * i) + 0.5f * std::sin(2.5f * i);
    }
    float* d_in = nullptr;
    float* d_out = nullptr;
    CHECK_CUDA(hipMalloc(&d_in, n * sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_out, n * sizeof(float)));
    CHECK_CUDA(hipMemcpyAsync(d_in, h_in.data(), n * sizeof(float), hipMemcpyHostToDevice, stream));

    fir_kernel<<<(n + kBlock - 1) / kBlock, kBlock, 0, stream>>>(d_in, d_out, n);
    CHECK_CUDA(hipGetLastError());

    std::vector<float> h_out(n);
    CHECK_CUDA(hipMemcpyAsync(h_out.data(), d_out, n * sizeof(float), hipMemcpyDeviceToHost, stream));
    CHECK_CUDA(hipStreamSynchronize(stream));

    std::vector<float> expected(n);
    fir_reference(h_in, h_taps_device, gain, expected);
    double max_error = 0.0;
    for (int i = 0; i < n; ++i) {
        max_error = std::fmax(max_error, std::fabs(static_cast<double>(h_out[i]) - expected[i]));
    }
    const bool ok = max_error < 1e-4;
    printf("FIR %d taps over %d samples: max error %.3g -> %s\n", num_taps, n, max_error, ok ? "PASSED" : "FAILED");

    CHECK_CUDA(hipFree(d_out));
    CHECK_CUDA(hipFree(d_in));
    CHECK_CUDA(hipStreamDestroy(stream));
    return ok ? 0 : 1;
}
