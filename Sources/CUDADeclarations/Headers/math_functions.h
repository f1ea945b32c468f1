/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __MATH_FUNCTIONS_H__
#define __MATH_FUNCTIONS_H__

#include "host_defines.h"

#include <math.h>
#include <stdlib.h>
#if defined(__cplusplus)
#include <cmath>
#include <cstdlib>
#endif

#if __CU2HIP_CUDA_MODE
/*
 * Device overloads of the C math library. In clang's CUDA mode a __device__
 * declaration overloads the host declaration from <math.h> (they differ in
 * execution space), so device code resolves to these and host code to libm.
 * The C++ <cmath> overloads (std::sqrt(float), ...) are constexpr in
 * libstdc++ and therefore already usable from device code.
 */
#if defined(__cplusplus)
extern "C" {
#endif

extern __device__ double acos(double __x);
extern __device__ float acosf(float __x);
extern __device__ double acosh(double __x);
extern __device__ float acoshf(float __x);
extern __device__ double asin(double __x);
extern __device__ float asinf(float __x);
extern __device__ double asinh(double __x);
extern __device__ float asinhf(float __x);
extern __device__ double atan(double __x);
extern __device__ float atanf(float __x);
extern __device__ double atanh(double __x);
extern __device__ float atanhf(float __x);
extern __device__ double cbrt(double __x);
extern __device__ float cbrtf(float __x);
extern __device__ double ceil(double __x);
extern __device__ float ceilf(float __x);
extern __device__ double cos(double __x);
extern __device__ float cosf(float __x);
extern __device__ double cosh(double __x);
extern __device__ float coshf(float __x);
extern __device__ double erf(double __x);
extern __device__ float erff(float __x);
extern __device__ double erfc(double __x);
extern __device__ float erfcf(float __x);
extern __device__ double exp(double __x);
extern __device__ float expf(float __x);
extern __device__ double exp2(double __x);
extern __device__ float exp2f(float __x);
extern __device__ double expm1(double __x);
extern __device__ float expm1f(float __x);
extern __device__ double fabs(double __x);
extern __device__ float fabsf(float __x);
extern __device__ double floor(double __x);
extern __device__ float floorf(float __x);
extern __device__ double lgamma(double __x);
extern __device__ float lgammaf(float __x);
extern __device__ double log(double __x);
extern __device__ float logf(float __x);
extern __device__ double log10(double __x);
extern __device__ float log10f(float __x);
extern __device__ double log1p(double __x);
extern __device__ float log1pf(float __x);
extern __device__ double log2(double __x);
extern __device__ float log2f(float __x);
extern __device__ double logb(double __x);
extern __device__ float logbf(float __x);
extern __device__ double nearbyint(double __x);
extern __device__ float nearbyintf(float __x);
extern __device__ double rint(double __x);
extern __device__ float rintf(float __x);
extern __device__ double round(double __x);
extern __device__ float roundf(float __x);
extern __device__ double sin(double __x);
extern __device__ float sinf(float __x);
extern __device__ double sinh(double __x);
extern __device__ float sinhf(float __x);
extern __device__ double sqrt(double __x);
extern __device__ float sqrtf(float __x);
extern __device__ double tan(double __x);
extern __device__ float tanf(float __x);
extern __device__ double tanh(double __x);
extern __device__ float tanhf(float __x);
extern __device__ double tgamma(double __x);
extern __device__ float tgammaf(float __x);
extern __device__ double trunc(double __x);
extern __device__ float truncf(float __x);
extern __device__ double exp10(double __x);
extern __device__ float exp10f(float __x);
extern __device__ double j0(double __x);
extern __device__ float j0f(float __x);
extern __device__ double j1(double __x);
extern __device__ float j1f(float __x);
extern __device__ double y0(double __x);
extern __device__ float y0f(float __x);
extern __device__ double y1(double __x);
extern __device__ float y1f(float __x);
extern __device__ double atan2(double __x, double __y);
extern __device__ float atan2f(float __x, float __y);
extern __device__ double copysign(double __x, double __y);
extern __device__ float copysignf(float __x, float __y);
extern __device__ double fdim(double __x, double __y);
extern __device__ float fdimf(float __x, float __y);
extern __device__ double fmax(double __x, double __y);
extern __device__ float fmaxf(float __x, float __y);
extern __device__ double fmin(double __x, double __y);
extern __device__ float fminf(float __x, float __y);
extern __device__ double fmod(double __x, double __y);
extern __device__ float fmodf(float __x, float __y);
extern __device__ double hypot(double __x, double __y);
extern __device__ float hypotf(float __x, float __y);
extern __device__ double nextafter(double __x, double __y);
extern __device__ float nextafterf(float __x, float __y);
extern __device__ double pow(double __x, double __y);
extern __device__ float powf(float __x, float __y);
extern __device__ double remainder(double __x, double __y);
extern __device__ float remainderf(float __x, float __y);
extern __device__ double fma(double __x, double __y, double __z);
extern __device__ float fmaf(float __x, float __y, float __z);
extern __device__ double frexp(double __x, int *__nptr);
extern __device__ float frexpf(float __x, int *__nptr);
extern __device__ double ldexp(double __x, int __exp);
extern __device__ float ldexpf(float __x, int __exp);
extern __device__ double modf(double __x, double *__iptr);
extern __device__ float modff(float __x, float *__iptr);
extern __device__ double remquo(double __x, double __y, int *__quo);
extern __device__ float remquof(float __x, float __y, int *__quo);
extern __device__ double scalbn(double __x, int __n);
extern __device__ float scalbnf(float __x, int __n);
extern __device__ double scalbln(double __x, long int __n);
extern __device__ float scalblnf(float __x, long int __n);
extern __device__ int ilogb(double __x);
extern __device__ int ilogbf(float __x);
extern __device__ long int lrint(double __x);
extern __device__ long int lrintf(float __x);
extern __device__ long long int llrint(double __x);
extern __device__ long long int llrintf(float __x);
extern __device__ long int lround(double __x);
extern __device__ long int lroundf(float __x);
extern __device__ long long int llround(double __x);
extern __device__ long long int llroundf(float __x);
extern __device__ double nan(const char *__tagp);
extern __device__ float nanf(const char *__tagp);
extern __device__ double jn(int __n, double __x);
extern __device__ float jnf(int __n, float __x);
extern __device__ double yn(int __n, double __x);
extern __device__ float ynf(int __n, float __x);
extern __device__ void sincos(double __x, double *__sinptr, double *__cosptr);
extern __device__ void sincosf(float __x, float *__sinptr, float *__cosptr);
extern __device__ int abs(int __a);
extern __device__ long int labs(long int __a);
extern __device__ long long int llabs(long long int __a);

/* CUDA math functions with no C library counterpart. */
extern __device__ double rsqrt(double __x);
extern __device__ float rsqrtf(float __x);
extern __device__ double rcbrt(double __x);
extern __device__ float rcbrtf(float __x);
extern __device__ double sinpi(double __x);
extern __device__ float sinpif(float __x);
extern __device__ double cospi(double __x);
extern __device__ float cospif(float __x);
extern __device__ double erfinv(double __x);
extern __device__ float erfinvf(float __x);
extern __device__ double erfcinv(double __x);
extern __device__ float erfcinvf(float __x);
extern __device__ double erfcx(double __x);
extern __device__ float erfcxf(float __x);
extern __device__ double normcdf(double __x);
extern __device__ float normcdff(float __x);
extern __device__ double normcdfinv(double __x);
extern __device__ float normcdfinvf(float __x);
extern __device__ double cyl_bessel_i0(double __x);
extern __device__ float cyl_bessel_i0f(float __x);
extern __device__ double cyl_bessel_i1(double __x);
extern __device__ float cyl_bessel_i1f(float __x);
extern __device__ void sincospi(double __x, double *__sinptr, double *__cosptr);
extern __device__ void sincospif(float __x, float *__sinptr, float *__cosptr);
extern __device__ double rhypot(double __x, double __y);
extern __device__ float rhypotf(float __x, float __y);
extern __device__ double norm3d(double __a, double __b, double __c);
extern __device__ float norm3df(float __a, float __b, float __c);
extern __device__ double rnorm3d(double __a, double __b, double __c);
extern __device__ float rnorm3df(float __a, float __b, float __c);
extern __device__ double norm4d(double __a, double __b, double __c, double __d);
extern __device__ float norm4df(float __a, float __b, float __c, float __d);
extern __device__ double rnorm4d(double __a, double __b, double __c, double __d);
extern __device__ float rnorm4df(float __a, float __b, float __c, float __d);
extern __device__ double norm(int __dim, const double *__p);
extern __device__ float normf(int __dim, const float *__p);
extern __device__ double rnorm(int __dim, const double *__p);
extern __device__ float rnormf(int __dim, const float *__p);
extern __device__ float fdividef(float __x, float __y);

#if defined(__cplusplus)
} /* extern "C" */

/* Integer abs overloads for device code (C++ linkage: C allows only abs(int)). */
extern __device__ long int abs(long int __a);
extern __device__ long long int abs(long long int __a);

/*
 * libstdc++ brings the C functions into namespace std with using-declarations made
 * before the device overloads above existed; repeat them so that std::sqrt(double),
 * std::abs(int), ... resolve in device code as they do under nvcc.
 */
namespace std {
    using ::acos; using ::asin; using ::atan; using ::atan2; using ::ceil; using ::cos;
    using ::cosh; using ::exp; using ::fabs; using ::floor; using ::fmod; using ::frexp;
    using ::ldexp; using ::log; using ::log10; using ::modf; using ::pow; using ::sin; using ::sinh;
    using ::sqrt; using ::tan; using ::tanh; using ::acosh; using ::asinh; using ::atanh;
    using ::cbrt; using ::copysign; using ::erf; using ::erfc; using ::exp2; using ::expm1;
    using ::fdim; using ::fma; using ::fmax; using ::fmin; using ::hypot; using ::ilogb;
    using ::lgamma; using ::llrint; using ::llround; using ::log1p; using ::log2; using ::logb;
    using ::lrint; using ::lround; using ::nan; using ::nearbyint; using ::nextafter;
    using ::remainder; using ::remquo; using ::rint; using ::round; using ::scalbln; using ::scalbn;
    using ::tgamma; using ::trunc; using ::abs; using ::labs; using ::llabs;
} // namespace std
#endif /* __cplusplus */
#endif /* __CU2HIP_CUDA_MODE */

#if defined(__cplusplus)
/* min and max overloads available to host and device code, as nvcc provides them. */
static __inline__ __host__ __device__ int min(const int __a, const int __b) { return (int)__a < (int)__b ? (int)__a : (int)__b; }
static __inline__ __host__ __device__ unsigned int min(const unsigned int __a, const unsigned int __b) { return (unsigned int)__a < (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ unsigned int min(const int __a, const unsigned int __b) { return (unsigned int)__a < (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ unsigned int min(const unsigned int __a, const int __b) { return (unsigned int)__a < (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ long int min(const long int __a, const long int __b) { return (long int)__a < (long int)__b ? (long int)__a : (long int)__b; }
static __inline__ __host__ __device__ unsigned long int min(const unsigned long int __a, const unsigned long int __b) { return (unsigned long int)__a < (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ unsigned long int min(const long int __a, const unsigned long int __b) { return (unsigned long int)__a < (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ unsigned long int min(const unsigned long int __a, const long int __b) { return (unsigned long int)__a < (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ long long int min(const long long int __a, const long long int __b) { return (long long int)__a < (long long int)__b ? (long long int)__a : (long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int min(const unsigned long long int __a, const unsigned long long int __b) { return (unsigned long long int)__a < (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int min(const long long int __a, const unsigned long long int __b) { return (unsigned long long int)__a < (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int min(const unsigned long long int __a, const long long int __b) { return (unsigned long long int)__a < (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ float min(const float __a, const float __b) { return (float)__a < (float)__b ? (float)__a : (float)__b; }
static __inline__ __host__ __device__ double min(const double __a, const double __b) { return (double)__a < (double)__b ? (double)__a : (double)__b; }
static __inline__ __host__ __device__ double min(const float __a, const double __b) { return (double)__a < (double)__b ? (double)__a : (double)__b; }
static __inline__ __host__ __device__ double min(const double __a, const float __b) { return (double)__a < (double)__b ? (double)__a : (double)__b; }
static __inline__ __host__ __device__ int max(const int __a, const int __b) { return (int)__a > (int)__b ? (int)__a : (int)__b; }
static __inline__ __host__ __device__ unsigned int max(const unsigned int __a, const unsigned int __b) { return (unsigned int)__a > (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ unsigned int max(const int __a, const unsigned int __b) { return (unsigned int)__a > (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ unsigned int max(const unsigned int __a, const int __b) { return (unsigned int)__a > (unsigned int)__b ? (unsigned int)__a : (unsigned int)__b; }
static __inline__ __host__ __device__ long int max(const long int __a, const long int __b) { return (long int)__a > (long int)__b ? (long int)__a : (long int)__b; }
static __inline__ __host__ __device__ unsigned long int max(const unsigned long int __a, const unsigned long int __b) { return (unsigned long int)__a > (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ unsigned long int max(const long int __a, const unsigned long int __b) { return (unsigned long int)__a > (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ unsigned long int max(const unsigned long int __a, const long int __b) { return (unsigned long int)__a > (unsigned long int)__b ? (unsigned long int)__a : (unsigned long int)__b; }
static __inline__ __host__ __device__ long long int max(const long long int __a, const long long int __b) { return (long long int)__a > (long long int)__b ? (long long int)__a : (long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int max(const unsigned long long int __a, const unsigned long long int __b) { return (unsigned long long int)__a > (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int max(const long long int __a, const unsigned long long int __b) { return (unsigned long long int)__a > (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ unsigned long long int max(const unsigned long long int __a, const long long int __b) { return (unsigned long long int)__a > (unsigned long long int)__b ? (unsigned long long int)__a : (unsigned long long int)__b; }
static __inline__ __host__ __device__ float max(const float __a, const float __b) { return (float)__a > (float)__b ? (float)__a : (float)__b; }
static __inline__ __host__ __device__ double max(const double __a, const double __b) { return (double)__a > (double)__b ? (double)__a : (double)__b; }
static __inline__ __host__ __device__ double max(const float __a, const double __b) { return (double)__a > (double)__b ? (double)__a : (double)__b; }
static __inline__ __host__ __device__ double max(const double __a, const float __b) { return (double)__a > (double)__b ? (double)__a : (double)__b; }
extern __device__ unsigned int umin(unsigned int __a, unsigned int __b);
extern __device__ unsigned int umax(unsigned int __a, unsigned int __b);
extern __device__ long long int llmin(long long int __a, long long int __b);
extern __device__ long long int llmax(long long int __a, long long int __b);
extern __device__ unsigned long long int ullmin(unsigned long long int __a, unsigned long long int __b);
extern __device__ unsigned long long int ullmax(unsigned long long int __a, unsigned long long int __b);
#endif /* __cplusplus */

#endif /* __MATH_FUNCTIONS_H__ */
