// spectrum.cu -- FFT building blocks of the signal pipeline, each checked on the host:
//   * real-to-complex transform of one signal, peak bins, complex-to-real round trip;
//   * a batch of complex signals through one cufftPlanMany plan, filtered in the frequency
//     domain (circular convolution with a kernel) and transformed back.
#include <cmath>
#include <complex>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>
#include <hip/hip_complex.h>
#include <hipfft/hipfft.h>

#define CUDA_CHECK(call)                                                                          \
    do {                                                                                          \
        const hipError_t status = (call);                                                         \
        if (status != hipSuccess) {                                                               \
            std::fprintf(stderr, "CUDA error at %s:%d: %s\n", __FILE__, __LINE__,                \
                         hipGetErrorString(status));                                              \
            std::exit(EXIT_FAILURE);                                                              \
        }                                                                                         \
    } while (0)

#define CUFFT_CHECK(call)                                                                         \
    do {                                                                                          \
        const hipfftResult status = (call);                                                       \
        if (status != HIPFFT_SUCCESS) {                                                           \
            std::fprintf(stderr, "cuFFT error %d at %s:%d (%s)\n", static_cast<int>(status),      \
                         __FILE__, __LINE__, #call);                                              \
            std::exit(EXIT_FAILURE);                                                              \
        }                                                                                         \
    } while (0)

namespace {

constexpr double kPi = 3.14159265358979323846;

// Multiplies every spectrum of the batch by the same filter spectrum, with the 1/n scale of the
// unnormalised inverse transform folded in.
__global__ void apply_filter(hipfftComplex* spectra, const hipfftComplex* filter, int n, int batch, float scale)
{
    const int total = n * batch;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < total; i += blockDim.x * gridDim.x) {
        const hipfftComplex h = filter[i % n];
        const hipfftComplex product = hipCmulf(spectra[i], h);
        spectra[i] = make_hipComplex(hipCrealf(product) * scale, hipCimagf(product) * scale);
    }
}

__global__ void scale_real(hipfftReal* data, int n, float scale)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) data[i] *= scale;
}

double max_abs_diff(const std::vector<float>& a, const std::vector<float>& b)
{
    double worst = 0.0;
    for (size_t i = 0; i < a.size(); ++i) worst = std::fmax(worst, std::fabs(double(a[i]) - b[i]));
    return worst;
}

}  // namespace

int main()
{
    bool ok = true;
    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));

    // Part 1: one real signal, two tones at bins 50 and 120.
    const int n = 1024;
    std::vector<float> signal(n);
    for (int i = 0; i < n; ++i) {
        signal[i] = static_cast<float>(std::sin(2 * kPi * 50 * i / n) + 0.5 * std::sin(2 * kPi * 120 * i / n));
    }
    hipfftReal* d_signal = nullptr;
    hipfftComplex* d_spectrum = nullptr;
    CUDA_CHECK(hipMalloc(&d_signal, sizeof(hipfftReal) * n));
    CUDA_CHECK(hipMalloc(&d_spectrum, sizeof(hipfftComplex) * (n / 2 + 1)));
    CUDA_CHECK(hipMemcpyAsync(d_signal, signal.data(), sizeof(float) * n, hipMemcpyHostToDevice, stream));

    hipfftHandle forward_plan, inverse_plan;
    CUFFT_CHECK(hipfftPlan1d(&forward_plan, n, HIPFFT_R2C, 1));
    CUFFT_CHECK(hipfftPlan1d(&inverse_plan, n, HIPFFT_C2R, 1));
    CUFFT_CHECK(hipfftSetStream(forward_plan, stream));
    CUFFT_CHECK(hipfftSetStream(inverse_plan, stream));

    CUFFT_CHECK(hipfftExecR2C(forward_plan, d_signal, d_spectrum));
    std::vector<hipfftComplex> spectrum(n / 2 + 1);
    CUDA_CHECK(hipMemcpyAsync(spectrum.data(), d_spectrum, sizeof(hipfftComplex) * spectrum.size(),
                               hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    int peak = 0, second = 0;
    float peak_mag = 0.0f, second_mag = 0.0f;
    for (int k = 1; k < n / 2; ++k) {
        const float mag = std::hypot(spectrum[k].x, spectrum[k].y);
        if (mag > peak_mag) {
            second = peak;
            second_mag = peak_mag;
            peak = k;
            peak_mag = mag;
        } else if (mag > second_mag) {
            second = k;
            second_mag = mag;
        }
    }
    std::printf("R2C peaks at bins %d and %d\n", peak, second);
    ok &= peak == 50 && second == 120;

    // C2R may overwrite its input; the spectrum is not needed after this.
    CUFFT_CHECK(hipfftExecC2R(inverse_plan, d_spectrum, d_signal));
    scale_real<<<(n + 255) / 256, 256, 0, stream>>>(d_signal, n, 1.0f / n);
    CUDA_CHECK(hipGetLastError());
    std::vector<float> round_trip(n);
    CUDA_CHECK(hipMemcpyAsync(round_trip.data(), d_signal, sizeof(float) * n, hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    const double err_real = max_abs_diff(round_trip, signal);
    std::printf("R2C/C2R round trip max error %.2e\n", err_real);
    ok &= err_real < 1e-5;

    // Part 2: a batch of complex signals, circularly convolved with a 3-tap kernel.
    const int len = 256, batch = 8;
    int dims[1] = {len};
    std::vector<hipfftComplex> signals(size_t(len) * batch);
    for (int b = 0; b < batch; ++b)
        for (int i = 0; i < len; ++i) {
            const double phase = 2 * kPi * (b + 1) * i / len;
            signals[size_t(b) * len + i] = make_hipComplex(static_cast<float>(std::cos(phase)),
                                                          static_cast<float>(std::sin(0.5 * phase)));
        }
    std::vector<hipfftComplex> taps(len, make_hipComplex(0.0f, 0.0f));
    taps[0] = make_hipComplex(0.5f, 0.0f);
    taps[1] = make_hipComplex(0.25f, 0.0f);
    taps[len - 1] = make_hipComplex(0.25f, 0.0f);

    hipfftComplex *d_signals = nullptr, *d_filter = nullptr;
    CUDA_CHECK(hipMalloc(&d_signals, sizeof(hipfftComplex) * signals.size()));
    CUDA_CHECK(hipMalloc(&d_filter, sizeof(hipfftComplex) * len));
    CUDA_CHECK(hipMemcpyAsync(d_signals, signals.data(), sizeof(hipfftComplex) * signals.size(),
                               hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_filter, taps.data(), sizeof(hipfftComplex) * len, hipMemcpyHostToDevice, stream));

    // Contiguous signals: no embedding, unit stride, distance len between batch members.
    hipfftHandle batch_plan, filter_plan;
    CUFFT_CHECK(hipfftPlanMany(&batch_plan, 1, dims, nullptr, 1, len, nullptr, 1, len, HIPFFT_C2C, batch));
    CUFFT_CHECK(hipfftPlan1d(&filter_plan, len, HIPFFT_C2C, 1));
    CUFFT_CHECK(hipfftSetStream(batch_plan, stream));
    CUFFT_CHECK(hipfftSetStream(filter_plan, stream));

    CUFFT_CHECK(hipfftExecC2C(filter_plan, d_filter, d_filter, HIPFFT_FORWARD));
    CUFFT_CHECK(hipfftExecC2C(batch_plan, d_signals, d_signals, HIPFFT_FORWARD));
    apply_filter<<<64, 256, 0, stream>>>(d_signals, d_filter, len, batch, 1.0f / len);
    CUDA_CHECK(hipGetLastError());
    CUFFT_CHECK(hipfftExecC2C(batch_plan, d_signals, d_signals, HIPFFT_BACKWARD));

    std::vector<hipfftComplex> filtered(signals.size());
    CUDA_CHECK(hipMemcpyAsync(filtered.data(), d_signals, sizeof(hipfftComplex) * filtered.size(),
                               hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    double err_conv = 0.0;
    for (int b = 0; b < batch; ++b)
        for (int i = 0; i < len; ++i) {
            std::complex<double> want = 0.0;
            for (int t : {-1, 0, 1}) {
                const hipfftComplex s = signals[size_t(b) * len + (i - t + len) % len];
                want += (t == 0 ? 0.5 : 0.25) * std::complex<double>(s.x, s.y);
            }
            const hipfftComplex got = filtered[size_t(b) * len + i];
            err_conv = std::fmax(err_conv, std::abs(std::complex<double>(got.x, got.y) - want));
        }
    std::printf("batched C2C convolution max error %.2e\n", err_conv);
    ok &= err_conv < 1e-5;

    CUFFT_CHECK(hipfftDestroy(forward_plan));
    CUFFT_CHECK(hipfftDestroy(inverse_plan));
    CUFFT_CHECK(hipfftDestroy(batch_plan));
    CUFFT_CHECK(hipfftDestroy(filter_plan));
    CUDA_CHECK(hipFree(d_signal));
    CUDA_CHECK(hipFree(d_spectrum));
    CUDA_CHECK(hipFree(d_signals));
    CUDA_CHECK(hipFree(d_filter));
    CUDA_CHECK(hipStreamDestroy(stream));
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
