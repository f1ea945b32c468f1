// complex_axpy.cu -- y = alpha * x + y and ||y|| in single-precision complex, on the device.
#include <cublas_v2.h>
#include <cuComplex.h>

#include "blas_utils.h"

__global__ void fill(cuComplex* v, int n, float re, float im)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) v[i] = make_cuComplex(re * i, im);
}

float complex_axpy_norm(cublasHandle_t handle, int n)
{
    DeviceBuffer<cuComplex> x(n), y(n);
    fill<<<(n + 255) / 256, 256>>>(x.get(), n, 1.0f, 0.5f);
    fill<<<(n + 255) / 256, 256>>>(y.get(), n, 0.0f, 1.0f);
    const cuComplex alpha = make_cuComplex(2.0f, 0.0f);
    CUBLAS_CHECK(cublasCaxpy(handle, n, &alpha, x.get(), 1, y.get(), 1));
    float norm = 0.0f;
    CUBLAS_CHECK(cublasScnrm2(handle, n, y.get(), 1, &norm));
    return norm;
}
