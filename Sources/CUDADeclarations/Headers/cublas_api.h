/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CUBLAS_API_H_)
#define CUBLAS_API_H_

#include "driver_types.h"
#include "cuComplex.h"
#include "cuda_fp16.h"
#include "library_types.h"

#include <stdint.h>

#define CUBLASWINAPI
#define CUBLASAPI

#define CUBLAS_VER_MAJOR 12
#define CUBLAS_VER_MINOR 4
#define CUBLAS_VER_PATCH 5
#define CUBLAS_VER_BUILD 8
#define CUBLAS_VERSION (CUBLAS_VER_MAJOR * 10000 + CUBLAS_VER_MINOR * 100 + CUBLAS_VER_PATCH)

typedef enum {
    CUBLAS_STATUS_SUCCESS = 0,
    CUBLAS_STATUS_NOT_INITIALIZED = 1,
    CUBLAS_STATUS_ALLOC_FAILED = 3,
    CUBLAS_STATUS_INVALID_VALUE = 7,
    CUBLAS_STATUS_ARCH_MISMATCH = 8,
    CUBLAS_STATUS_MAPPING_ERROR = 11,
    CUBLAS_STATUS_EXECUTION_FAILED = 13,
    CUBLAS_STATUS_INTERNAL_ERROR = 14,
    CUBLAS_STATUS_NOT_SUPPORTED = 15,
    CUBLAS_STATUS_LICENSE_ERROR = 16
} cublasStatus_t;

typedef enum {
    CUBLAS_FILL_MODE_LOWER = 0,
    CUBLAS_FILL_MODE_UPPER = 1,
    CUBLAS_FILL_MODE_FULL = 2
} cublasFillMode_t;

typedef enum {
    CUBLAS_DIAG_NON_UNIT = 0,
    CUBLAS_DIAG_UNIT = 1
} cublasDiagType_t;

typedef enum {
    CUBLAS_SIDE_LEFT = 0,
    CUBLAS_SIDE_RIGHT = 1
} cublasSideMode_t;

typedef enum {
    CUBLAS_OP_N = 0,
    CUBLAS_OP_T = 1,
    CUBLAS_OP_C = 2,
    CUBLAS_OP_HERMITAN = 2,
    CUBLAS_OP_CONJG = 3
} cublasOperation_t;

typedef enum {
    CUBLAS_POINTER_MODE_HOST = 0,
    CUBLAS_POINTER_MODE_DEVICE = 1
} cublasPointerMode_t;

typedef enum {
    CUBLAS_ATOMICS_NOT_ALLOWED = 0,
    CUBLAS_ATOMICS_ALLOWED = 1
} cublasAtomicsMode_t;

typedef enum {
    CUBLAS_GEMM_DFALT = -1,
    CUBLAS_GEMM_DEFAULT = -1,
    CUBLAS_GEMM_ALGO0 = 0,
    CUBLAS_GEMM_ALGO1 = 1,
    CUBLAS_GEMM_ALGO2 = 2,
    CUBLAS_GEMM_ALGO3 = 3,
    CUBLAS_GEMM_ALGO4 = 4,
    CUBLAS_GEMM_ALGO5 = 5,
    CUBLAS_GEMM_ALGO6 = 6,
    CUBLAS_GEMM_ALGO7 = 7,
    CUBLAS_GEMM_ALGO8 = 8,
    CUBLAS_GEMM_ALGO9 = 9,
    CUBLAS_GEMM_ALGO10 = 10,
    CUBLAS_GEMM_ALGO11 = 11,
    CUBLAS_GEMM_ALGO12 = 12,
    CUBLAS_GEMM_ALGO13 = 13,
    CUBLAS_GEMM_ALGO14 = 14,
    CUBLAS_GEMM_ALGO15 = 15,
    CUBLAS_GEMM_ALGO16 = 16,
    CUBLAS_GEMM_ALGO17 = 17,
    CUBLAS_GEMM_ALGO18 = 18,
    CUBLAS_GEMM_ALGO19 = 19,
    CUBLAS_GEMM_ALGO20 = 20,
    CUBLAS_GEMM_ALGO21 = 21,
    CUBLAS_GEMM_ALGO22 = 22,
    CUBLAS_GEMM_ALGO23 = 23,
    CUBLAS_GEMM_DEFAULT_TENSOR_OP = 99,
    CUBLAS_GEMM_DFALT_TENSOR_OP = 99,
    CUBLAS_GEMM_ALGO0_TENSOR_OP = 100,
    CUBLAS_GEMM_ALGO1_TENSOR_OP = 101,
    CUBLAS_GEMM_ALGO2_TENSOR_OP = 102,
    CUBLAS_GEMM_ALGO3_TENSOR_OP = 103,
    CUBLAS_GEMM_ALGO4_TENSOR_OP = 104,
    CUBLAS_GEMM_ALGO5_TENSOR_OP = 105,
    CUBLAS_GEMM_ALGO6_TENSOR_OP = 106,
    CUBLAS_GEMM_ALGO7_TENSOR_OP = 107,
    CUBLAS_GEMM_ALGO8_TENSOR_OP = 108,
    CUBLAS_GEMM_ALGO9_TENSOR_OP = 109,
    CUBLAS_GEMM_ALGO10_TENSOR_OP = 110,
    CUBLAS_GEMM_ALGO11_TENSOR_OP = 111,
    CUBLAS_GEMM_ALGO12_TENSOR_OP = 112,
    CUBLAS_GEMM_ALGO13_TENSOR_OP = 113,
    CUBLAS_GEMM_ALGO14_TENSOR_OP = 114,
    CUBLAS_GEMM_ALGO15_TENSOR_OP = 115
} cublasGemmAlgo_t;

typedef enum {
    CUBLAS_DEFAULT_MATH = 0,
    CUBLAS_TENSOR_OP_MATH = 1,
    CUBLAS_PEDANTIC_MATH = 2,
    CUBLAS_TF32_TENSOR_OP_MATH = 3,
    CUBLAS_MATH_DISALLOW_REDUCED_PRECISION_REDUCTION = 16
} cublasMath_t;

typedef cudaDataType cublasDataType_t;

typedef enum {
    CUBLAS_COMPUTE_16F = 64,
    CUBLAS_COMPUTE_16F_PEDANTIC = 65,
    CUBLAS_COMPUTE_32F = 68,
    CUBLAS_COMPUTE_32F_PEDANTIC = 69,
    CUBLAS_COMPUTE_32F_FAST_16F = 74,
    CUBLAS_COMPUTE_32F_FAST_16BF = 75,
    CUBLAS_COMPUTE_32F_FAST_TF32 = 77,
    CUBLAS_COMPUTE_64F = 70,
    CUBLAS_COMPUTE_64F_PEDANTIC = 71,
    CUBLAS_COMPUTE_32I = 72,
    CUBLAS_COMPUTE_32I_PEDANTIC = 73
} cublasComputeType_t;

struct cublasContext;
typedef struct cublasContext *cublasHandle_t;

#if defined(__cplusplus)
extern "C" {
#endif

/* Context management. */
cublasStatus_t CUBLASWINAPI cublasCreate_v2(cublasHandle_t *__handle);
cublasStatus_t CUBLASWINAPI cublasDestroy_v2(cublasHandle_t __handle);
cublasStatus_t CUBLASWINAPI cublasGetVersion_v2(cublasHandle_t __handle, int *__version);
cublasStatus_t CUBLASWINAPI cublasGetProperty(libraryPropertyType __type, int *__value);
size_t CUBLASWINAPI cublasGetCudartVersion(void);
cublasStatus_t CUBLASWINAPI cublasSetWorkspace_v2(cublasHandle_t __handle, void *__workspace, size_t __workspaceSizeInBytes);
cublasStatus_t CUBLASWINAPI cublasSetStream_v2(cublasHandle_t __handle, cudaStream_t __streamId);
cublasStatus_t CUBLASWINAPI cublasGetStream_v2(cublasHandle_t __handle, cudaStream_t *__streamId);
cublasStatus_t CUBLASWINAPI cublasGetPointerMode_v2(cublasHandle_t __handle, cublasPointerMode_t *__mode);
cublasStatus_t CUBLASWINAPI cublasSetPointerMode_v2(cublasHandle_t __handle, cublasPointerMode_t __mode);
cublasStatus_t CUBLASWINAPI cublasGetAtomicsMode(cublasHandle_t __handle, cublasAtomicsMode_t *__mode);
cublasStatus_t CUBLASWINAPI cublasSetAtomicsMode(cublasHandle_t __handle, cublasAtomicsMode_t __mode);
cublasStatus_t CUBLASWINAPI cublasGetMathMode(cublasHandle_t __handle, cublasMath_t *__mode);
cublasStatus_t CUBLASWINAPI cublasSetMathMode(cublasHandle_t __handle, cublasMath_t __mode);
const char *CUBLASWINAPI cublasGetStatusName(cublasStatus_t __status);
const char *CUBLASWINAPI cublasGetStatusString(cublasStatus_t __status);

/* Host <-> device transfers. */
cublasStatus_t CUBLASWINAPI cublasSetVector(int __n, int __elemSize, const void *__x, int __incx, void *__devicePtr, int __incy);
cublasStatus_t CUBLASWINAPI cublasGetVector(int __n, int __elemSize, const void *__x, int __incx, void *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasSetMatrix(int __rows, int __cols, int __elemSize, const void *__A, int __lda, void *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasGetMatrix(int __rows, int __cols, int __elemSize, const void *__A, int __lda, void *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasSetVectorAsync(int __n, int __elemSize, const void *__hostPtr, int __incx, void *__devicePtr, int __incy, cudaStream_t __stream);
cublasStatus_t CUBLASWINAPI cublasGetVectorAsync(int __n, int __elemSize, const void *__devicePtr, int __incx, void *__hostPtr, int __incy, cudaStream_t __stream);
cublasStatus_t CUBLASWINAPI cublasSetMatrixAsync(int __rows, int __cols, int __elemSize, const void *__A, int __lda, void *__B, int __ldb, cudaStream_t __stream);
cublasStatus_t CUBLASWINAPI cublasGetMatrixAsync(int __rows, int __cols, int __elemSize, const void *__A, int __lda, void *__B, int __ldb, cudaStream_t __stream);

/* BLAS level 1. */
cublasStatus_t CUBLASWINAPI cublasSnrm2_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, float *__result);
cublasStatus_t CUBLASWINAPI cublasSasum_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, float *__result);
cublasStatus_t CUBLASWINAPI cublasDnrm2_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, double *__result);
cublasStatus_t CUBLASWINAPI cublasDasum_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, double *__result);
cublasStatus_t CUBLASWINAPI cublasScnrm2_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, float *__result);
cublasStatus_t CUBLASWINAPI cublasScasum_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, float *__result);
cublasStatus_t CUBLASWINAPI cublasDznrm2_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, double *__result);
cublasStatus_t CUBLASWINAPI cublasDzasum_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, double *__result);
cublasStatus_t CUBLASWINAPI cublasSdot_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, const float *__y, int __incy, float *__result);
cublasStatus_t CUBLASWINAPI cublasDdot_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, const double *__y, int __incy, double *__result);
cublasStatus_t CUBLASWINAPI cublasCdotu_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, const cuComplex *__y, int __incy, cuComplex *__result);
cublasStatus_t CUBLASWINAPI cublasCdotc_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, const cuComplex *__y, int __incy, cuComplex *__result);
cublasStatus_t CUBLASWINAPI cublasZdotu_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__y, int __incy, cuDoubleComplex *__result);
cublasStatus_t CUBLASWINAPI cublasZdotc_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__y, int __incy, cuDoubleComplex *__result);
cublasStatus_t CUBLASWINAPI cublasSscal_v2(cublasHandle_t __handle, int __n, const float *__alpha, float *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasDscal_v2(cublasHandle_t __handle, int __n, const double *__alpha, double *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasCscal_v2(cublasHandle_t __handle, int __n, const cuComplex *__alpha, cuComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasZscal_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__alpha, cuDoubleComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasCsscal_v2(cublasHandle_t __handle, int __n, const float *__alpha, cuComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasZdscal_v2(cublasHandle_t __handle, int __n, const double *__alpha, cuDoubleComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasSaxpy_v2(cublasHandle_t __handle, int __n, const float *__alpha, const float *__x, int __incx, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasScopy_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasSswap_v2(cublasHandle_t __handle, int __n, float *__x, int __incx, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasIsamax_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasIsamin_v2(cublasHandle_t __handle, int __n, const float *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasDaxpy_v2(cublasHandle_t __handle, int __n, const double *__alpha, const double *__x, int __incx, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasDcopy_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasDswap_v2(cublasHandle_t __handle, int __n, double *__x, int __incx, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasIdamax_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasIdamin_v2(cublasHandle_t __handle, int __n, const double *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasCaxpy_v2(cublasHandle_t __handle, int __n, const cuComplex *__alpha, const cuComplex *__x, int __incx, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasCcopy_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasCswap_v2(cublasHandle_t __handle, int __n, cuComplex *__x, int __incx, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasIcamax_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasIcamin_v2(cublasHandle_t __handle, int __n, const cuComplex *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasZaxpy_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__x, int __incx, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZcopy_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZswap_v2(cublasHandle_t __handle, int __n, cuDoubleComplex *__x, int __incx, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasIzamax_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasIzamin_v2(cublasHandle_t __handle, int __n, const cuDoubleComplex *__x, int __incx, int *__result);
cublasStatus_t CUBLASWINAPI cublasSrot_v2(cublasHandle_t __handle, int __n, float *__x, int __incx, float *__y, int __incy, const float *__c, const float *__s);
cublasStatus_t CUBLASWINAPI cublasSrotg_v2(cublasHandle_t __handle, float *__a, float *__b, float *__c, float *__s);
cublasStatus_t CUBLASWINAPI cublasDrot_v2(cublasHandle_t __handle, int __n, double *__x, int __incx, double *__y, int __incy, const double *__c, const double *__s);
cublasStatus_t CUBLASWINAPI cublasDrotg_v2(cublasHandle_t __handle, double *__a, double *__b, double *__c, double *__s);

/* BLAS level 2. */
cublasStatus_t CUBLASWINAPI cublasSgemv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, const float *__alpha, const float *__A, int __lda, const float *__x, int __incx, const float *__beta, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasSgbmv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, int __kl, int __ku, const float *__alpha, const float *__A, int __lda, const float *__x, int __incx, const float *__beta, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasStrmv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const float *__A, int __lda, float *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasStrsv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const float *__A, int __lda, float *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasSsymv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const float *__alpha, const float *__A, int __lda, const float *__x, int __incx, const float *__beta, float *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasSsyr_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const float *__alpha, const float *__x, int __incx, float *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasDgemv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, const double *__alpha, const double *__A, int __lda, const double *__x, int __incx, const double *__beta, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasDgbmv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, int __kl, int __ku, const double *__alpha, const double *__A, int __lda, const double *__x, int __incx, const double *__beta, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasDtrmv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const double *__A, int __lda, double *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasDtrsv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const double *__A, int __lda, double *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasDsymv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const double *__alpha, const double *__A, int __lda, const double *__x, int __incx, const double *__beta, double *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasDsyr_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const double *__alpha, const double *__x, int __incx, double *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasCgemv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__x, int __incx, const cuComplex *__beta, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasCgbmv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, int __kl, int __ku, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__x, int __incx, const cuComplex *__beta, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasCtrmv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const cuComplex *__A, int __lda, cuComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasCtrsv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const cuComplex *__A, int __lda, cuComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasCsymv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__x, int __incx, const cuComplex *__beta, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasCsyr_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuComplex *__alpha, const cuComplex *__x, int __incx, cuComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasZgemv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__beta, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZgbmv_v2(cublasHandle_t __handle, cublasOperation_t __trans, int __m, int __n, int __kl, int __ku, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__beta, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZtrmv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const cuDoubleComplex *__A, int __lda, cuDoubleComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasZtrsv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __n, const cuDoubleComplex *__A, int __lda, cuDoubleComplex *__x, int __incx);
cublasStatus_t CUBLASWINAPI cublasZsymv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__beta, cuDoubleComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZsyr_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__x, int __incx, cuDoubleComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasSger_v2(cublasHandle_t __handle, int __m, int __n, const float *__alpha, const float *__x, int __incx, const float *__y, int __incy, float *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasDger_v2(cublasHandle_t __handle, int __m, int __n, const double *__alpha, const double *__x, int __incx, const double *__y, int __incy, double *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasCgeru_v2(cublasHandle_t __handle, int __m, int __n, const cuComplex *__alpha, const cuComplex *__x, int __incx, const cuComplex *__y, int __incy, cuComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasCgerc_v2(cublasHandle_t __handle, int __m, int __n, const cuComplex *__alpha, const cuComplex *__x, int __incx, const cuComplex *__y, int __incy, cuComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasChemv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__x, int __incx, const cuComplex *__beta, cuComplex *__y, int __incy);
cublasStatus_t CUBLASWINAPI cublasZgeru_v2(cublasHandle_t __handle, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__y, int __incy, cuDoubleComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasZgerc_v2(cublasHandle_t __handle, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__y, int __incy, cuDoubleComplex *__A, int __lda);
cublasStatus_t CUBLASWINAPI cublasZhemv_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__x, int __incx, const cuDoubleComplex *__beta, cuDoubleComplex *__y, int __incy);

/* BLAS level 3. */
cublasStatus_t CUBLASWINAPI cublasSgemm_v2(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const float *__alpha, const float *__A, int __lda, const float *__B, int __ldb, const float *__beta, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasSsyrk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const float *__alpha, const float *__A, int __lda, const float *__beta, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasSsyr2k_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const float *__alpha, const float *__A, int __lda, const float *__B, int __ldb, const float *__beta, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasSsymm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const float *__alpha, const float *__A, int __lda, const float *__B, int __ldb, const float *__beta, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasStrsm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const float *__alpha, const float *__A, int __lda, float *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasStrmm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const float *__alpha, const float *__A, int __lda, const float *__B, int __ldb, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDgemm_v2(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const double *__alpha, const double *__A, int __lda, const double *__B, int __ldb, const double *__beta, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDsyrk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const double *__alpha, const double *__A, int __lda, const double *__beta, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDsyr2k_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const double *__alpha, const double *__A, int __lda, const double *__B, int __ldb, const double *__beta, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDsymm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const double *__alpha, const double *__A, int __lda, const double *__B, int __ldb, const double *__beta, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDtrsm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const double *__alpha, const double *__A, int __lda, double *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasDtrmm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const double *__alpha, const double *__A, int __lda, const double *__B, int __ldb, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCgemm_v2(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__B, int __ldb, const cuComplex *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCsyrk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCsyr2k_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__B, int __ldb, const cuComplex *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCsymm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__B, int __ldb, const cuComplex *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCtrsm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, cuComplex *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasCtrmm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__B, int __ldb, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZgemm_v2(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__B, int __ldb, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZsyrk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZsyr2k_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__B, int __ldb, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZsymm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__B, int __ldb, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZtrsm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, cuDoubleComplex *__B, int __ldb);
cublasStatus_t CUBLASWINAPI cublasZtrmm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__B, int __ldb, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCherk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const float *__alpha, const cuComplex *__A, int __lda, const float *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasChemm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__B, int __ldb, const cuComplex *__beta, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZherk_v2(cublasHandle_t __handle, cublasFillMode_t __uplo, cublasOperation_t __trans, int __n, int __k, const double *__alpha, const cuDoubleComplex *__A, int __lda, const double *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZhemm_v2(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__B, int __ldb, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasHgemm(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const __half *__alpha, const __half *__A, int __lda, const __half *__B, int __ldb, const __half *__beta, __half *__C, int __ldc);

/* Batched and extended GEMM. */
cublasStatus_t CUBLASWINAPI cublasHgemmBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const __half *__alpha, const __half *const __Aarray[], int __lda, const __half *const __Barray[], int __ldb, const __half *__beta, __half *const __Carray[], int __ldc, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasHgemmStridedBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const __half *__alpha, const __half *__A, int __lda, long long int __strideA, const __half *__B, int __ldb, long long int __strideB, const __half *__beta, __half *__C, int __ldc, long long int __strideC, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasSgemmBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const float *__alpha, const float *const __Aarray[], int __lda, const float *const __Barray[], int __ldb, const float *__beta, float *const __Carray[], int __ldc, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasSgemmStridedBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const float *__alpha, const float *__A, int __lda, long long int __strideA, const float *__B, int __ldb, long long int __strideB, const float *__beta, float *__C, int __ldc, long long int __strideC, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasDgemmBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const double *__alpha, const double *const __Aarray[], int __lda, const double *const __Barray[], int __ldb, const double *__beta, double *const __Carray[], int __ldc, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasDgemmStridedBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const double *__alpha, const double *__A, int __lda, long long int __strideA, const double *__B, int __ldb, long long int __strideB, const double *__beta, double *__C, int __ldc, long long int __strideC, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasCgemmBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuComplex *__alpha, const cuComplex *const __Aarray[], int __lda, const cuComplex *const __Barray[], int __ldb, const cuComplex *__beta, cuComplex *const __Carray[], int __ldc, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasCgemmStridedBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuComplex *__alpha, const cuComplex *__A, int __lda, long long int __strideA, const cuComplex *__B, int __ldb, long long int __strideB, const cuComplex *__beta, cuComplex *__C, int __ldc, long long int __strideC, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasZgemmBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuDoubleComplex *__alpha, const cuDoubleComplex *const __Aarray[], int __lda, const cuDoubleComplex *const __Barray[], int __ldb, const cuDoubleComplex *__beta, cuDoubleComplex *const __Carray[], int __ldc, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasZgemmStridedBatched(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, long long int __strideA, const cuDoubleComplex *__B, int __ldb, long long int __strideB, const cuDoubleComplex *__beta, cuDoubleComplex *__C, int __ldc, long long int __strideC, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasSgeam(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, const float *__alpha, const float *__A, int __lda, const float *__beta, const float *__B, int __ldb, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasSdgmm(cublasHandle_t __handle, cublasSideMode_t __mode, int __m, int __n, const float *__A, int __lda, const float *__x, int __incx, float *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasSgetrfBatched(cublasHandle_t __handle, int __n, float *const __A[], int __lda, int *__perm, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasSgetriBatched(cublasHandle_t __handle, int __n, const float *const __A[], int __lda, const int *__perm, float *const __C[], int __ldc, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasSmatinvBatched(cublasHandle_t __handle, int __n, const float *const __A[], int __lda, float *const __Ainv[], int __lda_inv, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasStrsmBatched(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const float *__alpha, const float *const __A[], int __lda, float *const __B[], int __ldb, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasDgeam(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, const double *__alpha, const double *__A, int __lda, const double *__beta, const double *__B, int __ldb, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDdgmm(cublasHandle_t __handle, cublasSideMode_t __mode, int __m, int __n, const double *__A, int __lda, const double *__x, int __incx, double *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasDgetrfBatched(cublasHandle_t __handle, int __n, double *const __A[], int __lda, int *__perm, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasDgetriBatched(cublasHandle_t __handle, int __n, const double *const __A[], int __lda, const int *__perm, double *const __C[], int __ldc, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasDmatinvBatched(cublasHandle_t __handle, int __n, const double *const __A[], int __lda, double *const __Ainv[], int __lda_inv, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasDtrsmBatched(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const double *__alpha, const double *const __A[], int __lda, double *const __B[], int __ldb, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasCgeam(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, const cuComplex *__alpha, const cuComplex *__A, int __lda, const cuComplex *__beta, const cuComplex *__B, int __ldb, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCdgmm(cublasHandle_t __handle, cublasSideMode_t __mode, int __m, int __n, const cuComplex *__A, int __lda, const cuComplex *__x, int __incx, cuComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasCgetrfBatched(cublasHandle_t __handle, int __n, cuComplex *const __A[], int __lda, int *__perm, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasCgetriBatched(cublasHandle_t __handle, int __n, const cuComplex *const __A[], int __lda, const int *__perm, cuComplex *const __C[], int __ldc, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasCmatinvBatched(cublasHandle_t __handle, int __n, const cuComplex *const __A[], int __lda, cuComplex *const __Ainv[], int __lda_inv, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasCtrsmBatched(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuComplex *__alpha, const cuComplex *const __A[], int __lda, cuComplex *const __B[], int __ldb, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasZgeam(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__beta, const cuDoubleComplex *__B, int __ldb, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZdgmm(cublasHandle_t __handle, cublasSideMode_t __mode, int __m, int __n, const cuDoubleComplex *__A, int __lda, const cuDoubleComplex *__x, int __incx, cuDoubleComplex *__C, int __ldc);
cublasStatus_t CUBLASWINAPI cublasZgetrfBatched(cublasHandle_t __handle, int __n, cuDoubleComplex *const __A[], int __lda, int *__perm, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasZgetriBatched(cublasHandle_t __handle, int __n, const cuDoubleComplex *const __A[], int __lda, const int *__perm, cuDoubleComplex *const __C[], int __ldc, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasZmatinvBatched(cublasHandle_t __handle, int __n, const cuDoubleComplex *const __A[], int __lda, cuDoubleComplex *const __Ainv[], int __lda_inv, int *__info, int __batchSize);
cublasStatus_t CUBLASWINAPI cublasZtrsmBatched(cublasHandle_t __handle, cublasSideMode_t __side, cublasFillMode_t __uplo, cublasOperation_t __trans, cublasDiagType_t __diag, int __m, int __n, const cuDoubleComplex *__alpha, const cuDoubleComplex *const __A[], int __lda, cuDoubleComplex *const __B[], int __ldb, int __batchCount);
cublasStatus_t CUBLASWINAPI cublasGemmEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *__A, cudaDataType __Atype, int __lda, const void *__B, cudaDataType __Btype, int __ldb, const void *__beta, void *__C, cudaDataType __Ctype, int __ldc, cublasComputeType_t __computeType, cublasGemmAlgo_t __algo);
cublasStatus_t CUBLASWINAPI cublasGemmBatchedEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *const __Aarray[], cudaDataType __Atype, int __lda, const void *const __Barray[], cudaDataType __Btype, int __ldb, const void *__beta, void *const __Carray[], cudaDataType __Ctype, int __ldc, int __batchCount, cublasComputeType_t __computeType, cublasGemmAlgo_t __algo);
cublasStatus_t CUBLASWINAPI cublasGemmStridedBatchedEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *__A, cudaDataType __Atype, int __lda, long long int __strideA, const void *__B, cudaDataType __Btype, int __ldb, long long int __strideB, const void *__beta, void *__C, cudaDataType __Ctype, int __ldc, long long int __strideC, int __batchCount, cublasComputeType_t __computeType, cublasGemmAlgo_t __algo);
cublasStatus_t CUBLASWINAPI cublasSgemmEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const float *__alpha, const void *__A, cudaDataType __Atype, int __lda, const void *__B, cudaDataType __Btype, int __ldb, const float *__beta, void *__C, cudaDataType __Ctype, int __ldc);
cublasStatus_t CUBLASWINAPI cublasAxpyEx(cublasHandle_t __handle, int __n, const void *__alpha, cudaDataType __alphaType, const void *__x, cudaDataType __xType, int __incx, void *__y, cudaDataType __yType, int __incy, cudaDataType __executiontype);
cublasStatus_t CUBLASWINAPI cublasDotEx(cublasHandle_t __handle, int __n, const void *__x, cudaDataType __xType, int __incx, const void *__y, cudaDataType __yType, int __incy, void *__result, cudaDataType __resultType, cudaDataType __executionType);
cublasStatus_t CUBLASWINAPI cublasNrm2Ex(cublasHandle_t __handle, int __n, const void *__x, cudaDataType __xType, int __incx, void *__result, cudaDataType __resultType, cudaDataType __executionType);
cublasStatus_t CUBLASWINAPI cublasScalEx(cublasHandle_t __handle, int __n, const void *__alpha, cudaDataType __alphaType, void *__x, cudaDataType __xType, int __incx, cudaDataType __executionType);

#if defined(__cplusplus)
} /* extern "C" */

/* CUDA 10-style calls that pass a cudaDataType as the compute type. */
static inline cublasStatus_t cublasGemmEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *__A, cudaDataType __Atype, int __lda, const void *__B, cudaDataType __Btype, int __ldb, const void *__beta, void *__C, cudaDataType __Ctype, int __ldc, cudaDataType __computeType, cublasGemmAlgo_t __algo)
{
    return cublasGemmEx(__handle, __transa, __transb, __m, __n, __k, __alpha, __A, __Atype, __lda, __B, __Btype, __ldb, __beta, __C, __Ctype, __ldc, __computeType == CUDA_R_64F ? CUBLAS_COMPUTE_64F : (__computeType == CUDA_R_16F ? CUBLAS_COMPUTE_16F : (__computeType == CUDA_R_32I ? CUBLAS_COMPUTE_32I : CUBLAS_COMPUTE_32F)), __algo);
}
static inline cublasStatus_t cublasGemmBatchedEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *const __Aarray[], cudaDataType __Atype, int __lda, const void *const __Barray[], cudaDataType __Btype, int __ldb, const void *__beta, void *const __Carray[], cudaDataType __Ctype, int __ldc, int __batchCount, cudaDataType __computeType, cublasGemmAlgo_t __algo)
{
    return cublasGemmBatchedEx(__handle, __transa, __transb, __m, __n, __k, __alpha, __Aarray, __Atype, __lda, __Barray, __Btype, __ldb, __beta, __Carray, __Ctype, __ldc, __batchCount, __computeType == CUDA_R_64F ? CUBLAS_COMPUTE_64F : (__computeType == CUDA_R_16F ? CUBLAS_COMPUTE_16F : (__computeType == CUDA_R_32I ? CUBLAS_COMPUTE_32I : CUBLAS_COMPUTE_32F)), __algo);
}
static inline cublasStatus_t cublasGemmStridedBatchedEx(cublasHandle_t __handle, cublasOperation_t __transa, cublasOperation_t __transb, int __m, int __n, int __k, const void *__alpha, const void *__A, cudaDataType __Atype, int __lda, long long int __strideA, const void *__B, cudaDataType __Btype, int __ldb, long long int __strideB, const void *__beta, void *__C, cudaDataType __Ctype, int __ldc, long long int __strideC, int __batchCount, cudaDataType __computeType, cublasGemmAlgo_t __algo)
{
    return cublasGemmStridedBatchedEx(__handle, __transa, __transb, __m, __n, __k, __alpha, __A, __Atype, __lda, __strideA, __B, __Btype, __ldb, __strideB, __beta, __C, __Ctype, __ldc, __strideC, __batchCount, __computeType == CUDA_R_64F ? CUBLAS_COMPUTE_64F : (__computeType == CUDA_R_16F ? CUBLAS_COMPUTE_16F : (__computeType == CUDA_R_32I ? CUBLAS_COMPUTE_32I : CUBLAS_COMPUTE_32F)), __algo);
}
#endif

#endif /* !defined(CUBLAS_API_H_) */
