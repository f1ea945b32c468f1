// timer.cpp -- host-side event timer, built by the C++ compiler.
#include "common.cuh"

class EventTimer {
public:
    EventTimer()
    {
        CUDA_CHECK(cudaEventCreate(&start_));
        CUDA_CHECK(cudaEventCreate(&stop_));
        CUDA_CHECK(cudaEventRecord(start_));
    }
    ~EventTimer()
    {
        cudaEventDestroy(stop_);
        cudaEventDestroy(start_);
    }
    float elapsed_ms()
    {
        float ms = 0.0f;
        CUDA_CHECK(cudaEventRecord(stop_));
        CUDA_CHECK(cudaEventSynchronize(stop_));
        CUDA_CHECK(cudaEventElapsedTime(&ms, start_, stop_));
        return ms;
    }

private:
    cudaEvent_t start_;
    cudaEvent_t stop_;
};

float time_device_sync()
{
    EventTimer timer;
    CUDA_CHECK(cudaDeviceSynchronize());
    return timer.elapsed_ms();
}
