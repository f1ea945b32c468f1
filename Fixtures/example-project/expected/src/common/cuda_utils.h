// cuda_utils.h -- error checking and event timing for tinyhead.
#ifndef TINYHEAD_CUDA_UTILS_H
#define TINYHEAD_CUDA_UTILS_H

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>

#define CUDA_CHECK(call)                                                               \
    do {                                                                               \
        const hipError_t cuda_check_err = (call);                                      \
        if (cuda_check_err != hipSuccess) {                                            \
            std::fprintf(stderr, "CUDA error %d (%s) at %s:%d: %s\n",                  \
                         static_cast<int>(cuda_check_err), hipGetErrorName(cuda_check_err), \
                         __FILE__, __LINE__, hipGetErrorString(cuda_check_err));       \
            std::exit(EXIT_FAILURE);                                                   \
        }                                                                              \
    } while (0)

namespace tinyhead {

// Measures GPU time on one stream between start() and stop().
class GpuTimer {
public:
    explicit GpuTimer(hipStream_t stream) : stream_(stream)
    {
        CUDA_CHECK(hipEventCreate(&start_));
        CUDA_CHECK(hipEventCreate(&stop_));
    }
    ~GpuTimer()
    {
        hipEventDestroy(start_);
        hipEventDestroy(stop_);
    }
    GpuTimer(const GpuTimer&) = delete;
    GpuTimer& operator=(const GpuTimer&) = delete;

    void start() { CUDA_CHECK(hipEventRecord(start_, stream_)); }
    float stop_ms()
    {
        CUDA_CHECK(hipEventRecord(stop_, stream_));
        CUDA_CHECK(hipEventSynchronize(stop_));
        float ms = 0.0f;
        CUDA_CHECK(hipEventElapsedTime(&ms, start_, stop_));
        return ms;
    }

private:
    hipStream_t stream_;
    hipEvent_t start_{};
    hipEvent_t stop_{};
};

}  // namespace tinyhead

#endif  // TINYHEAD_CUDA_UTILS_H
