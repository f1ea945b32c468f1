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
extern __device__ int __syncthreads_count(int predicate);
extern __device__ int __syncthreads_and(int predicate);
extern __device__ int __syncthreads_or(int predicate);
extern __device__ void __threadfence(void);
extern __device__ void __threadfence_block(void);
extern __device__ void __threadfence_system(void);
extern __device__ void __nanosleep(unsigned int ns);
extern __device__ void __trap(void);
extern __device__ void __brkpt(void);
extern __device__ void __prof_trigger(int counter);

/* Timers. */
extern __device__ long long int clock64(void);

/* Integer intrinsics. */
extern __device__ int __mul24(int x, int y);
extern __device__ unsigned int __umul24(unsigned int x, unsigned int y);
extern __device__ int __mulhi(int x, int y);
extern __device__ unsigned int __umulhi(unsigned int x, unsigned int y);
extern __device__ long long int __mul64hi(long long int x, long long int y);
extern __device__ unsigned long long int __umul64hi(unsigned long long int x, unsigned long long int y);
extern __device__ int __popc(unsigned int x);
extern __device__ int __popcll(unsigned long long int x);
extern __device__ int __clz(int x);
extern __device__ int __clzll(long long int x);
extern __device__ int __ffs(int x);
extern __device__ int __ffsll(long long int x);
extern __device__ unsigned int __brev(unsigned int x);
extern __device__ unsigned long long int __brevll(unsigned long long int x);
extern __device__ unsigned int __byte_perm(unsigned int x, unsigned int y, unsigned int s);
extern __device__ unsigned int __sad(int x, int y, unsigned int z);
extern __device__ unsigned int __usad(unsigned int x, unsigned int y, unsigned int z);
extern __device__ int __rhadd(int x, int y);
extern __device__ unsigned int __uhadd(unsigned int x, unsigned int y);
extern __device__ unsigned int __urhadd(unsigned int x, unsigned int y);
extern __device__ unsigned int __funnelshift_l(unsigned int lo, unsigned int hi, unsigned int shift);
extern __device__ unsigned int __funnelshift_lc(unsigned int lo, unsigned int hi, unsigned int shift);
extern __device__ unsigned int __funnelshift_r(unsigned int lo, unsigned int hi, unsigned int shift);
extern __device__ unsigned int __funnelshift_rc(unsigned int lo, unsigned int hi, unsigned int shift);
extern __device__ unsigned int __fns(unsigned int mask, unsigned int base, int offset);
extern __device__ unsigned int __vabs2(unsigned int a);
extern __device__ unsigned int __vabs4(unsigned int a);
extern __device__ unsigned int __vadd2(unsigned int a, unsigned int b);
extern __device__ unsigned int __vadd4(unsigned int a, unsigned int b);
extern __device__ unsigned int __vsub2(unsigned int a, unsigned int b);
extern __device__ unsigned int __vsub4(unsigned int a, unsigned int b);
extern __device__ unsigned int __vmaxu4(unsigned int a, unsigned int b);
extern __device__ unsigned int __vminu4(unsigned int a, unsigned int b);
extern __device__ unsigned int __vsadu4(unsigned int a, unsigned int b);

/* Floating-point intrinsics. */
extern __device__ float __fdividef(float x, float y);
extern __device__ float __expf(float x);
extern __device__ float __exp10f(float x);
extern __device__ float __logf(float x);
extern __device__ float __log2f(float x);
extern __device__ float __log10f(float x);
extern __device__ float __sinf(float x);
extern __device__ float __cosf(float x);
extern __device__ float __tanf(float x);
extern __device__ void __sincosf(float x, float *sptr, float *cptr);
extern __device__ float __powf(float x, float y);
extern __device__ float __saturatef(float x);
extern __device__ float __frsqrt_rn(float x);
extern __device__ double __dsqrt_rn(double x);

extern __device__ float __fadd_rn(float x, float y);
extern __device__ float __fsub_rn(float x, float y);
extern __device__ float __fmul_rn(float x, float y);
extern __device__ float __fdiv_rn(float x, float y);
extern __device__ float __fmaf_rn(float x, float y, float z);
extern __device__ float __frcp_rn(float x);
extern __device__ float __fsqrt_rn(float x);
extern __device__ double __dadd_rn(double x, double y);
extern __device__ double __dsub_rn(double x, double y);
extern __device__ double __dmul_rn(double x, double y);
extern __device__ double __ddiv_rn(double x, double y);
extern __device__ double __fma_rn(double x, double y, double z);
extern __device__ double __drcp_rn(double x);
extern __device__ float __fadd_rz(float x, float y);
extern __device__ float __fsub_rz(float x, float y);
extern __device__ float __fmul_rz(float x, float y);
extern __device__ float __fdiv_rz(float x, float y);
extern __device__ float __fmaf_rz(float x, float y, float z);
extern __device__ float __frcp_rz(float x);
extern __device__ float __fsqrt_rz(float x);
extern __device__ double __dadd_rz(double x, double y);
extern __device__ double __dsub_rz(double x, double y);
extern __device__ double __dmul_rz(double x, double y);
extern __device__ double __ddiv_rz(double x, double y);
extern __device__ double __fma_rz(double x, double y, double z);
extern __device__ double __drcp_rz(double x);
extern __device__ double __dsqrt_rz(double x);
extern __device__ float __fadd_ru(float x, float y);
extern __device__ float __fsub_ru(float x, float y);
extern __device__ float __fmul_ru(float x, float y);
extern __device__ float __fdiv_ru(float x, float y);
extern __device__ float __fmaf_ru(float x, float y, float z);
extern __device__ float __frcp_ru(float x);
extern __device__ float __fsqrt_ru(float x);
extern __device__ double __dadd_ru(double x, double y);
extern __device__ double __dsub_ru(double x, double y);
extern __device__ double __dmul_ru(double x, double y);
extern __device__ double __ddiv_ru(double x, double y);
extern __device__ double __fma_ru(double x, double y, double z);
extern __device__ double __drcp_ru(double x);
extern __device__ double __dsqrt_ru(double x);
extern __device__ float __fadd_rd(float x, float y);
extern __device__ float __fsub_rd(float x, float y);
extern __device__ float __fmul_rd(float x, float y);
extern __device__ float __fdiv_rd(float x, float y);
extern __device__ float __fmaf_rd(float x, float y, float z);
extern __device__ float __frcp_rd(float x);
extern __device__ float __fsqrt_rd(float x);
extern __device__ double __dadd_rd(double x, double y);
extern __device__ double __dsub_rd(double x, double y);
extern __device__ double __dmul_rd(double x, double y);
extern __device__ double __ddiv_rd(double x, double y);
extern __device__ double __fma_rd(double x, double y, double z);
extern __device__ double __drcp_rd(double x);
extern __device__ double __dsqrt_rd(double x);
extern __device__ float __fmaf_ieee_rn(float x, float y, float z);

/* Conversions. */
extern __device__ int __float2int_rn(float x);
extern __device__ unsigned int __float2uint_rn(float x);
extern __device__ float __int2float_rn(int x);
extern __device__ float __uint2float_rn(unsigned int x);
extern __device__ long long int __float2ll_rn(float x);
extern __device__ unsigned long long int __float2ull_rn(float x);
extern __device__ float __ll2float_rn(long long int x);
extern __device__ float __ull2float_rn(unsigned long long int x);
extern __device__ int __double2int_rn(double x);
extern __device__ unsigned int __double2uint_rn(double x);
extern __device__ long long int __double2ll_rn(double x);
extern __device__ unsigned long long int __double2ull_rn(double x);
extern __device__ float __double2float_rn(double x);
extern __device__ double __ll2double_rn(long long int x);
extern __device__ double __ull2double_rn(unsigned long long int x);
extern __device__ int __float2int_rz(float x);
extern __device__ unsigned int __float2uint_rz(float x);
extern __device__ float __int2float_rz(int x);
extern __device__ float __uint2float_rz(unsigned int x);
extern __device__ long long int __float2ll_rz(float x);
extern __device__ unsigned long long int __float2ull_rz(float x);
extern __device__ float __ll2float_rz(long long int x);
extern __device__ float __ull2float_rz(unsigned long long int x);
extern __device__ int __double2int_rz(double x);
extern __device__ unsigned int __double2uint_rz(double x);
extern __device__ long long int __double2ll_rz(double x);
extern __device__ unsigned long long int __double2ull_rz(double x);
extern __device__ float __double2float_rz(double x);
extern __device__ double __ll2double_rz(long long int x);
extern __device__ double __ull2double_rz(unsigned long long int x);
extern __device__ int __float2int_ru(float x);
extern __device__ unsigned int __float2uint_ru(float x);
extern __device__ float __int2float_ru(int x);
extern __device__ float __uint2float_ru(unsigned int x);
extern __device__ long long int __float2ll_ru(float x);
extern __device__ unsigned long long int __float2ull_ru(float x);
extern __device__ float __ll2float_ru(long long int x);
extern __device__ float __ull2float_ru(unsigned long long int x);
extern __device__ int __double2int_ru(double x);
extern __device__ unsigned int __double2uint_ru(double x);
extern __device__ long long int __double2ll_ru(double x);
extern __device__ unsigned long long int __double2ull_ru(double x);
extern __device__ float __double2float_ru(double x);
extern __device__ double __ll2double_ru(long long int x);
extern __device__ double __ull2double_ru(unsigned long long int x);
extern __device__ int __float2int_rd(float x);
extern __device__ unsigned int __float2uint_rd(float x);
extern __device__ float __int2float_rd(int x);
extern __device__ float __uint2float_rd(unsigned int x);
extern __device__ long long int __float2ll_rd(float x);
extern __device__ unsigned long long int __float2ull_rd(float x);
extern __device__ float __ll2float_rd(long long int x);
extern __device__ float __ull2float_rd(unsigned long long int x);
extern __device__ int __double2int_rd(double x);
extern __device__ unsigned int __double2uint_rd(double x);
extern __device__ long long int __double2ll_rd(double x);
extern __device__ unsigned long long int __double2ull_rd(double x);
extern __device__ float __double2float_rd(double x);
extern __device__ double __ll2double_rd(long long int x);
extern __device__ double __ull2double_rd(unsigned long long int x);
extern __device__ double __int2double_rn(int x);
extern __device__ double __uint2double_rn(unsigned int x);
extern __device__ int __double2hiint(double x);
extern __device__ int __double2loint(double x);
extern __device__ double __hiloint2double(int hi, int lo);
extern __device__ int __float_as_int(float x);
extern __device__ float __int_as_float(int x);
extern __device__ unsigned int __float_as_uint(float x);
extern __device__ float __uint_as_float(unsigned int x);
extern __device__ long long int __double_as_longlong(double x);
extern __device__ double __longlong_as_double(long long int x);

#if defined(__cplusplus)
} /* extern "C" */

/* Overloaded intrinsics (C++ only). */
extern __device__ int __hadd(int x, int y);
extern __device__ void __syncwarp(unsigned int mask = 0xFFFFFFFFu);
extern __device__ int __dp4a(int srcA, int srcB, int c);
extern __device__ unsigned int __dp4a(unsigned int srcA, unsigned int srcB, unsigned int c);
extern __device__ int __dp4a(char4 srcA, char4 srcB, int c);
extern __device__ unsigned int __dp4a(uchar4 srcA, uchar4 srcB, unsigned int c);
extern __device__ int __dp2a_lo(int srcA, int srcB, int c);
extern __device__ unsigned int __dp2a_lo(unsigned int srcA, unsigned int srcB, unsigned int c);
extern __device__ int __dp2a_hi(int srcA, int srcB, int c);
extern __device__ unsigned int __dp2a_hi(unsigned int srcA, unsigned int srcB, unsigned int c);
extern __device__ size_t __cvta_generic_to_shared(const void *ptr);
extern __device__ unsigned int __isShared(const void *ptr);
extern __device__ unsigned int __isGlobal(const void *ptr);
extern __device__ unsigned int __isConstant(const void *ptr);
extern __device__ unsigned int __isLocal(const void *ptr);
#endif

#endif /* __DEVICE_FUNCTIONS_H__ */
