// rng_check.h -- error checks for the CUDA runtime and cuRAND host API.
#ifndef RNG_CHECK_H
#define RNG_CHECK_H

#include <cstdio>
#include <cstdlib>

#include <cuda_runtime.h>
#include <curand.h>

#define CUDA_CHECK(expr)                                                                 \
    do {                                                                                 \
        cudaError_t e_ = (expr);                                                         \
        if (e_ != cudaSuccess) {                                                         \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, cudaGetErrorString(e_)); \
            std::exit(1);                                                                \
        }                                                                                \
    } while (0)

#define CURAND_CHECK(expr)                                                               \
    do {                                                                                 \
        curandStatus_t s_ = (expr);                                                      \
        if (s_ != CURAND_STATUS_SUCCESS) {                                               \
            std::fprintf(stderr, "%s:%d: %s returned cuRAND status %d\n", __FILE__,      \
                         __LINE__, #expr, static_cast<int>(s_));                         \
            std::exit(1);                                                                \
        }                                                                                \
    } while (0)

#endif  // RNG_CHECK_H
