/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CUSOLVERSP_H_)
#define CUSOLVERSP_H_

#include "cuComplex.h"
#include "cusolver_common.h"
#include "cusparse.h"
#include "driver_types.h"

#include <stddef.h>
#include <stdint.h>

struct cusolverSpContext;
typedef struct cusolverSpContext *cusolverSpHandle_t;

struct csrqrInfo;
typedef struct csrqrInfo *csrqrInfo_t;

#if defined(__cplusplus)
extern "C" {
#endif

/* Library, handle, stream. */
cusolverStatus_t CUSOLVERAPI cusolverSpCreate(cusolverSpHandle_t *__handle);
cusolverStatus_t CUSOLVERAPI cusolverSpDestroy(cusolverSpHandle_t __handle);
cusolverStatus_t CUSOLVERAPI cusolverSpSetStream(cusolverSpHandle_t __handle, cudaStream_t __streamId);
cusolverStatus_t CUSOLVERAPI cusolverSpGetStream(cusolverSpHandle_t __handle, cudaStream_t *__streamId);
cusolverStatus_t CUSOLVERAPI cusolverSpCreateCsrqrInfo(csrqrInfo_t *__info);
cusolverStatus_t CUSOLVERAPI cusolverSpDestroyCsrqrInfo(csrqrInfo_t __info);

/* Structure: symmetry test, fill-reducing orderings, permutation (host). */
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrissymHost(cusolverSpHandle_t __handle, int __m, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrEndPtrA, const int *__csrColIndA, int *__issym);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrsymrcmHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, int *__p);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrsymmdqHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, int *__p);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrsymamdHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, int *__p);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrmetisndHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, const int64_t *__options, int *__p);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrperm_bufferSizeHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, const int *__p, const int *__q, size_t *__bufferSizeInBytes);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrpermHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnzA, const cusparseMatDescr_t __descrA, int *__csrRowPtrA, int *__csrColIndA, const int *__p, const int *__q, int *__map, void *__pBuffer);
cusolverStatus_t CUSOLVERAPI cusolverSpXcsrqrAnalysisBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const int *__csrRowPtrA, const int *__csrColIndA, csrqrInfo_t __info);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrzfdHost(cusolverSpHandle_t __handle, int __n, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, int *__P, int *__numnz);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrzfdHost(cusolverSpHandle_t __handle, int __n, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, int *__P, int *__numnz);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrzfdHost(cusolverSpHandle_t __handle, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, int *__P, int *__numnz);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrzfdHost(cusolverSpHandle_t __handle, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, int *__P, int *__numnz);

/* Linear systems A x = b by LU (host), QR and Cholesky. */
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsvluHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const float *__b, float __tol, int __reorder, float *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsvluHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const double *__b, double __tol, int __reorder, double *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsvluHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuComplex *__b, float __tol, int __reorder, cuComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsvluHost(cusolverSpHandle_t __handle, int __n, int __nnzA, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuDoubleComplex *__b, double __tol, int __reorder, cuDoubleComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsvqr(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const float *__b, float __tol, int __reorder, float *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsvqr(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const double *__b, double __tol, int __reorder, double *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsvqr(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuComplex *__b, float __tol, int __reorder, cuComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsvqr(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuDoubleComplex *__b, double __tol, int __reorder, cuDoubleComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsvqrHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const float *__b, float __tol, int __reorder, float *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsvqrHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const double *__b, double __tol, int __reorder, double *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsvqrHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuComplex *__b, float __tol, int __reorder, cuComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsvqrHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuDoubleComplex *__b, double __tol, int __reorder, cuDoubleComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsvchol(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const float *__b, float __tol, int __reorder, float *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsvchol(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const double *__b, double __tol, int __reorder, double *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsvchol(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuComplex *__b, float __tol, int __reorder, cuComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsvchol(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuDoubleComplex *__b, double __tol, int __reorder, cuDoubleComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsvcholHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const float *__b, float __tol, int __reorder, float *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsvcholHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const double *__b, double __tol, int __reorder, double *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsvcholHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuComplex *__b, float __tol, int __reorder, cuComplex *__x, int *__singularity);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsvcholHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, const cuDoubleComplex *__b, double __tol, int __reorder, cuDoubleComplex *__x, int *__singularity);

/* Least squares by QR (host). */
cusolverStatus_t CUSOLVERAPI cusolverSpScsrlsqvqrHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const float *__b, float __tol, int *__rankA, float *__x, int *__p, float *__min_norm);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrlsqvqrHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const double *__b, double __tol, int *__rankA, double *__x, int *__p, double *__min_norm);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrlsqvqrHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuComplex *__b, float __tol, int *__rankA, cuComplex *__x, int *__p, float *__min_norm);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrlsqvqrHost(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuDoubleComplex *__b, double __tol, int *__rankA, cuDoubleComplex *__x, int *__p, double *__min_norm);

/* Eigenvalues: shift-inverse power iteration, and counting eigenvalues in a box (host). */
cusolverStatus_t CUSOLVERAPI cusolverSpScsreigvsi(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, float __mu0, const float *__x0, int __maxite, float __eps, float *__mu, float *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsreigvsi(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, double __mu0, const double *__x0, int __maxite, double __eps, double *__mu, double *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsreigvsi(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuComplex __mu0, const cuComplex *__x0, int __maxite, float __eps, cuComplex *__mu, cuComplex *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsreigvsi(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuDoubleComplex __mu0, const cuDoubleComplex *__x0, int __maxite, double __eps, cuDoubleComplex *__mu, cuDoubleComplex *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpScsreigvsiHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, float __mu0, const float *__x0, int __maxite, float __eps, float *__mu, float *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsreigvsiHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, double __mu0, const double *__x0, int __maxite, double __eps, double *__mu, double *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsreigvsiHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuComplex __mu0, const cuComplex *__x0, int __maxite, float __eps, cuComplex *__mu, cuComplex *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsreigvsiHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuDoubleComplex __mu0, const cuDoubleComplex *__x0, int __maxite, double __eps, cuDoubleComplex *__mu, cuDoubleComplex *__x);
cusolverStatus_t CUSOLVERAPI cusolverSpScsreigsHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuComplex __left_bottom_corner, cuComplex __right_upper_corner, int *__num_eigs);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsreigsHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuDoubleComplex __left_bottom_corner, cuDoubleComplex __right_upper_corner, int *__num_eigs);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsreigsHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuComplex __left_bottom_corner, cuComplex __right_upper_corner, int *__num_eigs);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsreigsHost(cusolverSpHandle_t __handle, int __m, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, cuDoubleComplex __left_bottom_corner, cuDoubleComplex __right_upper_corner, int *__num_eigs);

/* Batched sparse QR on matrices sharing one sparsity pattern. */
cusolverStatus_t CUSOLVERAPI cusolverSpScsrqrBufferInfoBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrVal, const int *__csrRowPtr, const int *__csrColInd, int __batchSize, csrqrInfo_t __info, size_t *__internalDataInBytes, size_t *__workspaceInBytes);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrqrBufferInfoBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrVal, const int *__csrRowPtr, const int *__csrColInd, int __batchSize, csrqrInfo_t __info, size_t *__internalDataInBytes, size_t *__workspaceInBytes);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrqrBufferInfoBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, int __batchSize, csrqrInfo_t __info, size_t *__internalDataInBytes, size_t *__workspaceInBytes);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrqrBufferInfoBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrVal, const int *__csrRowPtr, const int *__csrColInd, int __batchSize, csrqrInfo_t __info, size_t *__internalDataInBytes, size_t *__workspaceInBytes);
cusolverStatus_t CUSOLVERAPI cusolverSpScsrqrsvBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const float *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const float *__b, float *__x, int __batchSize, csrqrInfo_t __info, void *__pBuffer);
cusolverStatus_t CUSOLVERAPI cusolverSpDcsrqrsvBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const double *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const double *__b, double *__x, int __batchSize, csrqrInfo_t __info, void *__pBuffer);
cusolverStatus_t CUSOLVERAPI cusolverSpCcsrqrsvBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuComplex *__b, cuComplex *__x, int __batchSize, csrqrInfo_t __info, void *__pBuffer);
cusolverStatus_t CUSOLVERAPI cusolverSpZcsrqrsvBatched(cusolverSpHandle_t __handle, int __m, int __n, int __nnz, const cusparseMatDescr_t __descrA, const cuDoubleComplex *__csrValA, const int *__csrRowPtrA, const int *__csrColIndA, const cuDoubleComplex *__b, cuDoubleComplex *__x, int __batchSize, csrqrInfo_t __info, void *__pBuffer);

#if defined(__cplusplus)
}
#endif

#endif /* CUSOLVERSP_H_ */
