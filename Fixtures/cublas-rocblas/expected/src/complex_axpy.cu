// complex_axpy.cu -- y = alpha * x + y and ||y|| in single-precision complex, on the device.
#include <hip/hip_runtime.h>
#include <rocblas/rocblas.h>
#include <hip/hip_complex.h>

#include "blas_utils.h"

__global__ void fill(hipComplex* v, int n, float re, float im)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) v[i] = make_hipComplex(re * i, im);
}

float complex_axpy_norm(rocblas_handle handle, int n)
{
    DeviceBuffer<hipComplex> x(n), y(n);
    fill<<<(n + 255) / 256, 256>>>(x.get(), n, 1.0f, 0.5f);
    fill<<<(n + 255) / 256, 256>>>(y.get(), n, 0.0f, 1.0f);
    const hipComplex alpha = make_hipComplex(2.0f, 0.0f);
    CUBLAS_CHECK(rocblas_caxpy(handle, n, reinterpret_cast<const rocblas_float_complex*>(&alpha), reinterpret_cast<const rocblas_float_complex*>(x.get()), 1, reinterpret_cast<rocblas_float_complex*>(y.get()), 1));
    float norm = 0.0f;
    CUBLAS_CHECK(rocblas_scnrm2(handle, n, reinterpret_cast<const rocblas_float_complex*>(y.get()), 1, &norm));
    return norm;
}
