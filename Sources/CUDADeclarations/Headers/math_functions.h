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

extern __device__ double acos(double x);
extern __device__ float acosf(float x);
extern __device__ double acosh(double x);
extern __device__ float acoshf(float x);
extern __device__ double asin(double x);
extern __device__ float asinf(float x);
extern __device__ double asinh(double x);
extern __device__ float asinhf(float x);
extern __device__ double atan(double x);
extern __device__ float atanf(float x);
extern __device__ double atanh(double x);
extern __device__ float atanhf(float x);
extern __device__ double cbrt(double x);
extern __device__ float cbrtf(float x);
extern __device__ double ceil(double x);
extern __device__ float ceilf(float x);
extern __device__ double cos(double x);
extern __device__ float cosf(float x);
extern __device__ double cosh(double x);
extern __device__ float coshf(float x);
extern __device__ double erf(double x);
extern __device__ float erff(float x);
extern __device__ double erfc(double x);
extern __device__ float erfcf(float x);
extern __device__ double exp(double x);
extern __device__ float expf(float x);
extern __device__ double exp2(double x);
extern __device__ float exp2f(float x);
extern __device__ double expm1(double x);
extern __device__ float expm1f(float x);
extern __device__ double fabs(double x);
extern __device__ float fabsf(float x);
extern __device__ double floor(double x);
extern __device__ float floorf(float x);
extern __device__ double lgamma(double x);
extern __device__ float lgammaf(float x);
extern __device__ double log(double x);
extern __device__ float logf(float x);
extern __device__ double log10(double x);
extern __device__ float log10f(float x);
extern __device__ double log1p(double x);
extern __device__ float log1pf(float x);
extern __device__ double log2(double x);
extern __device__ float log2f(float x);
extern __device__ double logb(double x);
extern __device__ float logbf(float x);
extern __device__ double nearbyint(double x);
extern __device__ float nearbyintf(float x);
extern __device__ double rint(double x);
extern __device__ float rintf(float x);
extern __device__ double round(double x);
extern __device__ float roundf(float x);
extern __device__ double sin(double x);
extern __device__ float sinf(float x);
extern __device__ double sinh(double x);
extern __device__ float sinhf(float x);
extern __device__ double sqrt(double x);
extern __device__ float sqrtf(float x);
extern __device__ double tan(double x);
extern __device__ float tanf(float x);
extern __device__ double tanh(double x);
extern __device__ float tanhf(float x);
extern __device__ double tgamma(double x);
extern __device__ float tgammaf(float x);
extern __device__ double trunc(double x);
extern __device__ float truncf(float x);
extern __device__ double exp10(double x);
extern __device__ float exp10f(float x);
extern __device__ double j0(double x);
extern __device__ float j0f(float x);
extern __device__ double j1(double x);
extern __device__ float j1f(float x);
extern __device__ double y0(double x);
extern __device__ float y0f(float x);
extern __device__ double y1(double x);
extern __device__ float y1f(float x);
extern __device__ double atan2(double x, double y);
extern __device__ float atan2f(float x, float y);
extern __device__ double copysign(double x, double y);
extern __device__ float copysignf(float x, float y);
extern __device__ double fdim(double x, double y);
extern __device__ float fdimf(float x, float y);
extern __device__ double fmax(double x, double y);
extern __device__ float fmaxf(float x, float y);
extern __device__ double fmin(double x, double y);
extern __device__ float fminf(float x, float y);
extern __device__ double fmod(double x, double y);
extern __device__ float fmodf(float x, float y);
extern __device__ double hypot(double x, double y);
extern __device__ float hypotf(float x, float y);
extern __device__ double nextafter(double x, double y);
extern __device__ float nextafterf(float x, float y);
extern __device__ double pow(double x, double y);
extern __device__ float powf(float x, float y);
extern __device__ double remainder(double x, double y);
extern __device__ float remainderf(float x, float y);
extern __device__ double fma(double x, double y, double z);
extern __device__ float fmaf(float x, float y, float z);
extern __device__ double frexp(double x, int *nptr);
extern __device__ float frexpf(float x, int *nptr);
extern __device__ double ldexp(double x, int exp);
extern __device__ float ldexpf(float x, int exp);
extern __device__ double modf(double x, double *iptr);
extern __device__ float modff(float x, float *iptr);
extern __device__ double remquo(double x, double y, int *quo);
extern __device__ float remquof(float x, float y, int *quo);
extern __device__ double scalbn(double x, int n);
extern __device__ float scalbnf(float x, int n);
extern __device__ double scalbln(double x, long int n);
extern __device__ float scalblnf(float x, long int n);
extern __device__ int ilogb(double x);
extern __device__ int ilogbf(float x);
extern __device__ long int lrint(double x);
extern __device__ long int lrintf(float x);
extern __device__ long long int llrint(double x);
extern __device__ long long int llrintf(float x);
extern __device__ long int lround(double x);
extern __device__ long int lroundf(float x);
extern __device__ long long int llround(double x);
extern __device__ long long int llroundf(float x);
extern __device__ double nan(const char *tagp);
extern __device__ float nanf(const char *tagp);
extern __device__ double jn(int n, double x);
extern __device__ float jnf(int n, float x);
extern __device__ double yn(int n, double x);
extern __device__ float ynf(int n, float x);
extern __device__ void sincos(double x, double *sptr, double *cptr);
extern __device__ void sincosf(float x, float *sptr, float *cptr);
extern __device__ int abs(int a);
extern __device__ long int labs(long int a);
extern __device__ long long int llabs(long long int a);

/* CUDA math functions with no C library counterpart. */
extern __device__ double rsqrt(double x);
extern __device__ float rsqrtf(float x);
extern __device__ double rcbrt(double x);
extern __device__ float rcbrtf(float x);
extern __device__ double sinpi(double x);
extern __device__ float sinpif(float x);
extern __device__ double cospi(double x);
extern __device__ float cospif(float x);
extern __device__ double erfinv(double x);
extern __device__ float erfinvf(float x);
extern __device__ double erfcinv(double x);
extern __device__ float erfcinvf(float x);
extern __device__ double erfcx(double x);
extern __device__ float erfcxf(float x);
extern __device__ double normcdf(double x);
extern __device__ float normcdff(float x);
extern __device__ double normcdfinv(double x);
extern __device__ float normcdfinvf(float x);
extern __device__ double cyl_bessel_i0(double x);
extern __device__ float cyl_bessel_i0f(float x);
extern __device__ double cyl_bessel_i1(double x);
extern __device__ float cyl_bessel_i1f(float x);
extern __device__ void sincospi(double x, double *sptr, double *cptr);
extern __device__ void sincospif(float x, float *sptr, float *cptr);
extern __device__ double rhypot(double x, double y);
extern __device__ float rhypotf(float x, float y);
extern __device__ double norm3d(double a, double b, double c);
extern __device__ float norm3df(float a, float b, float c);
extern __device__ double rnorm3d(double a, double b, double c);
extern __device__ float rnorm3df(float a, float b, float c);
extern __device__ double norm4d(double a, double b, double c, double d);
extern __device__ float norm4df(float a, float b, float c, float d);
extern __device__ double rnorm4d(double a, double b, double c, double d);
extern __device__ float rnorm4df(float a, float b, float c, float d);
extern __device__ double norm(int dim, const double *p);
extern __device__ float normf(int dim, const float *p);
extern __device__ double rnorm(int dim, const double *p);
extern __device__ float rnormf(int dim, const float *p);
extern __device__ float fdividef(float x, float y);

#if defined(__cplusplus)
} /* extern "C" */

/* Integer abs overloads for device code (C++ linkage: C allows only abs(int)). */
extern __device__ long int abs(long int a);
extern __device__ long long int abs(long long int a);

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
static __inline__ __host__ __device__ int min(const int a, const int b) { return (int)a < (int)b ? (int)a : (int)b; }
static __inline__ __host__ __device__ unsigned int min(const unsigned int a, const unsigned int b) { return (unsigned int)a < (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ unsigned int min(const int a, const unsigned int b) { return (unsigned int)a < (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ unsigned int min(const unsigned int a, const int b) { return (unsigned int)a < (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ long int min(const long int a, const long int b) { return (long int)a < (long int)b ? (long int)a : (long int)b; }
static __inline__ __host__ __device__ unsigned long int min(const unsigned long int a, const unsigned long int b) { return (unsigned long int)a < (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ unsigned long int min(const long int a, const unsigned long int b) { return (unsigned long int)a < (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ unsigned long int min(const unsigned long int a, const long int b) { return (unsigned long int)a < (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ long long int min(const long long int a, const long long int b) { return (long long int)a < (long long int)b ? (long long int)a : (long long int)b; }
static __inline__ __host__ __device__ unsigned long long int min(const unsigned long long int a, const unsigned long long int b) { return (unsigned long long int)a < (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ unsigned long long int min(const long long int a, const unsigned long long int b) { return (unsigned long long int)a < (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ unsigned long long int min(const unsigned long long int a, const long long int b) { return (unsigned long long int)a < (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ float min(const float a, const float b) { return (float)a < (float)b ? (float)a : (float)b; }
static __inline__ __host__ __device__ double min(const double a, const double b) { return (double)a < (double)b ? (double)a : (double)b; }
static __inline__ __host__ __device__ double min(const float a, const double b) { return (double)a < (double)b ? (double)a : (double)b; }
static __inline__ __host__ __device__ double min(const double a, const float b) { return (double)a < (double)b ? (double)a : (double)b; }
static __inline__ __host__ __device__ int max(const int a, const int b) { return (int)a > (int)b ? (int)a : (int)b; }
static __inline__ __host__ __device__ unsigned int max(const unsigned int a, const unsigned int b) { return (unsigned int)a > (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ unsigned int max(const int a, const unsigned int b) { return (unsigned int)a > (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ unsigned int max(const unsigned int a, const int b) { return (unsigned int)a > (unsigned int)b ? (unsigned int)a : (unsigned int)b; }
static __inline__ __host__ __device__ long int max(const long int a, const long int b) { return (long int)a > (long int)b ? (long int)a : (long int)b; }
static __inline__ __host__ __device__ unsigned long int max(const unsigned long int a, const unsigned long int b) { return (unsigned long int)a > (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ unsigned long int max(const long int a, const unsigned long int b) { return (unsigned long int)a > (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ unsigned long int max(const unsigned long int a, const long int b) { return (unsigned long int)a > (unsigned long int)b ? (unsigned long int)a : (unsigned long int)b; }
static __inline__ __host__ __device__ long long int max(const long long int a, const long long int b) { return (long long int)a > (long long int)b ? (long long int)a : (long long int)b; }
static __inline__ __host__ __device__ unsigned long long int max(const unsigned long long int a, const unsigned long long int b) { return (unsigned long long int)a > (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ unsigned long long int max(const long long int a, const unsigned long long int b) { return (unsigned long long int)a > (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ unsigned long long int max(const unsigned long long int a, const long long int b) { return (unsigned long long int)a > (unsigned long long int)b ? (unsigned long long int)a : (unsigned long long int)b; }
static __inline__ __host__ __device__ float max(const float a, const float b) { return (float)a > (float)b ? (float)a : (float)b; }
static __inline__ __host__ __device__ double max(const double a, const double b) { return (double)a > (double)b ? (double)a : (double)b; }
static __inline__ __host__ __device__ double max(const float a, const double b) { return (double)a > (double)b ? (double)a : (double)b; }
static __inline__ __host__ __device__ double max(const double a, const float b) { return (double)a > (double)b ? (double)a : (double)b; }
extern __device__ unsigned int umin(unsigned int a, unsigned int b);
extern __device__ unsigned int umax(unsigned int a, unsigned int b);
extern __device__ long long int llmin(long long int a, long long int b);
extern __device__ long long int llmax(long long int a, long long int b);
extern __device__ unsigned long long int ullmin(unsigned long long int a, unsigned long long int b);
extern __device__ unsigned long long int ullmax(unsigned long long int a, unsigned long long int b);
#endif /* __cplusplus */

#endif /* __MATH_FUNCTIONS_H__ */
