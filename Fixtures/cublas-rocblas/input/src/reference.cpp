// reference.cpp -- host-side reference GEMM and comparison.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "blas_utils.h"

template <typename T>
void gemm_reference(bool trans_a, bool trans_b, int m, int n, int k, T alpha, const T* a, int lda, const T* b, int ldb,
                    T beta, T* c, int ldc)
{
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < m; ++i) {
            double acc = 0.0;
            for (int p = 0; p < k; ++p) {
                const double av = trans_a ? a[p + i * lda] : a[i + p * lda];
                const double bv = trans_b ? b[j + p * ldb] : b[p + j * ldb];
                acc += av * bv;
            }
            c[i + j * ldc] = static_cast<T>(alpha * acc + beta * c[i + j * ldc]);
        }
    }
}

template void gemm_reference<float>(bool, bool, int, int, int, float, const float*, int, const float*, int, float, float*,
                                    int);
template void gemm_reference<double>(bool, bool, int, int, int, double, const double*, int, const double*, int, double,
                                     double*, int);

template <typename T>
static bool check_close_impl(const char* what, const T* got, const T* want, size_t count, double tol)
{
    double worst = 0.0;
    for (size_t i = 0; i < count; ++i) {
        const double scale = std::max(1.0, std::fabs(static_cast<double>(want[i])));
        worst = std::max(worst, std::fabs(static_cast<double>(got[i]) - static_cast<double>(want[i])) / scale);
    }
    const bool ok = worst <= tol;
    std::printf("%-28s max rel. error %.3e (tol %.1e) %s\n", what, worst, tol, ok ? "ok" : "MISMATCH");
    return ok;
}

bool check_close(const char* what, const float* got, const float* want, size_t count, double tol)
{
    return check_close_impl(what, got, want, count, tol);
}

bool check_close(const char* what, const double* got, const double* want, size_t count, double tol)
{
    return check_close_impl(what, got, want, count, tol);
}
