// histogram.cu -- byte histogram with shared-memory privatisation, compared
// against thrust for the total count.
//
// Work in progress: normalize_histogram() below does not compile yet.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>
#include <thrust/device_vector.h>
#include <thrust/reduce.h>

#include "histogram_config.h"

#ifndef NUM_BINS
#define NUM_BINS 256
#endif

#define CUDA_CHECK(call)                                                          \
    do {                                                                          \
        hipError_t err = (call);                                                  \
        if (err != hipSuccess) {                                                  \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(err)); \
            exit(1);                                                              \
        }                                                                         \
    } while (0)

// report.cpp
void print_histogram_summary(const unsigned int* d_bins, int bins);

__global__ void histogram_kernel(const unsigned char* data, int n, unsigned int* bins)
{
    __shared__ unsigned int local[NUM_BINS];
    for (int b = threadIdx.x; b < NUM_BINS; b += blockDim.x) {
        local[b] = 0;
    }
    __syncthreads();

    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        atomicAdd(&local[data[i]], 1u);
    }
    __syncthreads();

    for (int b = threadIdx.x; b < NUM_BINS; b += blockDim.x) {
        atomicAdd(&bins[b], local[b]);
    }
}

// Scales the counts to frequencies. (Missing semicolon and a stray brace: the
// file must still be translated everywhere else.)
__global__ void normalize_histogram(const unsigned int* bins, float* freq, int total)
{
    const int b = blockIdx.x * blockDim.x + threadIdx.x
    if (b < NUM_BINS) {
        freq[b] = static_cast<float>(bins[b]) / total;
    }
}
}

int main()
{
    const int n = 1 << 22;
    std::vector<unsigned char> h_data(n);
    for (int i = 0; i < n; ++i) {
        h_data[i] = static_cast<unsigned char>((i * 2654435761u) >> 24);
    }

    unsigned char* d_data = nullptr;
    unsigned int* d_bins = nullptr;
    float* d_freq = nullptr;
    CUDA_CHECK(hipMalloc(&d_data, n));
    CUDA_CHECK(hipMalloc(&d_bins, NUM_BINS * sizeof(unsigned int)));
    CUDA_CHECK(hipMalloc(&d_freq, NUM_BINS * sizeof(float)));
    CUDA_CHECK(hipMemcpy(d_data, h_data.data(), n, hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemset(d_bins, 0, NUM_BINS * sizeof(unsigned int)));

    hipEvent_t start, stop;
    CUDA_CHECK(hipEventCreate(&start));
    CUDA_CHECK(hipEventCreate(&stop));
    CUDA_CHECK(hipEventRecord(start));
    histogram_kernel<<<HISTOGRAM_BLOCKS, 256>>>(d_data, n, d_bins);
    normalize_histogram<<<1, NUM_BINS>>>(d_bins, d_freq, n);
    CUDA_CHECK(hipEventRecord(stop));
    CUDA_CHECK(hipEventSynchronize(stop));
    float ms = 0.0f;
    CUDA_CHECK(hipEventElapsedTime(&ms, start, stop));

    thrust::device_vector<unsigned int> bins(d_bins, d_bins + NUM_BINS);
    const unsigned int total = thrust::reduce(bins.begin(), bins.end());
    printf("%d bytes in %.3f ms, total count %u (%s)\n", n, ms, total, total == static_cast<unsigned int>(n) ? "ok" : "WRONG");
    print_histogram_summary(d_bins, NUM_BINS);

    CUDA_CHECK(hipEventDestroy(stop));
    CUDA_CHECK(hipEventDestroy(start));
    CUDA_CHECK(hipFree(d_freq));
    CUDA_CHECK(hipFree(d_bins));
    CUDA_CHECK(hipFree(d_data));
    hipDeviceReset();
    return 0;
}
