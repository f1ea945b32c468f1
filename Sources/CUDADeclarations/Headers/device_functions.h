/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __DEVICE_FUNCTIONS_H__
#define __DEVICE_FUNCTIONS_H__

#include "host_defines.h"
#include "vector_types.h"

#include <stddef.h>

/* Device-side intrinsics: synchronization, integer and floating-point intrinsics. */
#if defined(__cplusplus)
extern "C" {
#endif

/* Synchronization and memory fences. */
extern __device__ void __syncthreads(void);
extern __device__ int __syncthreads_count(int __predicate);
extern __device__ int __syncthreads_and(int __predicate);
extern __device__ int __syncthreads_or(int __predicate);
extern __device__ void __threadfence(void);
extern __device__ void __threadfence_block(void);
extern __device__ void __threadfence_system(void);
extern __device__ void __nanosleep(unsigned int __ns);
extern __device__ void __trap(void);
extern __device__ void __brkpt(void);
extern __device__ void __prof_trigger(int __counter);

/* Timers. */
extern __device__ long long int clock64(void);

/* Integer intrinsics. */
extern __device__ int __mul24(int __x, int __y);
extern __device__ unsigned int __umul24(unsigned int __x, unsigned int __y);
extern __device__ int __mulhi(int __x, int __y);
extern __device__ unsigned int __umulhi(unsigned int __x, unsigned int __y);
extern __device__ long long int __mul64hi(long long int __x, long long int __y);
extern __device__ unsigned long long int __umul64hi(unsigned long long int __x, unsigned long long int __y);
extern __device__ int __popc(unsigned int __x);
extern __device__ int __popcll(unsigned long long int __x);
extern __device__ int __clz(int __x);
extern __device__ int __clzll(long long int __x);
extern __device__ int __ffs(int __x);
extern __device__ int __ffsll(long long int __x);
extern __device__ unsigned int __brev(unsigned int __x);
extern __device__ unsigned long long int __brevll(unsigned long long int __x);
extern __device__ unsigned int __byte_perm(unsigned int __x, unsigned int __y, unsigned int __s);
extern __device__ unsigned int __sad(int __x, int __y, unsigned int __z);
extern __device__ unsigned int __usad(unsigned int __x, unsigned int __y, unsigned int __z);
extern __device__ int __rhadd(int __x, int __y);
extern __device__ unsigned int __uhadd(unsigned int __x, unsigned int __y);
extern __device__ unsigned int __urhadd(unsigned int __x, unsigned int __y);
extern __device__ unsigned int __funnelshift_l(unsigned int __lo, unsigned int __hi, unsigned int __shift);
extern __device__ unsigned int __funnelshift_lc(unsigned int __lo, unsigned int __hi, unsigned int __shift);
extern __device__ unsigned int __funnelshift_r(unsigned int __lo, unsigned int __hi, unsigned int __shift);
extern __device__ unsigned int __funnelshift_rc(unsigned int __lo, unsigned int __hi, unsigned int __shift);
extern __device__ unsigned int __fns(unsigned int __mask, unsigned int __base, int __offset);
extern __device__ unsigned int __vabs2(unsigned int __a);
extern __device__ unsigned int __vabs4(unsigned int __a);
extern __device__ unsigned int __vadd2(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vadd4(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vsub2(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vsub4(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vmaxu4(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vminu4(unsigned int __a, unsigned int __b);
extern __device__ unsigned int __vsadu4(unsigned int __a, unsigned int __b);

/* Floating-point intrinsics. */
extern __device__ float __fdividef(float __x, float __y);
extern __device__ float __expf(float __x);
extern __device__ float __exp10f(float __x);
extern __device__ float __logf(float __x);
extern __device__ float __log2f(float __x);
extern __device__ float __log10f(float __x);
extern __device__ float __sinf(float __x);
extern __device__ float __cosf(float __x);
extern __device__ float __tanf(float __x);
extern __device__ void __sincosf(float __x, float *__sinptr, float *__cosptr);
extern __device__ float __powf(float __x, float __y);
extern __device__ float __saturatef(float __x);
extern __device__ float __frsqrt_rn(float __x);
extern __device__ double __dsqrt_rn(double __x);

extern __device__ float __fadd_rn(float __x, float __y);
extern __device__ float __fsub_rn(float __x, float __y);
extern __device__ float __fmul_rn(float __x, float __y);
extern __device__ float __fdiv_rn(float __x, float __y);
extern __device__ float __fmaf_rn(float __x, float __y, float __z);
extern __device__ float __frcp_rn(float __x);
extern __device__ float __fsqrt_rn(float __x);
extern __device__ double __dadd_rn(double __x, double __y);
extern __device__ double __dsub_rn(double __x, double __y);
extern __device__ double __dmul_rn(double __x, double __y);
extern __device__ double __ddiv_rn(double __x, double __y);
extern __device__ double __fma_rn(double __x, double __y, double __z);
extern __device__ double __drcp_rn(double __x);
extern __device__ float __fadd_rz(float __x, float __y);
extern __device__ float __fsub_rz(float __x, float __y);
extern __device__ float __fmul_rz(float __x, float __y);
extern __device__ float __fdiv_rz(float __x, float __y);
extern __device__ float __fmaf_rz(float __x, float __y, float __z);
extern __device__ float __frcp_rz(float __x);
extern __device__ float __fsqrt_rz(float __x);
extern __device__ double __dadd_rz(double __x, double __y);
extern __device__ double __dsub_rz(double __x, double __y);
extern __device__ double __dmul_rz(double __x, double __y);
extern __device__ double __ddiv_rz(double __x, double __y);
extern __device__ double __fma_rz(double __x, double __y, double __z);
extern __device__ double __drcp_rz(double __x);
extern __device__ double __dsqrt_rz(double __x);
extern __device__ float __fadd_ru(float __x, float __y);
extern __device__ float __fsub_ru(float __x, float __y);
extern __device__ float __fmul_ru(float __x, float __y);
extern __device__ float __fdiv_ru(float __x, float __y);
extern __device__ float __fmaf_ru(float __x, float __y, float __z);
extern __device__ float __frcp_ru(float __x);
extern __device__ float __fsqrt_ru(float __x);
extern __device__ double __dadd_ru(double __x, double __y);
extern __device__ double __dsub_ru(double __x, double __y);
extern __device__ double __dmul_ru(double __x, double __y);
extern __device__ double __ddiv_ru(double __x, double __y);
extern __device__ double __fma_ru(double __x, double __y, double __z);
extern __device__ double __drcp_ru(double __x);
extern __device__ double __dsqrt_ru(double __x);
extern __device__ float __fadd_rd(float __x, float __y);
extern __device__ float __fsub_rd(float __x, float __y);
extern __device__ float __fmul_rd(float __x, float __y);
extern __device__ float __fdiv_rd(float __x, float __y);
extern __device__ float __fmaf_rd(float __x, float __y, float __z);
extern __device__ float __frcp_rd(float __x);
extern __device__ float __fsqrt_rd(float __x);
extern __device__ double __dadd_rd(double __x, double __y);
extern __device__ double __dsub_rd(double __x, double __y);
extern __device__ double __dmul_rd(double __x, double __y);
extern __device__ double __ddiv_rd(double __x, double __y);
extern __device__ double __fma_rd(double __x, double __y, double __z);
extern __device__ double __drcp_rd(double __x);
extern __device__ double __dsqrt_rd(double __x);
extern __device__ float __fmaf_ieee_rn(float __x, float __y, float __z);

/* Conversions. */
extern __device__ int __float2int_rn(float __x);
extern __device__ unsigned int __float2uint_rn(float __x);
extern __device__ float __int2float_rn(int __x);
extern __device__ float __uint2float_rn(unsigned int __x);
extern __device__ long long int __float2ll_rn(float __x);
extern __device__ unsigned long long int __float2ull_rn(float __x);
extern __device__ float __ll2float_rn(long long int __x);
extern __device__ float __ull2float_rn(unsigned long long int __x);
extern __device__ int __double2int_rn(double __x);
extern __device__ unsigned int __double2uint_rn(double __x);
extern __device__ long long int __double2ll_rn(double __x);
extern __device__ unsigned long long int __double2ull_rn(double __x);
extern __device__ float __double2float_rn(double __x);
extern __device__ double __ll2double_rn(long long int __x);
extern __device__ double __ull2double_rn(unsigned long long int __x);
extern __device__ int __float2int_rz(float __x);
extern __device__ unsigned int __float2uint_rz(float __x);
extern __device__ float __int2float_rz(int __x);
extern __device__ float __uint2float_rz(unsigned int __x);
extern __device__ long long int __float2ll_rz(float __x);
extern __device__ unsigned long long int __float2ull_rz(float __x);
extern __device__ float __ll2float_rz(long long int __x);
extern __device__ float __ull2float_rz(unsigned long long int __x);
extern __device__ int __double2int_rz(double __x);
extern __device__ unsigned int __double2uint_rz(double __x);
extern __device__ long long int __double2ll_rz(double __x);
extern __device__ unsigned long long int __double2ull_rz(double __x);
extern __device__ float __double2float_rz(double __x);
extern __device__ double __ll2double_rz(long long int __x);
extern __device__ double __ull2double_rz(unsigned long long int __x);
extern __device__ int __float2int_ru(float __x);
extern __device__ unsigned int __float2uint_ru(float __x);
extern __device__ float __int2float_ru(int __x);
extern __device__ float __uint2float_ru(unsigned int __x);
extern __device__ long long int __float2ll_ru(float __x);
extern __device__ unsigned long long int __float2ull_ru(float __x);
extern __device__ float __ll2float_ru(long long int __x);
extern __device__ float __ull2float_ru(unsigned long long int __x);
extern __device__ int __double2int_ru(double __x);
extern __device__ unsigned int __double2uint_ru(double __x);
extern __device__ long long int __double2ll_ru(double __x);
extern __device__ unsigned long long int __double2ull_ru(double __x);
extern __device__ float __double2float_ru(double __x);
extern __device__ double __ll2double_ru(long long int __x);
extern __device__ double __ull2double_ru(unsigned long long int __x);
extern __device__ int __float2int_rd(float __x);
extern __device__ unsigned int __float2uint_rd(float __x);
extern __device__ float __int2float_rd(int __x);
extern __device__ float __uint2float_rd(unsigned int __x);
extern __device__ long long int __float2ll_rd(float __x);
extern __device__ unsigned long long int __float2ull_rd(float __x);
extern __device__ float __ll2float_rd(long long int __x);
extern __device__ float __ull2float_rd(unsigned long long int __x);
extern __device__ int __double2int_rd(double __x);
extern __device__ unsigned int __double2uint_rd(double __x);
extern __device__ long long int __double2ll_rd(double __x);
extern __device__ unsigned long long int __double2ull_rd(double __x);
extern __device__ float __double2float_rd(double __x);
extern __device__ double __ll2double_rd(long long int __x);
extern __device__ double __ull2double_rd(unsigned long long int __x);
extern __device__ double __int2double_rn(int __x);
extern __device__ double __uint2double_rn(unsigned int __x);
extern __device__ int __double2hiint(double __x);
extern __device__ int __double2loint(double __x);
extern __device__ double __hiloint2double(int __hi, int __lo);
extern __device__ int __float_as_int(float __x);
extern __device__ float __int_as_float(int __x);
extern __device__ unsigned int __float_as_uint(float __x);
extern __device__ float __uint_as_float(unsigned int __x);
extern __device__ long long int __double_as_longlong(double __x);
extern __device__ double __longlong_as_double(long long int __x);

#if defined(__cplusplus)
} /* extern "C" */

/* Overloaded intrinsics (C++ only). */
extern __device__ int __hadd(int __x, int __y);
extern __device__ void __syncwarp(unsigned int __mask = 0xFFFFFFFFu);
extern __device__ int __dp4a(int __srcA, int __srcB, int __c);
extern __device__ unsigned int __dp4a(unsigned int __srcA, unsigned int __srcB, unsigned int __c);
extern __device__ int __dp4a(char4 __srcA, char4 __srcB, int __c);
extern __device__ unsigned int __dp4a(uchar4 __srcA, uchar4 __srcB, unsigned int __c);
extern __device__ int __dp2a_lo(int __srcA, int __srcB, int __c);
extern __device__ unsigned int __dp2a_lo(unsigned int __srcA, unsigned int __srcB, unsigned int __c);
extern __device__ int __dp2a_hi(int __srcA, int __srcB, int __c);
extern __device__ unsigned int __dp2a_hi(unsigned int __srcA, unsigned int __srcB, unsigned int __c);
extern __device__ size_t __cvta_generic_to_shared(const void *__ptr);
extern __device__ unsigned int __isShared(const void *__ptr);
extern __device__ unsigned int __isGlobal(const void *__ptr);
extern __device__ unsigned int __isConstant(const void *__ptr);
extern __device__ unsigned int __isLocal(const void *__ptr);
#endif

#endif /* __DEVICE_FUNCTIONS_H__ */
