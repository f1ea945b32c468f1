#include <cuda_runtime.h>
#include "tables<v2>&co.h"

__global__ void fill(int* out, int value) {
    out[threadIdx.x] = value;
}

void run_fill(int* out) {
    fill<<<1, 64>>>(out, lookup_value());
    cudaDeviceSynchronize();
}
