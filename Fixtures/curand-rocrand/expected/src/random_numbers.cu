// random_numbers.cu -- the two ways the simulation code draws random numbers:
//   * the cuRAND host API fills device buffers with uniform and normal samples;
//   * kernels keep one curandState per thread (a Monte Carlo estimate of pi).
// The sample moments and the estimate are checked on the host.
#include <cmath>
#include <cstdio>
#include <vector>

#include <hip/hip_runtime.h>
#include <rocrand/rocrand.h>
#include <rocrand/rocrand_kernel.h>

#include "rng_check.h"

namespace {

constexpr unsigned long long kSeed = 1234ULL;
constexpr int kBlocks = 64;
constexpr int kThreadsPerBlock = 128;
constexpr int kDrawsPerThread = 4096;

__global__ void setup_states(rocrand_state_xorwow* states, unsigned long long seed)
{
    const int id = blockIdx.x * blockDim.x + threadIdx.x;
    // Same seed, one subsequence per thread, no offset: independent streams.
    rocrand_init(seed, id, 0, &states[id]);
}

__global__ void count_inside(rocrand_state_xorwow* states, int draws, unsigned long long* inside)
{
    const int id = blockIdx.x * blockDim.x + threadIdx.x;
    rocrand_state_xorwow local = states[id];  // work on a register copy
    unsigned long long hits = 0;
    for (int i = 0; i < draws; ++i) {
        const float x = rocrand_uniform(&local);
        const float y = rocrand_uniform(&local);
        if (x * x + y * y <= 1.0f) ++hits;
    }
    states[id] = local;  // so a later launch continues the sequence
    atomicAdd(inside, hits);
}

__global__ void jitter(float* values, int n, rocrand_state_xorwow* states, float sigma)
{
    const int id = blockIdx.x * blockDim.x + threadIdx.x;
    rocrand_state_xorwow local = states[id];
    for (int i = id; i < n; i += blockDim.x * gridDim.x) {
        values[i] += sigma * rocrand_normal(&local);
    }
    states[id] = local;
}

struct Moments {
    double mean, variance;
};

Moments moments(const std::vector<float>& v)
{
    double sum = 0.0, sq = 0.0;
    for (float x : v) {
        sum += x;
        sq += double(x) * x;
    }
    const double mean = sum / v.size();
    return {mean, sq / v.size() - mean * mean};
}

bool near(const char* what, double got, double want, double tol)
{
    const bool ok = std::fabs(got - want) <= tol;
    std::printf("%-22s %10.6f (expected %.6f +- %.4f) %s\n", what, got, want, tol, ok ? "ok" : "FAIL");
    return ok;
}

}  // namespace

int main()
{
    const size_t n = 1 << 20;
    bool ok = true;

    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));

    // Host API: one generator, seeded once, drawing on our stream.
    rocrand_generator gen;
    CURAND_CHECK(rocrand_create_generator(&gen, ROCRAND_RNG_PSEUDO_DEFAULT));
    CURAND_CHECK(rocrand_set_stream(gen, stream));
    CURAND_CHECK(rocrand_set_seed(gen, kSeed));

    float *d_uniform = nullptr, *d_normal = nullptr;
    CUDA_CHECK(hipMalloc(&d_uniform, n * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_normal, n * sizeof(float)));
    CURAND_CHECK(rocrand_generate_uniform(gen, d_uniform, n));
    // Normal generation needs an even count.
    CURAND_CHECK(rocrand_generate_normal(gen, d_normal, n, 2.0f, 0.5f));

    std::vector<float> h_uniform(n), h_normal(n);
    CUDA_CHECK(hipMemcpyAsync(h_uniform.data(), d_uniform, n * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipMemcpyAsync(h_normal.data(), d_normal, n * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    const Moments u = moments(h_uniform);
    ok &= near("uniform mean", u.mean, 0.5, 0.005);
    ok &= near("uniform variance", u.variance, 1.0 / 12.0, 0.002);
    const Moments g = moments(h_normal);
    ok &= near("normal mean", g.mean, 2.0, 0.005);
    ok &= near("normal variance", g.variance, 0.25, 0.005);

    // Device API: per-thread states.
    const int threads = kBlocks * kThreadsPerBlock;
    rocrand_state_xorwow* d_states = nullptr;
    unsigned long long* d_inside = nullptr;
    CUDA_CHECK(hipMalloc(&d_states, threads * sizeof(rocrand_state_xorwow)));
    CUDA_CHECK(hipMalloc(&d_inside, sizeof(unsigned long long)));
    CUDA_CHECK(hipMemsetAsync(d_inside, 0, sizeof(unsigned long long), stream));

    setup_states<<<kBlocks, kThreadsPerBlock, 0, stream>>>(d_states, kSeed);
    CUDA_CHECK(hipGetLastError());
    count_inside<<<kBlocks, kThreadsPerBlock, 0, stream>>>(d_states, kDrawsPerThread, d_inside);
    CUDA_CHECK(hipGetLastError());

    unsigned long long inside = 0;
    CUDA_CHECK(hipMemcpyAsync(&inside, d_inside, sizeof(inside), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    const double pi = 4.0 * double(inside) / (double(threads) * kDrawsPerThread);
    ok &= near("pi estimate", pi, M_PI, 0.01);

    // Jitter the uniform samples with N(0, 0.01^2) noise; the mean must stay put.
    jitter<<<kBlocks, kThreadsPerBlock, 0, stream>>>(d_uniform, static_cast<int>(n), d_states, 0.01f);
    CUDA_CHECK(hipGetLastError());
    CUDA_CHECK(hipMemcpyAsync(h_uniform.data(), d_uniform, n * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    ok &= near("jittered mean", moments(h_uniform).mean, 0.5, 0.005);

    CURAND_CHECK(rocrand_destroy_generator(gen));
    CUDA_CHECK(hipFree(d_states));
    CUDA_CHECK(hipFree(d_inside));
    CUDA_CHECK(hipFree(d_uniform));
    CUDA_CHECK(hipFree(d_normal));
    CUDA_CHECK(hipStreamDestroy(stream));
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? 0 : 1;
}
