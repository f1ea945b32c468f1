// extra.cu -- not built yet, so the compile database does not list it.
#include <hip/hip_runtime.h>
#include "common.cuh"

void print_devices()
{
    const int count = device_count();
    for (int d = 0; d < count; ++d) {
        hipDeviceProp_t prop;
        CUDA_CHECK(hipGetDeviceProperties(&prop, d));
        std::printf("%d: %s\n", d, prop.name);
    }
}
