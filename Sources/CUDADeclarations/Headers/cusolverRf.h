/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CUSOLVERRF_H_)
#define CUSOLVERRF_H_

#include "cusolver_common.h"
#include "driver_types.h"

typedef enum {
    CUSOLVERRF_RESET_VALUES_FAST_MODE_OFF = 0,
    CUSOLVERRF_RESET_VALUES_FAST_MODE_ON = 1
} cusolverRfResetValuesFastMode_t;

typedef enum {
    CUSOLVERRF_MATRIX_FORMAT_CSR = 0,
    CUSOLVERRF_MATRIX_FORMAT_CSC = 1
} cusolverRfMatrixFormat_t;

/* Whether the unit diagonal of L or U is stored in the factors or assumed. */
typedef enum {
    CUSOLVERRF_UNIT_DIAGONAL_STORED_L = 0,
    CUSOLVERRF_UNIT_DIAGONAL_STORED_U = 1,
    CUSOLVERRF_UNIT_DIAGONAL_ASSUMED_L = 2,
    CUSOLVERRF_UNIT_DIAGONAL_ASSUMED_U = 3
} cusolverRfUnitDiagonal_t;

typedef enum {
    CUSOLVERRF_FACTORIZATION_ALG0 = 0,
    CUSOLVERRF_FACTORIZATION_ALG1 = 1,
    CUSOLVERRF_FACTORIZATION_ALG2 = 2
} cusolverRfFactorization_t;

typedef enum {
    CUSOLVERRF_TRIANGULAR_SOLVE_ALG1 = 1,
    CUSOLVERRF_TRIANGULAR_SOLVE_ALG2 = 2,
    CUSOLVERRF_TRIANGULAR_SOLVE_ALG3 = 3
} cusolverRfTriangularSolve_t;

typedef enum {
    CUSOLVERRF_NUMERIC_BOOST_NOT_USED = 0,
    CUSOLVERRF_NUMERIC_BOOST_USED = 1
} cusolverRfNumericBoostReport_t;

struct cusolverRfCommon;
typedef struct cusolverRfCommon *cusolverRfHandle_t;

#if defined(__cplusplus)
extern "C" {
#endif

/* Handle and settings. */
cusolverStatus_t CUSOLVERAPI cusolverRfCreate(cusolverRfHandle_t *__handle);
cusolverStatus_t CUSOLVERAPI cusolverRfDestroy(cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfGetMatrixFormat(cusolverRfHandle_t __handle, cusolverRfMatrixFormat_t *__format, cusolverRfUnitDiagonal_t *__diag);
cusolverStatus_t CUSOLVERAPI cusolverRfSetMatrixFormat(cusolverRfHandle_t __handle, cusolverRfMatrixFormat_t __format, cusolverRfUnitDiagonal_t __diag);
cusolverStatus_t CUSOLVERAPI cusolverRfSetNumericProperties(cusolverRfHandle_t __handle, double __zero, double __boost);
cusolverStatus_t CUSOLVERAPI cusolverRfGetNumericProperties(cusolverRfHandle_t __handle, double *__zero, double *__boost);
cusolverStatus_t CUSOLVERAPI cusolverRfGetNumericBoostReport(cusolverRfHandle_t __handle, cusolverRfNumericBoostReport_t *__report);
cusolverStatus_t CUSOLVERAPI cusolverRfSetAlgs(cusolverRfHandle_t __handle, cusolverRfFactorization_t __factAlg, cusolverRfTriangularSolve_t __solveAlg);
cusolverStatus_t CUSOLVERAPI cusolverRfGetAlgs(cusolverRfHandle_t __handle, cusolverRfFactorization_t *__factAlg, cusolverRfTriangularSolve_t *__solveAlg);
cusolverStatus_t CUSOLVERAPI cusolverRfGetResetValuesFastMode(cusolverRfHandle_t __handle, cusolverRfResetValuesFastMode_t *__fastMode);
cusolverStatus_t CUSOLVERAPI cusolverRfSetResetValuesFastMode(cusolverRfHandle_t __handle, cusolverRfResetValuesFastMode_t __fastMode);

/* One matrix: setup from A = P^T L U Q^T, analysis, refactorization, solve. */
cusolverStatus_t CUSOLVERAPI cusolverRfSetupHost(int __n, int __nnzA, int *__h_csrRowPtrA, int *__h_csrColIndA, double *__h_csrValA, int __nnzL, int *__h_csrRowPtrL, int *__h_csrColIndL, double *__h_csrValL, int __nnzU, int *__h_csrRowPtrU, int *__h_csrColIndU, double *__h_csrValU, int *__h_P, int *__h_Q, cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfSetupDevice(int __n, int __nnzA, int *__csrRowPtrA, int *__csrColIndA, double *__csrValA, int __nnzL, int *__csrRowPtrL, int *__csrColIndL, double *__csrValL, int __nnzU, int *__csrRowPtrU, int *__csrColIndU, double *__csrValU, int *__P, int *__Q, cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfResetValues(int __n, int __nnzA, int *__csrRowPtrA, int *__csrColIndA, double *__csrValA, int *__P, int *__Q, cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfAnalyze(cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfRefactor(cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfAccessBundledFactorsDevice(cusolverRfHandle_t __handle, int *__nnzM, int **__Mp, int **__Mi, double **__Mx);
cusolverStatus_t CUSOLVERAPI cusolverRfExtractBundledFactorsHost(cusolverRfHandle_t __handle, int *__h_nnzM, int **__h_Mp, int **__h_Mi, double **__h_Mx);
cusolverStatus_t CUSOLVERAPI cusolverRfExtractSplitFactorsHost(cusolverRfHandle_t __handle, int *__h_nnzL, int **__h_csrRowPtrL, int **__h_csrColIndL, double **__h_csrValL, int *__h_nnzU, int **__h_csrRowPtrU, int **__h_csrColIndU, double **__h_csrValU);
cusolverStatus_t CUSOLVERAPI cusolverRfSolve(cusolverRfHandle_t __handle, int *__P, int *__Q, int __nrhs, double *__Temp, int __ldt, double *__XF, int __ldxf);

/* Batches of matrices sharing one sparsity pattern. */
cusolverStatus_t CUSOLVERAPI cusolverRfBatchSetupHost(int __batchSize, int __n, int __nnzA, int *__h_csrRowPtrA, int *__h_csrColIndA, double *__h_csrValA_array[], int __nnzL, int *__h_csrRowPtrL, int *__h_csrColIndL, double *__h_csrValL, int __nnzU, int *__h_csrRowPtrU, int *__h_csrColIndU, double *__h_csrValU, int *__h_P, int *__h_Q, cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfBatchResetValues(int __batchSize, int __n, int __nnzA, int *__csrRowPtrA, int *__csrColIndA, double *__csrValA_array[], int *__P, int *__Q, cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfBatchAnalyze(cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfBatchRefactor(cusolverRfHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverRfBatchSolve(cusolverRfHandle_t __handle, int *__P, int *__Q, int __nrhs, double *__Temp, int __ldt, double *__XF_array[], int __ldxf);
cusolverStatus_t CUSOLVERAPI cusolverRfBatchZeroPivot(cusolverRfHandle_t __handle, int *__position);

#if defined(__cplusplus)
}
#endif

#endif /* CUSOLVERRF_H_ */
