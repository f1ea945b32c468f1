// cuda_utils.h -- error checking and event timing for tinyhead.
#ifndef TINYHEAD_CUDA_UTILS_H
#define TINYHEAD_CUDA_UTILS_H

#include <cstdio>
#include <cstdlib>

#include <cuda_runtime.h>

#define CUDA_CHECK(call)                                                               \
    do {                                                                               \
        const cudaError_t cuda_check_err = (call);                                     \
        if (cuda_check_err != cudaSuccess) {                                           \
            std::fprintf(stderr, "CUDA error %d (%s) at %s:%d: %s\n",                  \
                         static_cast<int>(cuda_check_err), cudaGetErrorName(cuda_check_err), \
                         __FILE__, __LINE__, cudaGetErrorString(cuda_check_err));      \
            std::exit(EXIT_FAILURE);                                                   \
        }                                                                              \
    } while (0)

namespace tinyhead {

// Measures GPU time on one stream between start() and stop().
class GpuTimer {
public:
    explicit GpuTimer(cudaStream_t stream) : stream_(stream)
    {
        CUDA_CHECK(cudaEventCreate(&start_));
        CUDA_CHECK(cudaEventCreate(&stop_));
    }
    ~GpuTimer()
    {
        cudaEventDestroy(start_);
        cudaEventDestroy(stop_);
    }
    GpuTimer(const GpuTimer&) = delete;
    GpuTimer& operator=(const GpuTimer&) = delete;

    void start() { CUDA_CHECK(cudaEventRecord(start_, stream_)); }
    float stop_ms()
    {
        CUDA_CHECK(cudaEventRecord(stop_, stream_));
        CUDA_CHECK(cudaEventSynchronize(stop_));
        float ms = 0.0f;
        CUDA_CHECK(cudaEventElapsedTime(&ms, start_, stop_));
        return ms;
    }

private:
    cudaStream_t stream_;
    cudaEvent_t start_{};
    cudaEvent_t stop_{};
};

}  // namespace tinyhead

#endif  // TINYHEAD_CUDA_UTILS_H
