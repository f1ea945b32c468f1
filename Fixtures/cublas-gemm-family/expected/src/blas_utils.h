// blas_utils.h -- error checks and small helpers shared by the GEMM tests.
#ifndef GEMM_FAMILY_BLAS_UTILS_H
#define GEMM_FAMILY_BLAS_UTILS_H

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <hipblas/hipblas.h>

#define CUDA_CHECK(expr)                                                                      \
    do {                                                                                      \
        hipError_t err_ = (expr);                                                             \
        if (err_ != hipSuccess) {                                                             \
            std::fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #expr,                \
                         hipGetErrorString(err_));                                            \
            std::exit(EXIT_FAILURE);                                                          \
        }                                                                                     \
    } while (0)

#define CUBLAS_CHECK(expr)                                                                    \
    do {                                                                                      \
        hipblasStatus_t st_ = (expr);                                                         \
        if (st_ != HIPBLAS_STATUS_SUCCESS) {                                                  \
            std::fprintf(stderr, "%s:%d: %s: cuBLAS status %d\n", __FILE__, __LINE__, #expr,  \
                         static_cast<int>(st_));                                              \
            std::exit(EXIT_FAILURE);                                                          \
        }                                                                                     \
    } while (0)

// A device buffer that frees itself.
template <typename T>
class DeviceBuffer {
public:
    explicit DeviceBuffer(size_t count) : count_(count) { CUDA_CHECK(hipMalloc(&ptr_, count * sizeof(T))); }
    ~DeviceBuffer() { hipFree(ptr_); }
    DeviceBuffer(const DeviceBuffer&) = delete;
    DeviceBuffer& operator=(const DeviceBuffer&) = delete;

    T* get() const { return ptr_; }
    size_t count() const { return count_; }
    size_t bytes() const { return count_ * sizeof(T); }

private:
    T* ptr_ = nullptr;
    size_t count_ = 0;
};

// Column-major reference GEMM: C = alpha * op(A) * op(B) + beta * C (reference.cpp).
template <typename T>
void gemm_reference(bool trans_a, bool trans_b, int m, int n, int k, T alpha, const T* a, int lda, const T* b, int ldb,
                    T beta, T* c, int ldc);

// Largest |got - want| / max(1, |want|); prints the result and returns whether it is within tol.
bool check_close(const char* what, const float* got, const float* want, size_t count, double tol);
bool check_close(const char* what, const double* got, const double* want, size_t count, double tol);

#endif  // GEMM_FAMILY_BLAS_UTILS_H
