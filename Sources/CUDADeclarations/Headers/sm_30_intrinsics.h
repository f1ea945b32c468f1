/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __SM_30_INTRINSICS_H__
#define __SM_30_INTRINSICS_H__

#include "host_defines.h"
#include "device_launch_parameters.h"

#if defined(__cplusplus)
/* Warp vote, match, reduce and shuffle intrinsics. */
extern __device__ unsigned int __activemask(void);
extern __device__ unsigned int __ballot_sync(unsigned int __mask, int __predicate);
extern __device__ int __any_sync(unsigned int __mask, int __predicate);
extern __device__ int __all_sync(unsigned int __mask, int __predicate);
extern __device__ int __uni_sync(unsigned int __mask, int __predicate);
extern __device__ unsigned int __ballot(int __predicate);
extern __device__ int __any(int __predicate);
extern __device__ int __all(int __predicate);
extern __device__ unsigned int __reduce_add_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __reduce_min_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __reduce_max_sync(unsigned int __mask, unsigned int __value);
extern __device__ int __reduce_add_sync(unsigned int __mask, int __value);
extern __device__ int __reduce_min_sync(unsigned int __mask, int __value);
extern __device__ int __reduce_max_sync(unsigned int __mask, int __value);
extern __device__ unsigned int __reduce_and_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __reduce_or_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __reduce_xor_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, unsigned int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, unsigned int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, long int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, long int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, unsigned long int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, unsigned long int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, long long int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, long long int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, unsigned long long int __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, unsigned long long int __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, float __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, float __value, int *__pred);
extern __device__ unsigned int __match_any_sync(unsigned int __mask, double __value);
extern __device__ unsigned int __match_all_sync(unsigned int __mask, double __value, int *__pred);
extern __device__ int __shfl_sync(unsigned int __mask, int __var, int __srcLane, int __width = warpSize);
extern __device__ int __shfl_up_sync(unsigned int __mask, int __var, unsigned int __delta, int __width = warpSize);
extern __device__ int __shfl_down_sync(unsigned int __mask, int __var, unsigned int __delta, int __width = warpSize);
extern __device__ int __shfl_xor_sync(unsigned int __mask, int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned int __shfl_sync(unsigned int __mask, unsigned int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned int __shfl_up_sync(unsigned int __mask, unsigned int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned int __shfl_down_sync(unsigned int __mask, unsigned int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned int __shfl_xor_sync(unsigned int __mask, unsigned int __var, int __laneMask, int __width = warpSize);
extern __device__ long int __shfl_sync(unsigned int __mask, long int __var, int __srcLane, int __width = warpSize);
extern __device__ long int __shfl_up_sync(unsigned int __mask, long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long int __shfl_down_sync(unsigned int __mask, long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long int __shfl_xor_sync(unsigned int __mask, long int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned long int __shfl_sync(unsigned int __mask, unsigned long int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned long int __shfl_up_sync(unsigned int __mask, unsigned long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long int __shfl_down_sync(unsigned int __mask, unsigned long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long int __shfl_xor_sync(unsigned int __mask, unsigned long int __var, int __laneMask, int __width = warpSize);
extern __device__ long long int __shfl_sync(unsigned int __mask, long long int __var, int __srcLane, int __width = warpSize);
extern __device__ long long int __shfl_up_sync(unsigned int __mask, long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long long int __shfl_down_sync(unsigned int __mask, long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long long int __shfl_xor_sync(unsigned int __mask, long long int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned long long int __shfl_sync(unsigned int __mask, unsigned long long int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned long long int __shfl_up_sync(unsigned int __mask, unsigned long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long long int __shfl_down_sync(unsigned int __mask, unsigned long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long long int __shfl_xor_sync(unsigned int __mask, unsigned long long int __var, int __laneMask, int __width = warpSize);
extern __device__ float __shfl_sync(unsigned int __mask, float __var, int __srcLane, int __width = warpSize);
extern __device__ float __shfl_up_sync(unsigned int __mask, float __var, unsigned int __delta, int __width = warpSize);
extern __device__ float __shfl_down_sync(unsigned int __mask, float __var, unsigned int __delta, int __width = warpSize);
extern __device__ float __shfl_xor_sync(unsigned int __mask, float __var, int __laneMask, int __width = warpSize);
extern __device__ double __shfl_sync(unsigned int __mask, double __var, int __srcLane, int __width = warpSize);
extern __device__ double __shfl_up_sync(unsigned int __mask, double __var, unsigned int __delta, int __width = warpSize);
extern __device__ double __shfl_down_sync(unsigned int __mask, double __var, unsigned int __delta, int __width = warpSize);
extern __device__ double __shfl_xor_sync(unsigned int __mask, double __var, int __laneMask, int __width = warpSize);
/* Pre-Volta shuffles without a mask. */
extern __device__ int __shfl(int __var, int __srcLane, int __width = warpSize);
extern __device__ int __shfl_up(int __var, unsigned int __delta, int __width = warpSize);
extern __device__ int __shfl_down(int __var, unsigned int __delta, int __width = warpSize);
extern __device__ int __shfl_xor(int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned int __shfl(unsigned int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned int __shfl_up(unsigned int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned int __shfl_down(unsigned int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned int __shfl_xor(unsigned int __var, int __laneMask, int __width = warpSize);
extern __device__ long int __shfl(long int __var, int __srcLane, int __width = warpSize);
extern __device__ long int __shfl_up(long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long int __shfl_down(long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long int __shfl_xor(long int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned long int __shfl(unsigned long int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned long int __shfl_up(unsigned long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long int __shfl_down(unsigned long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long int __shfl_xor(unsigned long int __var, int __laneMask, int __width = warpSize);
extern __device__ long long int __shfl(long long int __var, int __srcLane, int __width = warpSize);
extern __device__ long long int __shfl_up(long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long long int __shfl_down(long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ long long int __shfl_xor(long long int __var, int __laneMask, int __width = warpSize);
extern __device__ unsigned long long int __shfl(unsigned long long int __var, int __srcLane, int __width = warpSize);
extern __device__ unsigned long long int __shfl_up(unsigned long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long long int __shfl_down(unsigned long long int __var, unsigned int __delta, int __width = warpSize);
extern __device__ unsigned long long int __shfl_xor(unsigned long long int __var, int __laneMask, int __width = warpSize);
extern __device__ float __shfl(float __var, int __srcLane, int __width = warpSize);
extern __device__ float __shfl_up(float __var, unsigned int __delta, int __width = warpSize);
extern __device__ float __shfl_down(float __var, unsigned int __delta, int __width = warpSize);
extern __device__ float __shfl_xor(float __var, int __laneMask, int __width = warpSize);
extern __device__ double __shfl(double __var, int __srcLane, int __width = warpSize);
extern __device__ double __shfl_up(double __var, unsigned int __delta, int __width = warpSize);
extern __device__ double __shfl_down(double __var, unsigned int __delta, int __width = warpSize);
extern __device__ double __shfl_xor(double __var, int __laneMask, int __width = warpSize);
#endif /* __cplusplus */

#endif /* __SM_30_INTRINSICS_H__ */
