/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CURAND_KERNEL_H_)
#define CURAND_KERNEL_H_

#include "host_defines.h"
#include "vector_types.h"
#include "curand.h"

/* Device-side generator states. */
struct curandStateXORWOW {
    unsigned int d, v[5];
    int boxmuller_flag;
    int boxmuller_flag_double;
    float boxmuller_extra;
    double boxmuller_extra_double;
};
typedef struct curandStateXORWOW curandStateXORWOW_t;
typedef struct curandStateXORWOW curandState_t;
typedef struct curandStateXORWOW curandState;

struct curandStatePhilox4_32_10 {
    uint4 ctr;
    uint4 output;
    uint2 key;
    unsigned int STATE;
    int boxmuller_flag;
    int boxmuller_flag_double;
    float boxmuller_extra;
    double boxmuller_extra_double;
};
typedef struct curandStatePhilox4_32_10 curandStatePhilox4_32_10_t;

struct curandStateMRG32k3a {
    unsigned int s1[3];
    unsigned int s2[3];
    int boxmuller_flag;
    int boxmuller_flag_double;
    float boxmuller_extra;
    double boxmuller_extra_double;
};
typedef struct curandStateMRG32k3a curandStateMRG32k3a_t;

struct curandStateSobol32 {
    unsigned int i, x, c;
    unsigned int direction_vectors[32];
};
typedef struct curandStateSobol32 curandStateSobol32_t;
typedef unsigned int curandDirectionVectors32_t[32];

#if defined(__cplusplus)
/* Initialization. */
__device__ void curand_init(unsigned long long __seed, unsigned long long __subsequence, unsigned long long __offset, curandStateXORWOW_t *__state);
__device__ void curand_init(unsigned long long __seed, unsigned long long __subsequence, unsigned long long __offset, curandStatePhilox4_32_10_t *__state);
__device__ void curand_init(unsigned long long __seed, unsigned long long __subsequence, unsigned long long __offset, curandStateMRG32k3a_t *__state);
__device__ void curand_init(curandDirectionVectors32_t __direction_vectors, unsigned int __offset, curandStateSobol32_t *__state);
__device__ void skipahead(unsigned long long __n, curandStateXORWOW_t *__state);
__device__ void skipahead(unsigned long long __n, curandStatePhilox4_32_10_t *__state);
__device__ void skipahead_sequence(unsigned long long __n, curandStateXORWOW_t *__state);

/* Draws: 32-bit integers, uniform (0, 1], normal, log-normal and Poisson values. */
#define __CU2HIP_CURAND_DRAWS(S) \
    __device__ unsigned int curand(S *__state); \
    __device__ float curand_uniform(S *__state); \
    __device__ double curand_uniform_double(S *__state); \
    __device__ float curand_normal(S *__state); \
    __device__ double curand_normal_double(S *__state); \
    __device__ float2 curand_normal2(S *__state); \
    __device__ double2 curand_normal2_double(S *__state); \
    __device__ float curand_log_normal(S *__state, float __mean, float __stddev); \
    __device__ double curand_log_normal_double(S *__state, double __mean, double __stddev); \
    __device__ unsigned int curand_poisson(S *__state, double __lambda);
__CU2HIP_CURAND_DRAWS(curandStateXORWOW_t)
__CU2HIP_CURAND_DRAWS(curandStatePhilox4_32_10_t)
__CU2HIP_CURAND_DRAWS(curandStateMRG32k3a_t)
#undef __CU2HIP_CURAND_DRAWS
__device__ unsigned int curand(curandStateSobol32_t *__state);
__device__ float curand_uniform(curandStateSobol32_t *__state);
__device__ float curand_normal(curandStateSobol32_t *__state);
__device__ uint4 curand4(curandStatePhilox4_32_10_t *__state);
__device__ float4 curand_uniform4(curandStatePhilox4_32_10_t *__state);
__device__ float4 curand_normal4(curandStatePhilox4_32_10_t *__state);
__device__ double2 curand_uniform2_double(curandStatePhilox4_32_10_t *__state);
#endif /* __cplusplus */

#endif /* !defined(CURAND_KERNEL_H_) */
