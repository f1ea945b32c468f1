// rng_check.h -- error checks for the CUDA runtime and cuRAND host API.
#ifndef RNG_CHECK_H
#define RNG_CHECK_H

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <rocrand/rocrand.h>

#define CUDA_CHECK(expr)                                                                 \
    do {                                                                                 \
        hipError_t e_ = (expr);                                                          \
        if (e_ != hipSuccess) {                                                          \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(e_)); \
            std::exit(1);                                                                \
        }                                                                                \
    } while (0)

#define CURAND_CHECK(expr)                                                               \
    do {                                                                                 \
        rocrand_status s_ = (expr);                                                      \
        if (s_ != ROCRAND_STATUS_SUCCESS) {                                              \
            std::fprintf(stderr, "%s:%d: %s returned cuRAND status %d\n", __FILE__,      \
                         __LINE__, #expr, static_cast<int>(s_));                         \
            std::exit(1);                                                                \
        }                                                                                \
    } while (0)

#endif  // RNG_CHECK_H
