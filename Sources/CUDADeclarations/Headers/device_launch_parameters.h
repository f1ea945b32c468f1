/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __DEVICE_LAUNCH_PARAMETERS_H__
#define __DEVICE_LAUNCH_PARAMETERS_H__

#include "vector_types.h"

/* Built-in variables of device code. */
#if defined(__cplusplus)
extern "C" {
#endif

extern const __device__ uint3 threadIdx;
extern const __device__ uint3 blockIdx;
extern const __device__ dim3 blockDim;
extern const __device__ dim3 gridDim;
extern const __device__ int warpSize;

#if defined(__cplusplus)
}
#endif

#endif /* __DEVICE_LAUNCH_PARAMETERS_H__ */
