/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CURAND_H_)
#define CURAND_H_

#include "driver_types.h"

#define CURANDAPI

#define CURAND_VER_MAJOR 10
#define CURAND_VER_MINOR 3
#define CURAND_VER_PATCH 5
#define CURAND_VERSION (CURAND_VER_MAJOR * 1000 + CURAND_VER_MINOR * 100 + CURAND_VER_PATCH)

#if defined(__cplusplus)
extern "C" {
#endif

enum curandStatus {
    CURAND_STATUS_SUCCESS = 0,
    CURAND_STATUS_VERSION_MISMATCH = 100,
    CURAND_STATUS_NOT_INITIALIZED = 101,
    CURAND_STATUS_ALLOCATION_FAILED = 102,
    CURAND_STATUS_TYPE_ERROR = 103,
    CURAND_STATUS_OUT_OF_RANGE = 104,
    CURAND_STATUS_LENGTH_NOT_MULTIPLE = 105,
    CURAND_STATUS_DOUBLE_PRECISION_REQUIRED = 106,
    CURAND_STATUS_LAUNCH_FAILURE = 201,
    CURAND_STATUS_PREEXISTING_FAILURE = 202,
    CURAND_STATUS_INITIALIZATION_FAILED = 203,
    CURAND_STATUS_ARCH_MISMATCH = 204,
    CURAND_STATUS_INTERNAL_ERROR = 999
};
typedef enum curandStatus curandStatus_t;

enum curandRngType {
    CURAND_RNG_TEST = 0,
    CURAND_RNG_PSEUDO_DEFAULT = 100,
    CURAND_RNG_PSEUDO_XORWOW = 101,
    CURAND_RNG_PSEUDO_MRG32K3A = 121,
    CURAND_RNG_PSEUDO_MTGP32 = 141,
    CURAND_RNG_PSEUDO_MT19937 = 142,
    CURAND_RNG_PSEUDO_PHILOX4_32_10 = 161,
    CURAND_RNG_QUASI_DEFAULT = 200,
    CURAND_RNG_QUASI_SOBOL32 = 201,
    CURAND_RNG_QUASI_SCRAMBLED_SOBOL32 = 202,
    CURAND_RNG_QUASI_SOBOL64 = 203,
    CURAND_RNG_QUASI_SCRAMBLED_SOBOL64 = 204
};
typedef enum curandRngType curandRngType_t;

enum curandOrdering {
    CURAND_ORDERING_PSEUDO_BEST = 100,
    CURAND_ORDERING_PSEUDO_DEFAULT = 101,
    CURAND_ORDERING_PSEUDO_SEEDED = 102,
    CURAND_ORDERING_PSEUDO_LEGACY = 103,
    CURAND_ORDERING_PSEUDO_DYNAMIC = 104,
    CURAND_ORDERING_QUASI_DEFAULT = 201
};
typedef enum curandOrdering curandOrdering_t;

struct curandGenerator_st;
typedef struct curandGenerator_st *curandGenerator_t;

curandStatus_t CURANDAPI curandCreateGenerator(curandGenerator_t *__generator, curandRngType_t __rng_type);
curandStatus_t CURANDAPI curandCreateGeneratorHost(curandGenerator_t *__generator, curandRngType_t __rng_type);
curandStatus_t CURANDAPI curandDestroyGenerator(curandGenerator_t __generator);
curandStatus_t CURANDAPI curandGetVersion(int *__version);
curandStatus_t CURANDAPI curandSetStream(curandGenerator_t __generator, cudaStream_t __stream);
curandStatus_t CURANDAPI curandSetPseudoRandomGeneratorSeed(curandGenerator_t __generator, unsigned long long __seed);
curandStatus_t CURANDAPI curandSetGeneratorOffset(curandGenerator_t __generator, unsigned long long __offset);
curandStatus_t CURANDAPI curandSetGeneratorOrdering(curandGenerator_t __generator, curandOrdering_t __order);
curandStatus_t CURANDAPI curandSetQuasiRandomGeneratorDimensions(curandGenerator_t __generator, unsigned int __num_dimensions);
curandStatus_t CURANDAPI curandGenerate(curandGenerator_t __generator, unsigned int *__outputPtr, size_t __num);
curandStatus_t CURANDAPI curandGenerateLongLong(curandGenerator_t __generator, unsigned long long *__outputPtr, size_t __num);
curandStatus_t CURANDAPI curandGenerateUniform(curandGenerator_t __generator, float *__outputPtr, size_t __num);
curandStatus_t CURANDAPI curandGenerateUniformDouble(curandGenerator_t __generator, double *__outputPtr, size_t __num);
curandStatus_t CURANDAPI curandGenerateNormal(curandGenerator_t __generator, float *__outputPtr, size_t __n, float __mean, float __stddev);
curandStatus_t CURANDAPI curandGenerateNormalDouble(curandGenerator_t __generator, double *__outputPtr, size_t __n, double __mean, double __stddev);
curandStatus_t CURANDAPI curandGenerateLogNormal(curandGenerator_t __generator, float *__outputPtr, size_t __n, float __mean, float __stddev);
curandStatus_t CURANDAPI curandGenerateLogNormalDouble(curandGenerator_t __generator, double *__outputPtr, size_t __n, double __mean, double __stddev);
curandStatus_t CURANDAPI curandGeneratePoisson(curandGenerator_t __generator, unsigned int *__outputPtr, size_t __n, double __lambda);
curandStatus_t CURANDAPI curandGenerateSeeds(curandGenerator_t __generator);

#if defined(__cplusplus)
}
#endif

#endif /* !defined(CURAND_H_) */
