// timer.cpp -- host-side event timer, built by the C++ compiler.
#include "common.cuh"

class EventTimer {
public:
    EventTimer()
    {
        CUDA_CHECK(hipEventCreate(&start_));
        CUDA_CHECK(hipEventCreate(&stop_));
        CUDA_CHECK(hipEventRecord(start_));
    }
    ~EventTimer()
    {
        hipEventDestroy(stop_);
        hipEventDestroy(start_);
    }
    float elapsed_ms()
    {
        float ms = 0.0f;
        CUDA_CHECK(hipEventRecord(stop_));
        CUDA_CHECK(hipEventSynchronize(stop_));
        CUDA_CHECK(hipEventElapsedTime(&ms, start_, stop_));
        return ms;
    }

private:
    hipEvent_t start_;
    hipEvent_t stop_;
};

float time_device_sync()
{
    EventTimer timer;
    CUDA_CHECK(hipDeviceSynchronize());
    return timer.elapsed_ms();
}
