/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __SM_30_INTRINSICS_H__
#define __SM_30_INTRINSICS_H__

#include "host_defines.h"
#include "device_launch_parameters.h"

#if defined(__cplusplus)
/* Warp vote, match, reduce and shuffle intrinsics. */
extern __device__ unsigned int __activemask(void);
extern __device__ unsigned int __ballot_sync(unsigned int mask, int predicate);
extern __device__ int __any_sync(unsigned int mask, int predicate);
extern __device__ int __all_sync(unsigned int mask, int predicate);
extern __device__ int __uni_sync(unsigned int mask, int predicate);
extern __device__ unsigned int __ballot(int predicate);
extern __device__ int __any(int predicate);
extern __device__ int __all(int predicate);
extern __device__ unsigned int __reduce_add_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __reduce_min_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __reduce_max_sync(unsigned int mask, unsigned int value);
extern __device__ int __reduce_add_sync(unsigned int mask, int value);
extern __device__ int __reduce_min_sync(unsigned int mask, int value);
extern __device__ int __reduce_max_sync(unsigned int mask, int value);
extern __device__ unsigned int __reduce_and_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __reduce_or_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __reduce_xor_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __match_any_sync(unsigned int mask, int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, unsigned int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, unsigned int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, long int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, long int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, unsigned long int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, unsigned long int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, long long int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, long long int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, unsigned long long int value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, unsigned long long int value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, float value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, float value, int *pred);
extern __device__ unsigned int __match_any_sync(unsigned int mask, double value);
extern __device__ unsigned int __match_all_sync(unsigned int mask, double value, int *pred);
extern __device__ int __shfl_sync(unsigned int mask, int var, int srcLane, int width = warpSize);
extern __device__ int __shfl_up_sync(unsigned int mask, int var, unsigned int delta, int width = warpSize);
extern __device__ int __shfl_down_sync(unsigned int mask, int var, unsigned int delta, int width = warpSize);
extern __device__ int __shfl_xor_sync(unsigned int mask, int var, int laneMask, int width = warpSize);
extern __device__ unsigned int __shfl_sync(unsigned int mask, unsigned int var, int srcLane, int width = warpSize);
extern __device__ unsigned int __shfl_up_sync(unsigned int mask, unsigned int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned int __shfl_down_sync(unsigned int mask, unsigned int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned int __shfl_xor_sync(unsigned int mask, unsigned int var, int laneMask, int width = warpSize);
extern __device__ long int __shfl_sync(unsigned int mask, long int var, int srcLane, int width = warpSize);
extern __device__ long int __shfl_up_sync(unsigned int mask, long int var, unsigned int delta, int width = warpSize);
extern __device__ long int __shfl_down_sync(unsigned int mask, long int var, unsigned int delta, int width = warpSize);
extern __device__ long int __shfl_xor_sync(unsigned int mask, long int var, int laneMask, int width = warpSize);
extern __device__ unsigned long int __shfl_sync(unsigned int mask, unsigned long int var, int srcLane, int width = warpSize);
extern __device__ unsigned long int __shfl_up_sync(unsigned int mask, unsigned long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long int __shfl_down_sync(unsigned int mask, unsigned long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long int __shfl_xor_sync(unsigned int mask, unsigned long int var, int laneMask, int width = warpSize);
extern __device__ long long int __shfl_sync(unsigned int mask, long long int var, int srcLane, int width = warpSize);
extern __device__ long long int __shfl_up_sync(unsigned int mask, long long int var, unsigned int delta, int width = warpSize);
extern __device__ long long int __shfl_down_sync(unsigned int mask, long long int var, unsigned int delta, int width = warpSize);
extern __device__ long long int __shfl_xor_sync(unsigned int mask, long long int var, int laneMask, int width = warpSize);
extern __device__ unsigned long long int __shfl_sync(unsigned int mask, unsigned long long int var, int srcLane, int width = warpSize);
extern __device__ unsigned long long int __shfl_up_sync(unsigned int mask, unsigned long long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long long int __shfl_down_sync(unsigned int mask, unsigned long long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long long int __shfl_xor_sync(unsigned int mask, unsigned long long int var, int laneMask, int width = warpSize);
extern __device__ float __shfl_sync(unsigned int mask, float var, int srcLane, int width = warpSize);
extern __device__ float __shfl_up_sync(unsigned int mask, float var, unsigned int delta, int width = warpSize);
extern __device__ float __shfl_down_sync(unsigned int mask, float var, unsigned int delta, int width = warpSize);
extern __device__ float __shfl_xor_sync(unsigned int mask, float var, int laneMask, int width = warpSize);
extern __device__ double __shfl_sync(unsigned int mask, double var, int srcLane, int width = warpSize);
extern __device__ double __shfl_up_sync(unsigned int mask, double var, unsigned int delta, int width = warpSize);
extern __device__ double __shfl_down_sync(unsigned int mask, double var, unsigned int delta, int width = warpSize);
extern __device__ double __shfl_xor_sync(unsigned int mask, double var, int laneMask, int width = warpSize);
/* Pre-Volta shuffles without a mask. */
extern __device__ int __shfl(int var, int srcLane, int width = warpSize);
extern __device__ int __shfl_up(int var, unsigned int delta, int width = warpSize);
extern __device__ int __shfl_down(int var, unsigned int delta, int width = warpSize);
extern __device__ int __shfl_xor(int var, int laneMask, int width = warpSize);
extern __device__ unsigned int __shfl(unsigned int var, int srcLane, int width = warpSize);
extern __device__ unsigned int __shfl_up(unsigned int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned int __shfl_down(unsigned int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned int __shfl_xor(unsigned int var, int laneMask, int width = warpSize);
extern __device__ long int __shfl(long int var, int srcLane, int width = warpSize);
extern __device__ long int __shfl_up(long int var, unsigned int delta, int width = warpSize);
extern __device__ long int __shfl_down(long int var, unsigned int delta, int width = warpSize);
extern __device__ long int __shfl_xor(long int var, int laneMask, int width = warpSize);
extern __device__ unsigned long int __shfl(unsigned long int var, int srcLane, int width = warpSize);
extern __device__ unsigned long int __shfl_up(unsigned long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long int __shfl_down(unsigned long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long int __shfl_xor(unsigned long int var, int laneMask, int width = warpSize);
extern __device__ long long int __shfl(long long int var, int srcLane, int width = warpSize);
extern __device__ long long int __shfl_up(long long int var, unsigned int delta, int width = warpSize);
extern __device__ long long int __shfl_down(long long int var, unsigned int delta, int width = warpSize);
extern __device__ long long int __shfl_xor(long long int var, int laneMask, int width = warpSize);
extern __device__ unsigned long long int __shfl(unsigned long long int var, int srcLane, int width = warpSize);
extern __device__ unsigned long long int __shfl_up(unsigned long long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long long int __shfl_down(unsigned long long int var, unsigned int delta, int width = warpSize);
extern __device__ unsigned long long int __shfl_xor(unsigned long long int var, int laneMask, int width = warpSize);
extern __device__ float __shfl(float var, int srcLane, int width = warpSize);
extern __device__ float __shfl_up(float var, unsigned int delta, int width = warpSize);
extern __device__ float __shfl_down(float var, unsigned int delta, int width = warpSize);
extern __device__ float __shfl_xor(float var, int laneMask, int width = warpSize);
extern __device__ double __shfl(double var, int srcLane, int width = warpSize);
extern __device__ double __shfl_up(double var, unsigned int delta, int width = warpSize);
extern __device__ double __shfl_down(double var, unsigned int delta, int width = warpSize);
extern __device__ double __shfl_xor(double var, int laneMask, int width = warpSize);
#endif /* __cplusplus */

#endif /* __SM_30_INTRINSICS_H__ */
