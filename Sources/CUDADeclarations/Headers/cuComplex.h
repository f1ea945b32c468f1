/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CU_COMPLEX_H_)
#define CU_COMPLEX_H_

#include "host_defines.h"
#include "vector_types.h"

#include <math.h>

#if defined(__cplusplus)
extern "C" {
#endif

/* Single-precision complex: x is the real part, y the imaginary part. */
typedef float2 cuFloatComplex;

__host__ __device__ static __inline__ float cuCrealf(cuFloatComplex __x) { return __x.x; }
__host__ __device__ static __inline__ float cuCimagf(cuFloatComplex __x) { return __x.y; }
__host__ __device__ static __inline__ cuFloatComplex make_cuFloatComplex(float __r, float __i)
{
    cuFloatComplex __res;
    __res.x = __r;
    __res.y = __i;
    return __res;
}
__host__ __device__ static __inline__ cuFloatComplex cuConjf(cuFloatComplex __x) { return make_cuFloatComplex(__x.x, -__x.y); }
__host__ __device__ static __inline__ cuFloatComplex cuCaddf(cuFloatComplex __x, cuFloatComplex __y) { return make_cuFloatComplex(__x.x + __y.x, __x.y + __y.y); }
__host__ __device__ static __inline__ cuFloatComplex cuCsubf(cuFloatComplex __x, cuFloatComplex __y) { return make_cuFloatComplex(__x.x - __y.x, __x.y - __y.y); }
__host__ __device__ static __inline__ cuFloatComplex cuCmulf(cuFloatComplex __x, cuFloatComplex __y)
{
    return make_cuFloatComplex(__x.x * __y.x - __x.y * __y.y, __x.x * __y.y + __x.y * __y.x);
}
__host__ __device__ static __inline__ cuFloatComplex cuCdivf(cuFloatComplex __x, cuFloatComplex __y)
{
    float __d = __y.x * __y.x + __y.y * __y.y;
    return make_cuFloatComplex((__x.x * __y.x + __x.y * __y.y) / __d, (__x.y * __y.x - __x.x * __y.y) / __d);
}
__host__ __device__ static __inline__ float cuCabsf(cuFloatComplex __x) { return sqrtf(__x.x * __x.x + __x.y * __x.y); }

/* Double-precision complex. */
typedef double2 cuDoubleComplex;

__host__ __device__ static __inline__ double cuCreal(cuDoubleComplex __x) { return __x.x; }
__host__ __device__ static __inline__ double cuCimag(cuDoubleComplex __x) { return __x.y; }
__host__ __device__ static __inline__ cuDoubleComplex make_cuDoubleComplex(double __r, double __i)
{
    cuDoubleComplex __res;
    __res.x = __r;
    __res.y = __i;
    return __res;
}
__host__ __device__ static __inline__ cuDoubleComplex cuConj(cuDoubleComplex __x) { return make_cuDoubleComplex(__x.x, -__x.y); }
__host__ __device__ static __inline__ cuDoubleComplex cuCadd(cuDoubleComplex __x, cuDoubleComplex __y) { return make_cuDoubleComplex(__x.x + __y.x, __x.y + __y.y); }
__host__ __device__ static __inline__ cuDoubleComplex cuCsub(cuDoubleComplex __x, cuDoubleComplex __y) { return make_cuDoubleComplex(__x.x - __y.x, __x.y - __y.y); }
__host__ __device__ static __inline__ cuDoubleComplex cuCmul(cuDoubleComplex __x, cuDoubleComplex __y)
{
    return make_cuDoubleComplex(__x.x * __y.x - __x.y * __y.y, __x.x * __y.y + __x.y * __y.x);
}
__host__ __device__ static __inline__ cuDoubleComplex cuCdiv(cuDoubleComplex __x, cuDoubleComplex __y)
{
    double __d = __y.x * __y.x + __y.y * __y.y;
    return make_cuDoubleComplex((__x.x * __y.x + __x.y * __y.y) / __d, (__x.y * __y.x - __x.x * __y.y) / __d);
}
__host__ __device__ static __inline__ double cuCabs(cuDoubleComplex __x) { return sqrt(__x.x * __x.x + __x.y * __x.y); }

#if defined(__cplusplus)
}
#endif

/* cuComplex is single precision. */
typedef cuFloatComplex cuComplex;

__host__ __device__ static __inline__ cuComplex make_cuComplex(float __x, float __y) { return make_cuFloatComplex(__x, __y); }
__host__ __device__ static __inline__ cuDoubleComplex cuComplexFloatToDouble(cuFloatComplex __c)
{
    return make_cuDoubleComplex((double)cuCrealf(__c), (double)cuCimagf(__c));
}
__host__ __device__ static __inline__ cuFloatComplex cuComplexDoubleToFloat(cuDoubleComplex __c)
{
    return make_cuFloatComplex((float)cuCreal(__c), (float)cuCimag(__c));
}
/* x * y + d */
__host__ __device__ static __inline__ cuComplex cuCfmaf(cuComplex __x, cuComplex __y, cuComplex __d)
{
    return make_cuFloatComplex(__x.x * __y.x - __x.y * __y.y + __d.x, __x.x * __y.y + __x.y * __y.x + __d.y);
}
__host__ __device__ static __inline__ cuDoubleComplex cuCfma(cuDoubleComplex __x, cuDoubleComplex __y, cuDoubleComplex __d)
{
    return make_cuDoubleComplex(__x.x * __y.x - __x.y * __y.y + __d.x, __x.x * __y.y + __x.y * __y.x + __d.y);
}

#endif /* !defined(CU_COMPLEX_H_) */
