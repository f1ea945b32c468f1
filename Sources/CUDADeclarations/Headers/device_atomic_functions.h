/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __DEVICE_ATOMIC_FUNCTIONS_H__
#define __DEVICE_ATOMIC_FUNCTIONS_H__

#include "host_defines.h"

#if defined(__cplusplus)
/* Atomic read-modify-write operations; _block and _system variants have
 * block and system scope. Each returns the old value. */
extern __device__ int atomicAdd(int *__address, int __val);
extern __device__ unsigned int atomicAdd(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAdd(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicAdd(float *__address, float __val);
extern __device__ double atomicAdd(double *__address, double __val);
extern __device__ int atomicSub(int *__address, int __val);
extern __device__ unsigned int atomicSub(unsigned int *__address, unsigned int __val);
extern __device__ int atomicExch(int *__address, int __val);
extern __device__ unsigned int atomicExch(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicExch(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicExch(float *__address, float __val);
extern __device__ int atomicMin(int *__address, int __val);
extern __device__ unsigned int atomicMin(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMin(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMin(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicMax(int *__address, int __val);
extern __device__ unsigned int atomicMax(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMax(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMax(unsigned long long int *__address, unsigned long long int __val);
extern __device__ unsigned int atomicInc(unsigned int *__address, unsigned int __val);
extern __device__ unsigned int atomicDec(unsigned int *__address, unsigned int __val);
extern __device__ int atomicAnd(int *__address, int __val);
extern __device__ unsigned int atomicAnd(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAnd(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicOr(int *__address, int __val);
extern __device__ unsigned int atomicOr(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicOr(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicXor(int *__address, int __val);
extern __device__ unsigned int atomicXor(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicXor(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicCAS(int *__address, int __compare, int __val);
extern __device__ unsigned int atomicCAS(unsigned int *__address, unsigned int __compare, unsigned int __val);
extern __device__ unsigned long long int atomicCAS(unsigned long long int *__address, unsigned long long int __compare, unsigned long long int __val);
extern __device__ unsigned short int atomicCAS(unsigned short int *__address, unsigned short int __compare, unsigned short int __val);
extern __device__ int atomicAdd_block(int *__address, int __val);
extern __device__ unsigned int atomicAdd_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAdd_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicAdd_block(float *__address, float __val);
extern __device__ double atomicAdd_block(double *__address, double __val);
extern __device__ int atomicSub_block(int *__address, int __val);
extern __device__ unsigned int atomicSub_block(unsigned int *__address, unsigned int __val);
extern __device__ int atomicExch_block(int *__address, int __val);
extern __device__ unsigned int atomicExch_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicExch_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicExch_block(float *__address, float __val);
extern __device__ int atomicMin_block(int *__address, int __val);
extern __device__ unsigned int atomicMin_block(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMin_block(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMin_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicMax_block(int *__address, int __val);
extern __device__ unsigned int atomicMax_block(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMax_block(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMax_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ unsigned int atomicInc_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned int atomicDec_block(unsigned int *__address, unsigned int __val);
extern __device__ int atomicAnd_block(int *__address, int __val);
extern __device__ unsigned int atomicAnd_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAnd_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicOr_block(int *__address, int __val);
extern __device__ unsigned int atomicOr_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicOr_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicXor_block(int *__address, int __val);
extern __device__ unsigned int atomicXor_block(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicXor_block(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicCAS_block(int *__address, int __compare, int __val);
extern __device__ unsigned int atomicCAS_block(unsigned int *__address, unsigned int __compare, unsigned int __val);
extern __device__ unsigned long long int atomicCAS_block(unsigned long long int *__address, unsigned long long int __compare, unsigned long long int __val);
extern __device__ unsigned short int atomicCAS_block(unsigned short int *__address, unsigned short int __compare, unsigned short int __val);
extern __device__ int atomicAdd_system(int *__address, int __val);
extern __device__ unsigned int atomicAdd_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAdd_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicAdd_system(float *__address, float __val);
extern __device__ double atomicAdd_system(double *__address, double __val);
extern __device__ int atomicSub_system(int *__address, int __val);
extern __device__ unsigned int atomicSub_system(unsigned int *__address, unsigned int __val);
extern __device__ int atomicExch_system(int *__address, int __val);
extern __device__ unsigned int atomicExch_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicExch_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ float atomicExch_system(float *__address, float __val);
extern __device__ int atomicMin_system(int *__address, int __val);
extern __device__ unsigned int atomicMin_system(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMin_system(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMin_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicMax_system(int *__address, int __val);
extern __device__ unsigned int atomicMax_system(unsigned int *__address, unsigned int __val);
extern __device__ long long int atomicMax_system(long long int *__address, long long int __val);
extern __device__ unsigned long long int atomicMax_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ unsigned int atomicInc_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned int atomicDec_system(unsigned int *__address, unsigned int __val);
extern __device__ int atomicAnd_system(int *__address, int __val);
extern __device__ unsigned int atomicAnd_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicAnd_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicOr_system(int *__address, int __val);
extern __device__ unsigned int atomicOr_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicOr_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicXor_system(int *__address, int __val);
extern __device__ unsigned int atomicXor_system(unsigned int *__address, unsigned int __val);
extern __device__ unsigned long long int atomicXor_system(unsigned long long int *__address, unsigned long long int __val);
extern __device__ int atomicCAS_system(int *__address, int __compare, int __val);
extern __device__ unsigned int atomicCAS_system(unsigned int *__address, unsigned int __compare, unsigned int __val);
extern __device__ unsigned long long int atomicCAS_system(unsigned long long int *__address, unsigned long long int __compare, unsigned long long int __val);
extern __device__ unsigned short int atomicCAS_system(unsigned short int *__address, unsigned short int __compare, unsigned short int __val);
#endif /* __cplusplus */

#endif /* __DEVICE_ATOMIC_FUNCTIONS_H__ */
