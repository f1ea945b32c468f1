// extra.cu -- not built yet, so the compile database does not list it.
#include "common.cuh"

void print_devices()
{
    const int count = device_count();
    for (int d = 0; d < count; ++d) {
        cudaDeviceProp prop;
        CUDA_CHECK(cudaGetDeviceProperties(&prop, d));
        std::printf("%d: %s\n", d, prop.name);
    }
}
