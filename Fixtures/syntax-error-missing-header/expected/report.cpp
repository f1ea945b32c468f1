// report.cpp -- host-side summary of a histogram that lives on the device.
//
// Built by the host compiler; the runtime declarations come in through thrust.
#include <hip/hip_runtime.h>
#include <algorithm>
#include <cstdio>

#include <thrust/host_vector.h>

#include "histogram_config.h"

void print_histogram_summary(const unsigned int* d_bins, int bins)
{
    // The kernels run asynchronously: wait for them before reading.
    hipDeviceSynchronize();
    thrust::host_vector<unsigned int> h_bins(bins);
    const hipError_t err = hipMemcpy(thrust::raw_pointer_cast(h_bins.data()), d_bins, bins * sizeof(unsigned int),
                                       hipMemcpyDeviceToHost);
    if (err != hipSuccess) {
        fprintf(stderr, "reading the histogram back failed: %s\n", hipGetErrorString(err));
        return;
    }
    const auto largest = std::max_element(h_bins.begin(), h_bins.end());
    printf("fullest bin: %d (%u entries of %d bins)\n", static_cast<int>(largest - h_bins.begin()), *largest, bins);
}
