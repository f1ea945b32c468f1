/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CUSPARSE_H_)
#define CUSPARSE_H_

#include "cuComplex.h"
#include "driver_types.h"
#include "library_types.h"

#include <stddef.h>
#include <stdint.h>

#define CUSPARSE_VER_MAJOR 12
#define CUSPARSE_VER_MINOR 3
#define CUSPARSE_VER_PATCH 0
#define CUSPARSE_VER_BUILD 142
#define CUSPARSE_VERSION (CUSPARSE_VER_MAJOR * 1000 + CUSPARSE_VER_MINOR * 100 + CUSPARSE_VER_PATCH)

#define CUSPARSEAPI

#if defined(__cplusplus)
extern "C" {
#endif

struct cusparseContext;
typedef struct cusparseContext *cusparseHandle_t;

struct cusparseMatDescr;
typedef struct cusparseMatDescr *cusparseMatDescr_t;

typedef enum {
    CUSPARSE_STATUS_SUCCESS = 0,
    CUSPARSE_STATUS_NOT_INITIALIZED = 1,
    CUSPARSE_STATUS_ALLOC_FAILED = 2,
    CUSPARSE_STATUS_INVALID_VALUE = 3,
    CUSPARSE_STATUS_ARCH_MISMATCH = 4,
    CUSPARSE_STATUS_MAPPING_ERROR = 5,
    CUSPARSE_STATUS_EXECUTION_FAILED = 6,
    CUSPARSE_STATUS_INTERNAL_ERROR = 7,
    CUSPARSE_STATUS_MATRIX_TYPE_NOT_SUPPORTED = 8,
    CUSPARSE_STATUS_ZERO_PIVOT = 9,
    CUSPARSE_STATUS_NOT_SUPPORTED = 10,
    CUSPARSE_STATUS_INSUFFICIENT_RESOURCES = 11
} cusparseStatus_t;

typedef enum {
    CUSPARSE_POINTER_MODE_HOST = 0,
    CUSPARSE_POINTER_MODE_DEVICE = 1
} cusparsePointerMode_t;

typedef enum {
    CUSPARSE_ACTION_SYMBOLIC = 0,
    CUSPARSE_ACTION_NUMERIC = 1
} cusparseAction_t;

typedef enum {
    CUSPARSE_MATRIX_TYPE_GENERAL = 0,
    CUSPARSE_MATRIX_TYPE_SYMMETRIC = 1,
    CUSPARSE_MATRIX_TYPE_HERMITIAN = 2,
    CUSPARSE_MATRIX_TYPE_TRIANGULAR = 3
} cusparseMatrixType_t;

typedef enum {
    CUSPARSE_FILL_MODE_LOWER = 0,
    CUSPARSE_FILL_MODE_UPPER = 1
} cusparseFillMode_t;

typedef enum {
    CUSPARSE_DIAG_TYPE_NON_UNIT = 0,
    CUSPARSE_DIAG_TYPE_UNIT = 1
} cusparseDiagType_t;

typedef enum {
    CUSPARSE_INDEX_BASE_ZERO = 0,
    CUSPARSE_INDEX_BASE_ONE = 1
} cusparseIndexBase_t;

typedef enum {
    CUSPARSE_OPERATION_NON_TRANSPOSE = 0,
    CUSPARSE_OPERATION_TRANSPOSE = 1,
    CUSPARSE_OPERATION_CONJUGATE_TRANSPOSE = 2
} cusparseOperation_t;

typedef enum {
    CUSPARSE_DIRECTION_ROW = 0,
    CUSPARSE_DIRECTION_COLUMN = 1
} cusparseDirection_t;

/* Library, handle, stream. */
cusparseStatus_t CUSPARSEAPI cusparseCreate(cusparseHandle_t *__handle);
cusparseStatus_t CUSPARSEAPI cusparseDestroy(cusparseHandle_t __handle);
cusparseStatus_t CUSPARSEAPI cusparseGetVersion(cusparseHandle_t __handle, int *__version);
cusparseStatus_t CUSPARSEAPI cusparseGetProperty(libraryPropertyType __type, int *__value);
const char *CUSPARSEAPI cusparseGetErrorName(cusparseStatus_t __status);
const char *CUSPARSEAPI cusparseGetErrorString(cusparseStatus_t __status);
cusparseStatus_t CUSPARSEAPI cusparseSetStream(cusparseHandle_t __handle, cudaStream_t __streamId);
cusparseStatus_t CUSPARSEAPI cusparseGetStream(cusparseHandle_t __handle, cudaStream_t *__streamId);
cusparseStatus_t CUSPARSEAPI cusparseGetPointerMode(cusparseHandle_t __handle, cusparsePointerMode_t *__mode);
cusparseStatus_t CUSPARSEAPI cusparseSetPointerMode(cusparseHandle_t __handle, cusparsePointerMode_t __mode);

/* Legacy matrix descriptors. */
cusparseStatus_t CUSPARSEAPI cusparseCreateMatDescr(cusparseMatDescr_t *__descrA);
cusparseStatus_t CUSPARSEAPI cusparseDestroyMatDescr(cusparseMatDescr_t __descrA);
cusparseStatus_t CUSPARSEAPI cusparseSetMatType(cusparseMatDescr_t __descrA, cusparseMatrixType_t __type);
cusparseMatrixType_t CUSPARSEAPI cusparseGetMatType(const cusparseMatDescr_t __descrA);
cusparseStatus_t CUSPARSEAPI cusparseSetMatFillMode(cusparseMatDescr_t __descrA, cusparseFillMode_t __fillMode);
cusparseFillMode_t CUSPARSEAPI cusparseGetMatFillMode(const cusparseMatDescr_t __descrA);
cusparseStatus_t CUSPARSEAPI cusparseSetMatDiagType(cusparseMatDescr_t __descrA, cusparseDiagType_t __diagType);
cusparseDiagType_t CUSPARSEAPI cusparseGetMatDiagType(const cusparseMatDescr_t __descrA);
cusparseStatus_t CUSPARSEAPI cusparseSetMatIndexBase(cusparseMatDescr_t __descrA, cusparseIndexBase_t __base);
cusparseIndexBase_t CUSPARSEAPI cusparseGetMatIndexBase(const cusparseMatDescr_t __descrA);

/* Legacy format conversions. */
cusparseStatus_t CUSPARSEAPI cusparseXcoo2csr(cusparseHandle_t __handle, const int *__cooRowInd, int __nnz, int __m, int *__csrSortedRowPtr, cusparseIndexBase_t __idxBase);
cusparseStatus_t CUSPARSEAPI cusparseXcsr2coo(cusparseHandle_t __handle, const int *__csrSortedRowPtr, int __nnz, int __m, int *__cooRowInd, cusparseIndexBase_t __idxBase);
cusparseStatus_t CUSPARSEAPI cusparseXcoosort_bufferSizeExt(cusparseHandle_t __handle, int __m, int __n, int __nnz, const int *__cooRowsA, const int *__cooColsA, size_t *__pBufferSizeInBytes);
cusparseStatus_t CUSPARSEAPI cusparseXcoosortByRow(cusparseHandle_t __handle, int __m, int __n, int __nnz, int *__cooRowsA, int *__cooColsA, int *__perm, void *__pBuffer);
cusparseStatus_t CUSPARSEAPI cusparseCreateIdentityPermutation(cusparseHandle_t __handle, int __n, int *__p);

/* Generic API: descriptors. */
typedef enum {
    CUSPARSE_FORMAT_CSR = 1,
    CUSPARSE_FORMAT_CSC = 2,
    CUSPARSE_FORMAT_COO = 3,
    CUSPARSE_FORMAT_BLOCKED_ELL = 5,
    CUSPARSE_FORMAT_BSR = 6,
    CUSPARSE_FORMAT_SLICED_ELLPACK = 7
} cusparseFormat_t;

typedef enum {
    CUSPARSE_ORDER_COL = 1,
    CUSPARSE_ORDER_ROW = 2
} cusparseOrder_t;

typedef enum {
    CUSPARSE_INDEX_16U = 1,
    CUSPARSE_INDEX_32I = 2,
    CUSPARSE_INDEX_64I = 3
} cusparseIndexType_t;

struct cusparseSpVecDescr;
struct cusparseDnVecDescr;
struct cusparseSpMatDescr;
struct cusparseDnMatDescr;
typedef struct cusparseSpVecDescr *cusparseSpVecDescr_t;
typedef struct cusparseDnVecDescr *cusparseDnVecDescr_t;
typedef struct cusparseSpMatDescr *cusparseSpMatDescr_t;
typedef struct cusparseDnMatDescr *cusparseDnMatDescr_t;
typedef struct cusparseSpVecDescr const *cusparseConstSpVecDescr_t;
typedef struct cusparseDnVecDescr const *cusparseConstDnVecDescr_t;
typedef struct cusparseSpMatDescr const *cusparseConstSpMatDescr_t;
typedef struct cusparseDnMatDescr const *cusparseConstDnMatDescr_t;

cusparseStatus_t CUSPARSEAPI cusparseCreateDnVec(cusparseDnVecDescr_t *__dnVecDescr, int64_t __size, void *__values, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseCreateConstDnVec(cusparseConstDnVecDescr_t *__dnVecDescr, int64_t __size, const void *__values, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseDestroyDnVec(cusparseConstDnVecDescr_t __dnVecDescr);
cusparseStatus_t CUSPARSEAPI cusparseDnVecGet(cusparseDnVecDescr_t __dnVecDescr, int64_t *__size, void **__values, cudaDataType *__valueType);
cusparseStatus_t CUSPARSEAPI cusparseDnVecGetValues(cusparseDnVecDescr_t __dnVecDescr, void **__values);
cusparseStatus_t CUSPARSEAPI cusparseDnVecSetValues(cusparseDnVecDescr_t __dnVecDescr, void *__values);

cusparseStatus_t CUSPARSEAPI cusparseCreateDnMat(cusparseDnMatDescr_t *__dnMatDescr, int64_t __rows, int64_t __cols, int64_t __ld, void *__values, cudaDataType __valueType, cusparseOrder_t __order);
cusparseStatus_t CUSPARSEAPI cusparseDestroyDnMat(cusparseConstDnMatDescr_t __dnMatDescr);

cusparseStatus_t CUSPARSEAPI cusparseCreateCsr(cusparseSpMatDescr_t *__spMatDescr, int64_t __rows, int64_t __cols, int64_t __nnz, void *__csrRowOffsets, void *__csrColInd, void *__csrValues, cusparseIndexType_t __csrRowOffsetsType, cusparseIndexType_t __csrColIndType, cusparseIndexBase_t __idxBase, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseCreateConstCsr(cusparseConstSpMatDescr_t *__spMatDescr, int64_t __rows, int64_t __cols, int64_t __nnz, const void *__csrRowOffsets, const void *__csrColInd, const void *__csrValues, cusparseIndexType_t __csrRowOffsetsType, cusparseIndexType_t __csrColIndType, cusparseIndexBase_t __idxBase, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseCreateCsc(cusparseSpMatDescr_t *__spMatDescr, int64_t __rows, int64_t __cols, int64_t __nnz, void *__cscColOffsets, void *__cscRowInd, void *__cscValues, cusparseIndexType_t __cscColOffsetsType, cusparseIndexType_t __cscRowIndType, cusparseIndexBase_t __idxBase, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseCreateCoo(cusparseSpMatDescr_t *__spMatDescr, int64_t __rows, int64_t __cols, int64_t __nnz, void *__cooRowInd, void *__cooColInd, void *__cooValues, cusparseIndexType_t __cooIdxType, cusparseIndexBase_t __idxBase, cudaDataType __valueType);
cusparseStatus_t CUSPARSEAPI cusparseDestroySpMat(cusparseConstSpMatDescr_t __spMatDescr);
cusparseStatus_t CUSPARSEAPI cusparseSpMatGetSize(cusparseConstSpMatDescr_t __spMatDescr, int64_t *__rows, int64_t *__cols, int64_t *__nnz);
cusparseStatus_t CUSPARSEAPI cusparseSpMatGetFormat(cusparseConstSpMatDescr_t __spMatDescr, cusparseFormat_t *__format);
cusparseStatus_t CUSPARSEAPI cusparseSpMatGetIndexBase(cusparseConstSpMatDescr_t __spMatDescr, cusparseIndexBase_t *__idxBase);
cusparseStatus_t CUSPARSEAPI cusparseCsrSetPointers(cusparseSpMatDescr_t __spMatDescr, void *__csrRowOffsets, void *__csrColInd, void *__csrValues);

/* Generic API: sparse matrix times dense vector and dense matrix. */
typedef enum {
    CUSPARSE_SPMV_ALG_DEFAULT = 0,
    CUSPARSE_SPMV_COO_ALG1 = 1,
    CUSPARSE_SPMV_CSR_ALG1 = 2,
    CUSPARSE_SPMV_CSR_ALG2 = 3,
    CUSPARSE_SPMV_COO_ALG2 = 4,
    CUSPARSE_SPMV_SELL_ALG1 = 5
} cusparseSpMVAlg_t;

typedef enum {
    CUSPARSE_SPMM_ALG_DEFAULT = 0,
    CUSPARSE_SPMM_COO_ALG1 = 1,
    CUSPARSE_SPMM_COO_ALG2 = 2,
    CUSPARSE_SPMM_COO_ALG3 = 3,
    CUSPARSE_SPMM_CSR_ALG1 = 4,
    CUSPARSE_SPMM_COO_ALG4 = 5,
    CUSPARSE_SPMM_CSR_ALG2 = 6,
    CUSPARSE_SPMM_CSR_ALG3 = 12,
    CUSPARSE_SPMM_BLOCKED_ELL_ALG1 = 13
} cusparseSpMMAlg_t;

cusparseStatus_t CUSPARSEAPI cusparseSpMV_bufferSize(cusparseHandle_t __handle, cusparseOperation_t __opA, const void *__alpha, cusparseConstSpMatDescr_t __matA, cusparseConstDnVecDescr_t __vecX, const void *__beta, cusparseDnVecDescr_t __vecY, cudaDataType __computeType, cusparseSpMVAlg_t __alg, size_t *__bufferSize);
cusparseStatus_t CUSPARSEAPI cusparseSpMV(cusparseHandle_t __handle, cusparseOperation_t __opA, const void *__alpha, cusparseConstSpMatDescr_t __matA, cusparseConstDnVecDescr_t __vecX, const void *__beta, cusparseDnVecDescr_t __vecY, cudaDataType __computeType, cusparseSpMVAlg_t __alg, void *__externalBuffer);
cusparseStatus_t CUSPARSEAPI cusparseSpMM_bufferSize(cusparseHandle_t __handle, cusparseOperation_t __opA, cusparseOperation_t __opB, const void *__alpha, cusparseConstSpMatDescr_t __matA, cusparseConstDnMatDescr_t __matB, const void *__beta, cusparseDnMatDescr_t __matC, cudaDataType __computeType, cusparseSpMMAlg_t __alg, size_t *__bufferSize);
cusparseStatus_t CUSPARSEAPI cusparseSpMM(cusparseHandle_t __handle, cusparseOperation_t __opA, cusparseOperation_t __opB, const void *__alpha, cusparseConstSpMatDescr_t __matA, cusparseConstDnMatDescr_t __matB, const void *__beta, cusparseDnMatDescr_t __matC, cudaDataType __computeType, cusparseSpMMAlg_t __alg, void *__externalBuffer);

/* Generic API: CSR to CSC. */
typedef enum {
    CUSPARSE_CSR2CSC_ALG_DEFAULT = 1,
    CUSPARSE_CSR2CSC_ALG1 = 1
} cusparseCsr2CscAlg_t;

cusparseStatus_t CUSPARSEAPI cusparseCsr2cscEx2_bufferSize(cusparseHandle_t __handle, int __m, int __n, int __nnz, const void *__csrVal, const int *__csrRowPtr, const int *__csrColInd, void *__cscVal, int *__cscColPtr, int *__cscRowInd, cudaDataType __valType, cusparseAction_t __copyValues, cusparseIndexBase_t __idxBase, cusparseCsr2CscAlg_t __alg, size_t *__bufferSize);
cusparseStatus_t CUSPARSEAPI cusparseCsr2cscEx2(cusparseHandle_t __handle, int __m, int __n, int __nnz, const void *__csrVal, const int *__csrRowPtr, const int *__csrColInd, void *__cscVal, int *__cscColPtr, int *__cscRowInd, cudaDataType __valType, cusparseAction_t __copyValues, cusparseIndexBase_t __idxBase, cusparseCsr2CscAlg_t __alg, void *__buffer);

#if defined(__cplusplus)
}
#endif

#endif /* !defined(CUSPARSE_H_) */
