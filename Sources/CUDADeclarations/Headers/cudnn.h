/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(CUDNN_H_)
#define CUDNN_H_

#include "driver_types.h"
#include "library_types.h"

#include <stdint.h>

#define CUDNN_MAJOR 8
#define CUDNN_MINOR 9
#define CUDNN_PATCHLEVEL 7
#define CUDNN_VERSION (CUDNN_MAJOR * 1000 + CUDNN_MINOR * 100 + CUDNN_PATCHLEVEL)

#define CUDNNWINAPI
#define CUDNN_DEPRECATED

#define CUDNN_DIM_MAX 8
#define CUDNN_BN_MIN_EPSILON 0.0

#if defined(__cplusplus)
extern "C" {
#endif

struct cudnnContext;
typedef struct cudnnContext *cudnnHandle_t;

typedef enum {
    CUDNN_STATUS_SUCCESS = 0,
    CUDNN_STATUS_NOT_INITIALIZED = 1,
    CUDNN_STATUS_ALLOC_FAILED = 2,
    CUDNN_STATUS_BAD_PARAM = 3,
    CUDNN_STATUS_INTERNAL_ERROR = 4,
    CUDNN_STATUS_INVALID_VALUE = 5,
    CUDNN_STATUS_ARCH_MISMATCH = 6,
    CUDNN_STATUS_MAPPING_ERROR = 7,
    CUDNN_STATUS_EXECUTION_FAILED = 8,
    CUDNN_STATUS_NOT_SUPPORTED = 9,
    CUDNN_STATUS_LICENSE_ERROR = 10,
    CUDNN_STATUS_RUNTIME_PREREQUISITE_MISSING = 11,
    CUDNN_STATUS_RUNTIME_IN_PROGRESS = 12,
    CUDNN_STATUS_RUNTIME_FP_OVERFLOW = 13,
    CUDNN_STATUS_VERSION_MISMATCH = 14
} cudnnStatus_t;

typedef struct cudnnTensorStruct *cudnnTensorDescriptor_t;
typedef struct cudnnFilterStruct *cudnnFilterDescriptor_t;
typedef struct cudnnConvolutionStruct *cudnnConvolutionDescriptor_t;
typedef struct cudnnPoolingStruct *cudnnPoolingDescriptor_t;
typedef struct cudnnActivationStruct *cudnnActivationDescriptor_t;
typedef struct cudnnLRNStruct *cudnnLRNDescriptor_t;
typedef struct cudnnOpTensorStruct *cudnnOpTensorDescriptor_t;
typedef struct cudnnReduceTensorStruct *cudnnReduceTensorDescriptor_t;
typedef struct cudnnDropoutStruct *cudnnDropoutDescriptor_t;

typedef enum {
    CUDNN_DATA_FLOAT = 0,
    CUDNN_DATA_DOUBLE = 1,
    CUDNN_DATA_HALF = 2,
    CUDNN_DATA_INT8 = 3,
    CUDNN_DATA_INT32 = 4,
    CUDNN_DATA_INT8x4 = 5,
    CUDNN_DATA_UINT8 = 6,
    CUDNN_DATA_UINT8x4 = 7,
    CUDNN_DATA_INT8x32 = 8,
    CUDNN_DATA_BFLOAT16 = 9,
    CUDNN_DATA_INT64 = 10,
    CUDNN_DATA_BOOLEAN = 11,
    CUDNN_DATA_FP8_E4M3 = 12,
    CUDNN_DATA_FP8_E5M2 = 13,
    CUDNN_DATA_FAST_FLOAT_FOR_FP8 = 14
} cudnnDataType_t;

typedef enum {
    CUDNN_DEFAULT_MATH = 0,
    CUDNN_TENSOR_OP_MATH = 1,
    CUDNN_TENSOR_OP_MATH_ALLOW_CONVERSION = 2,
    CUDNN_FMA_MATH = 3
} cudnnMathType_t;

typedef enum {
    CUDNN_NOT_PROPAGATE_NAN = 0,
    CUDNN_PROPAGATE_NAN = 1
} cudnnNanPropagation_t;

typedef enum {
    CUDNN_NON_DETERMINISTIC = 0,
    CUDNN_DETERMINISTIC = 1
} cudnnDeterminism_t;

typedef enum {
    CUDNN_TENSOR_NCHW = 0,
    CUDNN_TENSOR_NHWC = 1,
    CUDNN_TENSOR_NCHW_VECT_C = 2
} cudnnTensorFormat_t;

typedef enum {
    CUDNN_OP_TENSOR_ADD = 0,
    CUDNN_OP_TENSOR_MUL = 1,
    CUDNN_OP_TENSOR_MIN = 2,
    CUDNN_OP_TENSOR_MAX = 3,
    CUDNN_OP_TENSOR_SQRT = 4,
    CUDNN_OP_TENSOR_NOT = 5
} cudnnOpTensorOp_t;

typedef enum {
    CUDNN_REDUCE_TENSOR_ADD = 0,
    CUDNN_REDUCE_TENSOR_MUL = 1,
    CUDNN_REDUCE_TENSOR_MIN = 2,
    CUDNN_REDUCE_TENSOR_MAX = 3,
    CUDNN_REDUCE_TENSOR_AMAX = 4,
    CUDNN_REDUCE_TENSOR_AVG = 5,
    CUDNN_REDUCE_TENSOR_NORM1 = 6,
    CUDNN_REDUCE_TENSOR_NORM2 = 7,
    CUDNN_REDUCE_TENSOR_MUL_NO_ZEROS = 8
} cudnnReduceTensorOp_t;

typedef enum {
    CUDNN_REDUCE_TENSOR_NO_INDICES = 0,
    CUDNN_REDUCE_TENSOR_FLATTENED_INDICES = 1
} cudnnReduceTensorIndices_t;

typedef enum {
    CUDNN_32BIT_INDICES = 0,
    CUDNN_64BIT_INDICES = 1,
    CUDNN_16BIT_INDICES = 2,
    CUDNN_8BIT_INDICES = 3
} cudnnIndicesType_t;

typedef enum {
    CUDNN_SOFTMAX_FAST = 0,
    CUDNN_SOFTMAX_ACCURATE = 1,
    CUDNN_SOFTMAX_LOG = 2
} cudnnSoftmaxAlgorithm_t;

typedef enum {
    CUDNN_SOFTMAX_MODE_INSTANCE = 0,
    CUDNN_SOFTMAX_MODE_CHANNEL = 1
} cudnnSoftmaxMode_t;

typedef enum {
    CUDNN_POOLING_MAX = 0,
    CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING = 1,
    CUDNN_POOLING_AVERAGE_COUNT_EXCLUDE_PADDING = 2,
    CUDNN_POOLING_MAX_DETERMINISTIC = 3
} cudnnPoolingMode_t;

typedef enum {
    CUDNN_ACTIVATION_SIGMOID = 0,
    CUDNN_ACTIVATION_RELU = 1,
    CUDNN_ACTIVATION_TANH = 2,
    CUDNN_ACTIVATION_CLIPPED_RELU = 3,
    CUDNN_ACTIVATION_ELU = 4,
    CUDNN_ACTIVATION_IDENTITY = 5,
    CUDNN_ACTIVATION_SWISH = 6
} cudnnActivationMode_t;

typedef enum {
    CUDNN_LRN_CROSS_CHANNEL_DIM1 = 0
} cudnnLRNMode_t;

typedef enum {
    CUDNN_BATCHNORM_PER_ACTIVATION = 0,
    CUDNN_BATCHNORM_SPATIAL = 1,
    CUDNN_BATCHNORM_SPATIAL_PERSISTENT = 2
} cudnnBatchNormMode_t;

typedef enum {
    CUDNN_CONVOLUTION = 0,
    CUDNN_CROSS_CORRELATION = 1
} cudnnConvolutionMode_t;

typedef enum {
    CUDNN_CONVOLUTION_FWD_ALGO_IMPLICIT_GEMM = 0,
    CUDNN_CONVOLUTION_FWD_ALGO_IMPLICIT_PRECOMP_GEMM = 1,
    CUDNN_CONVOLUTION_FWD_ALGO_GEMM = 2,
    CUDNN_CONVOLUTION_FWD_ALGO_DIRECT = 3,
    CUDNN_CONVOLUTION_FWD_ALGO_FFT = 4,
    CUDNN_CONVOLUTION_FWD_ALGO_FFT_TILING = 5,
    CUDNN_CONVOLUTION_FWD_ALGO_WINOGRAD = 6,
    CUDNN_CONVOLUTION_FWD_ALGO_WINOGRAD_NONFUSED = 7,
    CUDNN_CONVOLUTION_FWD_ALGO_COUNT = 8
} cudnnConvolutionFwdAlgo_t;

typedef enum {
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_0 = 0,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_1 = 1,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_FFT = 2,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_FFT_TILING = 3,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_WINOGRAD = 4,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_WINOGRAD_NONFUSED = 5,
    CUDNN_CONVOLUTION_BWD_DATA_ALGO_COUNT = 6
} cudnnConvolutionBwdDataAlgo_t;

typedef enum {
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_0 = 0,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_1 = 1,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_FFT = 2,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_3 = 3,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_WINOGRAD = 4,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_WINOGRAD_NONFUSED = 5,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_FFT_TILING = 6,
    CUDNN_CONVOLUTION_BWD_FILTER_ALGO_COUNT = 7
} cudnnConvolutionBwdFilterAlgo_t;

/* Removed in cuDNN 8; declared so that older sources still parse. */
typedef enum {
    CUDNN_CONVOLUTION_FWD_NO_WORKSPACE = 0,
    CUDNN_CONVOLUTION_FWD_PREFER_FASTEST = 1,
    CUDNN_CONVOLUTION_FWD_SPECIFY_WORKSPACE_LIMIT = 2
} cudnnConvolutionFwdPreference_t;

typedef enum {
    CUDNN_CONVOLUTION_BWD_DATA_NO_WORKSPACE = 0,
    CUDNN_CONVOLUTION_BWD_DATA_PREFER_FASTEST = 1,
    CUDNN_CONVOLUTION_BWD_DATA_SPECIFY_WORKSPACE_LIMIT = 2
} cudnnConvolutionBwdDataPreference_t;

typedef enum {
    CUDNN_CONVOLUTION_BWD_FILTER_NO_WORKSPACE = 0,
    CUDNN_CONVOLUTION_BWD_FILTER_PREFER_FASTEST = 1,
    CUDNN_CONVOLUTION_BWD_FILTER_SPECIFY_WORKSPACE_LIMIT = 2
} cudnnConvolutionBwdFilterPreference_t;

typedef struct cudnnConvolutionFwdAlgoPerfStruct {
    cudnnConvolutionFwdAlgo_t algo;
    cudnnStatus_t status;
    float time;
    size_t memory;
    cudnnDeterminism_t determinism;
    cudnnMathType_t mathType;
    int reserved[3];
} cudnnConvolutionFwdAlgoPerf_t;

typedef struct cudnnConvolutionBwdDataAlgoPerfStruct {
    cudnnConvolutionBwdDataAlgo_t algo;
    cudnnStatus_t status;
    float time;
    size_t memory;
    cudnnDeterminism_t determinism;
    cudnnMathType_t mathType;
    int reserved[3];
} cudnnConvolutionBwdDataAlgoPerf_t;

typedef struct cudnnConvolutionBwdFilterAlgoPerfStruct {
    cudnnConvolutionBwdFilterAlgo_t algo;
    cudnnStatus_t status;
    float time;
    size_t memory;
    cudnnDeterminism_t determinism;
    cudnnMathType_t mathType;
    int reserved[3];
} cudnnConvolutionBwdFilterAlgoPerf_t;

/* Library, handle, stream. */
size_t CUDNNWINAPI cudnnGetVersion(void);
size_t CUDNNWINAPI cudnnGetCudartVersion(void);
const char *CUDNNWINAPI cudnnGetErrorString(cudnnStatus_t __status);
cudnnStatus_t CUDNNWINAPI cudnnGetProperty(libraryPropertyType __type, int *__value);
cudnnStatus_t CUDNNWINAPI cudnnCreate(cudnnHandle_t *__handle);
cudnnStatus_t CUDNNWINAPI cudnnDestroy(cudnnHandle_t __handle);
cudnnStatus_t CUDNNWINAPI cudnnSetStream(cudnnHandle_t __handle, cudaStream_t __streamId);
cudnnStatus_t CUDNNWINAPI cudnnGetStream(cudnnHandle_t __handle, cudaStream_t *__streamId);

/* Tensor descriptors. */
cudnnStatus_t CUDNNWINAPI cudnnCreateTensorDescriptor(cudnnTensorDescriptor_t *__tensorDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetTensor4dDescriptor(cudnnTensorDescriptor_t __tensorDesc, cudnnTensorFormat_t __format, cudnnDataType_t __dataType, int __n, int __c, int __h, int __w);
cudnnStatus_t CUDNNWINAPI cudnnSetTensor4dDescriptorEx(cudnnTensorDescriptor_t __tensorDesc, cudnnDataType_t __dataType, int __n, int __c, int __h, int __w, int __nStride, int __cStride, int __hStride, int __wStride);
cudnnStatus_t CUDNNWINAPI cudnnGetTensor4dDescriptor(const cudnnTensorDescriptor_t __tensorDesc, cudnnDataType_t *__dataType, int *__n, int *__c, int *__h, int *__w, int *__nStride, int *__cStride, int *__hStride, int *__wStride);
cudnnStatus_t CUDNNWINAPI cudnnSetTensorNdDescriptor(cudnnTensorDescriptor_t __tensorDesc, cudnnDataType_t __dataType, int __nbDims, const int __dimA[], const int __strideA[]);
cudnnStatus_t CUDNNWINAPI cudnnSetTensorNdDescriptorEx(cudnnTensorDescriptor_t __tensorDesc, cudnnTensorFormat_t __format, cudnnDataType_t __dataType, int __nbDims, const int __dimA[]);
cudnnStatus_t CUDNNWINAPI cudnnGetTensorNdDescriptor(const cudnnTensorDescriptor_t __tensorDesc, int __nbDimsRequested, cudnnDataType_t *__dataType, int *__nbDims, int __dimA[], int __strideA[]);
cudnnStatus_t CUDNNWINAPI cudnnGetTensorSizeInBytes(const cudnnTensorDescriptor_t __tensorDesc, size_t *__size);
cudnnStatus_t CUDNNWINAPI cudnnDestroyTensorDescriptor(cudnnTensorDescriptor_t __tensorDesc);

/* Tensor operations. */
cudnnStatus_t CUDNNWINAPI cudnnTransformTensor(cudnnHandle_t __handle, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);
cudnnStatus_t CUDNNWINAPI cudnnAddTensor(cudnnHandle_t __handle, const void *__alpha, const cudnnTensorDescriptor_t __aDesc, const void *__A, const void *__beta, const cudnnTensorDescriptor_t __cDesc, void *__C);
cudnnStatus_t CUDNNWINAPI cudnnCreateOpTensorDescriptor(cudnnOpTensorDescriptor_t *__opTensorDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetOpTensorDescriptor(cudnnOpTensorDescriptor_t __opTensorDesc, cudnnOpTensorOp_t __opTensorOp, cudnnDataType_t __opTensorCompType, cudnnNanPropagation_t __opTensorNanOpt);
cudnnStatus_t CUDNNWINAPI cudnnDestroyOpTensorDescriptor(cudnnOpTensorDescriptor_t __opTensorDesc);
cudnnStatus_t CUDNNWINAPI cudnnOpTensor(cudnnHandle_t __handle, const cudnnOpTensorDescriptor_t __opTensorDesc, const void *__alpha1, const cudnnTensorDescriptor_t __aDesc, const void *__A, const void *__alpha2, const cudnnTensorDescriptor_t __bDesc, const void *__B, const void *__beta, const cudnnTensorDescriptor_t __cDesc, void *__C);
cudnnStatus_t CUDNNWINAPI cudnnCreateReduceTensorDescriptor(cudnnReduceTensorDescriptor_t *__reduceTensorDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetReduceTensorDescriptor(cudnnReduceTensorDescriptor_t __reduceTensorDesc, cudnnReduceTensorOp_t __reduceTensorOp, cudnnDataType_t __reduceTensorCompType, cudnnNanPropagation_t __reduceTensorNanOpt, cudnnReduceTensorIndices_t __reduceTensorIndices, cudnnIndicesType_t __reduceTensorIndicesType);
cudnnStatus_t CUDNNWINAPI cudnnDestroyReduceTensorDescriptor(cudnnReduceTensorDescriptor_t __reduceTensorDesc);
cudnnStatus_t CUDNNWINAPI cudnnGetReductionWorkspaceSize(cudnnHandle_t __handle, const cudnnReduceTensorDescriptor_t __reduceTensorDesc, const cudnnTensorDescriptor_t __aDesc, const cudnnTensorDescriptor_t __cDesc, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnReduceTensor(cudnnHandle_t __handle, const cudnnReduceTensorDescriptor_t __reduceTensorDesc, void *__indices, size_t __indicesSizeInBytes, void *__workspace, size_t __workspaceSizeInBytes, const void *__alpha, const cudnnTensorDescriptor_t __aDesc, const void *__A, const void *__beta, const cudnnTensorDescriptor_t __cDesc, void *__C);
cudnnStatus_t CUDNNWINAPI cudnnSetTensor(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __yDesc, void *__y, const void *__valuePtr);
cudnnStatus_t CUDNNWINAPI cudnnScaleTensor(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __yDesc, void *__y, const void *__alpha);

/* Filter descriptors. */
cudnnStatus_t CUDNNWINAPI cudnnCreateFilterDescriptor(cudnnFilterDescriptor_t *__filterDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetFilter4dDescriptor(cudnnFilterDescriptor_t __filterDesc, cudnnDataType_t __dataType, cudnnTensorFormat_t __format, int __k, int __c, int __h, int __w);
cudnnStatus_t CUDNNWINAPI cudnnGetFilter4dDescriptor(const cudnnFilterDescriptor_t __filterDesc, cudnnDataType_t *__dataType, cudnnTensorFormat_t *__format, int *__k, int *__c, int *__h, int *__w);
cudnnStatus_t CUDNNWINAPI cudnnSetFilterNdDescriptor(cudnnFilterDescriptor_t __filterDesc, cudnnDataType_t __dataType, cudnnTensorFormat_t __format, int __nbDims, const int __filterDimA[]);
cudnnStatus_t CUDNNWINAPI cudnnGetFilterNdDescriptor(const cudnnFilterDescriptor_t __filterDesc, int __nbDimsRequested, cudnnDataType_t *__dataType, cudnnTensorFormat_t *__format, int *__nbDims, int __filterDimA[]);
cudnnStatus_t CUDNNWINAPI cudnnGetFilterSizeInBytes(const cudnnFilterDescriptor_t __filterDesc, size_t *__size);
cudnnStatus_t CUDNNWINAPI cudnnDestroyFilterDescriptor(cudnnFilterDescriptor_t __filterDesc);

/* Convolution descriptors. */
cudnnStatus_t CUDNNWINAPI cudnnCreateConvolutionDescriptor(cudnnConvolutionDescriptor_t *__convDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetConvolutionMathType(cudnnConvolutionDescriptor_t __convDesc, cudnnMathType_t __mathType);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionMathType(cudnnConvolutionDescriptor_t __convDesc, cudnnMathType_t *__mathType);
cudnnStatus_t CUDNNWINAPI cudnnSetConvolutionGroupCount(cudnnConvolutionDescriptor_t __convDesc, int __groupCount);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionGroupCount(cudnnConvolutionDescriptor_t __convDesc, int *__groupCount);
cudnnStatus_t CUDNNWINAPI cudnnSetConvolution2dDescriptor(cudnnConvolutionDescriptor_t __convDesc, int __pad_h, int __pad_w, int __u, int __v, int __dilation_h, int __dilation_w, cudnnConvolutionMode_t __mode, cudnnDataType_t __computeType);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolution2dDescriptor(const cudnnConvolutionDescriptor_t __convDesc, int *__pad_h, int *__pad_w, int *__u, int *__v, int *__dilation_h, int *__dilation_w, cudnnConvolutionMode_t *__mode, cudnnDataType_t *__computeType);
cudnnStatus_t CUDNNWINAPI cudnnSetConvolutionNdDescriptor(cudnnConvolutionDescriptor_t __convDesc, int __arrayLength, const int __padA[], const int __filterStrideA[], const int __dilationA[], cudnnConvolutionMode_t __mode, cudnnDataType_t __computeType);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolution2dForwardOutputDim(const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __inputTensorDesc, const cudnnFilterDescriptor_t __filterDesc, int *__n, int *__c, int *__h, int *__w);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionNdForwardOutputDim(const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __inputTensorDesc, const cudnnFilterDescriptor_t __filterDesc, int __nbDims, int __tensorOuputDimA[]);
cudnnStatus_t CUDNNWINAPI cudnnDestroyConvolutionDescriptor(cudnnConvolutionDescriptor_t __convDesc);

/* Convolution forward. */
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionForwardAlgorithmMaxCount(cudnnHandle_t __handle, int *__count);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionForwardAlgorithm_v7(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __srcDesc, const cudnnFilterDescriptor_t __filterDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __destDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionFwdAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnFindConvolutionForwardAlgorithm(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const cudnnFilterDescriptor_t __wDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __yDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionFwdAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnFindConvolutionForwardAlgorithmEx(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnFilterDescriptor_t __wDesc, const void *__w, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __yDesc, void *__y, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionFwdAlgoPerf_t *__perfResults, void *__workSpace, size_t __workSpaceSizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionForwardAlgorithm(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const cudnnFilterDescriptor_t __wDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __yDesc, cudnnConvolutionFwdPreference_t __preference, size_t __memoryLimitInBytes, cudnnConvolutionFwdAlgo_t *__algo);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionForwardWorkspaceSize(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const cudnnFilterDescriptor_t __wDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __yDesc, cudnnConvolutionFwdAlgo_t __algo, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnConvolutionForward(cudnnHandle_t __handle, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnFilterDescriptor_t __wDesc, const void *__w, const cudnnConvolutionDescriptor_t __convDesc, cudnnConvolutionFwdAlgo_t __algo, void *__workSpace, size_t __workSpaceSizeInBytes, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);
cudnnStatus_t CUDNNWINAPI cudnnConvolutionBiasActivationForward(cudnnHandle_t __handle, const void *__alpha1, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnFilterDescriptor_t __wDesc, const void *__w, const cudnnConvolutionDescriptor_t __convDesc, cudnnConvolutionFwdAlgo_t __algo, void *__workSpace, size_t __workSpaceSizeInBytes, const void *__alpha2, const cudnnTensorDescriptor_t __zDesc, const void *__z, const cudnnTensorDescriptor_t __biasDesc, const void *__bias, const cudnnActivationDescriptor_t __activationDesc, const cudnnTensorDescriptor_t __yDesc, void *__y);

/* Convolution backward. */
cudnnStatus_t CUDNNWINAPI cudnnConvolutionBackwardBias(cudnnHandle_t __handle, const void *__alpha, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const void *__beta, const cudnnTensorDescriptor_t __dbDesc, void *__db);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardDataAlgorithmMaxCount(cudnnHandle_t __handle, int *__count);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardDataAlgorithm_v7(cudnnHandle_t __handle, const cudnnFilterDescriptor_t __filterDesc, const cudnnTensorDescriptor_t __diffDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __gradDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionBwdDataAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnFindConvolutionBackwardDataAlgorithm(cudnnHandle_t __handle, const cudnnFilterDescriptor_t __wDesc, const cudnnTensorDescriptor_t __dyDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __dxDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionBwdDataAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardDataWorkspaceSize(cudnnHandle_t __handle, const cudnnFilterDescriptor_t __wDesc, const cudnnTensorDescriptor_t __dyDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnTensorDescriptor_t __dxDesc, cudnnConvolutionBwdDataAlgo_t __algo, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnConvolutionBackwardData(cudnnHandle_t __handle, const void *__alpha, const cudnnFilterDescriptor_t __wDesc, const void *__w, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const cudnnConvolutionDescriptor_t __convDesc, cudnnConvolutionBwdDataAlgo_t __algo, void *__workSpace, size_t __workSpaceSizeInBytes, const void *__beta, const cudnnTensorDescriptor_t __dxDesc, void *__dx);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardFilterAlgorithmMaxCount(cudnnHandle_t __handle, int *__count);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardFilterAlgorithm_v7(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __srcDesc, const cudnnTensorDescriptor_t __diffDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnFilterDescriptor_t __gradDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionBwdFilterAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnFindConvolutionBackwardFilterAlgorithm(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const cudnnTensorDescriptor_t __dyDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnFilterDescriptor_t __dwDesc, const int __requestedAlgoCount, int *__returnedAlgoCount, cudnnConvolutionBwdFilterAlgoPerf_t *__perfResults);
cudnnStatus_t CUDNNWINAPI cudnnGetConvolutionBackwardFilterWorkspaceSize(cudnnHandle_t __handle, const cudnnTensorDescriptor_t __xDesc, const cudnnTensorDescriptor_t __dyDesc, const cudnnConvolutionDescriptor_t __convDesc, const cudnnFilterDescriptor_t __gradDesc, cudnnConvolutionBwdFilterAlgo_t __algo, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnConvolutionBackwardFilter(cudnnHandle_t __handle, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const cudnnConvolutionDescriptor_t __convDesc, cudnnConvolutionBwdFilterAlgo_t __algo, void *__workSpace, size_t __workSpaceSizeInBytes, const void *__beta, const cudnnFilterDescriptor_t __dwDesc, void *__dw);

/* Activation. */
cudnnStatus_t CUDNNWINAPI cudnnCreateActivationDescriptor(cudnnActivationDescriptor_t *__activationDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetActivationDescriptor(cudnnActivationDescriptor_t __activationDesc, cudnnActivationMode_t __mode, cudnnNanPropagation_t __reluNanOpt, double __coef);
cudnnStatus_t CUDNNWINAPI cudnnGetActivationDescriptor(const cudnnActivationDescriptor_t __activationDesc, cudnnActivationMode_t *__mode, cudnnNanPropagation_t *__reluNanOpt, double *__coef);
cudnnStatus_t CUDNNWINAPI cudnnDestroyActivationDescriptor(cudnnActivationDescriptor_t __activationDesc);
cudnnStatus_t CUDNNWINAPI cudnnActivationForward(cudnnHandle_t __handle, cudnnActivationDescriptor_t __activationDesc, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);
cudnnStatus_t CUDNNWINAPI cudnnActivationBackward(cudnnHandle_t __handle, cudnnActivationDescriptor_t __activationDesc, const void *__alpha, const cudnnTensorDescriptor_t __yDesc, const void *__y, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __dxDesc, void *__dx);

/* Pooling. */
cudnnStatus_t CUDNNWINAPI cudnnCreatePoolingDescriptor(cudnnPoolingDescriptor_t *__poolingDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetPooling2dDescriptor(cudnnPoolingDescriptor_t __poolingDesc, cudnnPoolingMode_t __mode, cudnnNanPropagation_t __maxpoolingNanOpt, int __windowHeight, int __windowWidth, int __verticalPadding, int __horizontalPadding, int __verticalStride, int __horizontalStride);
cudnnStatus_t CUDNNWINAPI cudnnGetPooling2dDescriptor(const cudnnPoolingDescriptor_t __poolingDesc, cudnnPoolingMode_t *__mode, cudnnNanPropagation_t *__maxpoolingNanOpt, int *__windowHeight, int *__windowWidth, int *__verticalPadding, int *__horizontalPadding, int *__verticalStride, int *__horizontalStride);
cudnnStatus_t CUDNNWINAPI cudnnSetPoolingNdDescriptor(cudnnPoolingDescriptor_t __poolingDesc, const cudnnPoolingMode_t __mode, const cudnnNanPropagation_t __maxpoolingNanOpt, int __nbDims, const int __windowDimA[], const int __paddingA[], const int __strideA[]);
cudnnStatus_t CUDNNWINAPI cudnnGetPooling2dForwardOutputDim(const cudnnPoolingDescriptor_t __poolingDesc, const cudnnTensorDescriptor_t __inputTensorDesc, int *__n, int *__c, int *__h, int *__w);
cudnnStatus_t CUDNNWINAPI cudnnGetPoolingNdForwardOutputDim(const cudnnPoolingDescriptor_t __poolingDesc, const cudnnTensorDescriptor_t __inputTensorDesc, int __nbDims, int __outputTensorDimA[]);
cudnnStatus_t CUDNNWINAPI cudnnDestroyPoolingDescriptor(cudnnPoolingDescriptor_t __poolingDesc);
cudnnStatus_t CUDNNWINAPI cudnnPoolingForward(cudnnHandle_t __handle, const cudnnPoolingDescriptor_t __poolingDesc, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);
cudnnStatus_t CUDNNWINAPI cudnnPoolingBackward(cudnnHandle_t __handle, const cudnnPoolingDescriptor_t __poolingDesc, const void *__alpha, const cudnnTensorDescriptor_t __yDesc, const void *__y, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __dxDesc, void *__dx);

/* Softmax. */
cudnnStatus_t CUDNNWINAPI cudnnSoftmaxForward(cudnnHandle_t __handle, cudnnSoftmaxAlgorithm_t __algo, cudnnSoftmaxMode_t __mode, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);
cudnnStatus_t CUDNNWINAPI cudnnSoftmaxBackward(cudnnHandle_t __handle, cudnnSoftmaxAlgorithm_t __algo, cudnnSoftmaxMode_t __mode, const void *__alpha, const cudnnTensorDescriptor_t __yDesc, const void *__y, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const void *__beta, const cudnnTensorDescriptor_t __dxDesc, void *__dx);

/* Local response normalization. */
cudnnStatus_t CUDNNWINAPI cudnnCreateLRNDescriptor(cudnnLRNDescriptor_t *__normDesc);
cudnnStatus_t CUDNNWINAPI cudnnSetLRNDescriptor(cudnnLRNDescriptor_t __normDesc, unsigned __lrnN, double __lrnAlpha, double __lrnBeta, double __lrnK);
cudnnStatus_t CUDNNWINAPI cudnnDestroyLRNDescriptor(cudnnLRNDescriptor_t __lrnDesc);
cudnnStatus_t CUDNNWINAPI cudnnLRNCrossChannelForward(cudnnHandle_t __handle, cudnnLRNDescriptor_t __normDesc, cudnnLRNMode_t __lrnMode, const void *__alpha, const cudnnTensorDescriptor_t __xDesc, const void *__x, const void *__beta, const cudnnTensorDescriptor_t __yDesc, void *__y);

/* Batch normalization. */
cudnnStatus_t CUDNNWINAPI cudnnDeriveBNTensorDescriptor(cudnnTensorDescriptor_t __derivedBnDesc, const cudnnTensorDescriptor_t __xDesc, cudnnBatchNormMode_t __mode);
cudnnStatus_t CUDNNWINAPI cudnnBatchNormalizationForwardTraining(cudnnHandle_t __handle, cudnnBatchNormMode_t __mode, const void *__alpha, const void *__beta, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnTensorDescriptor_t __yDesc, void *__y, const cudnnTensorDescriptor_t __bnScaleBiasMeanVarDesc, const void *__bnScale, const void *__bnBias, double __exponentialAverageFactor, void *__resultRunningMean, void *__resultRunningVariance, double __epsilon, void *__resultSaveMean, void *__resultSaveInvVariance);
cudnnStatus_t CUDNNWINAPI cudnnBatchNormalizationForwardInference(cudnnHandle_t __handle, cudnnBatchNormMode_t __mode, const void *__alpha, const void *__beta, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnTensorDescriptor_t __yDesc, void *__y, const cudnnTensorDescriptor_t __bnScaleBiasMeanVarDesc, const void *__bnScale, const void *__bnBias, const void *__estimatedMean, const void *__estimatedVariance, double __epsilon);
cudnnStatus_t CUDNNWINAPI cudnnBatchNormalizationBackward(cudnnHandle_t __handle, cudnnBatchNormMode_t __mode, const void *__alphaDataDiff, const void *__betaDataDiff, const void *__alphaParamDiff, const void *__betaParamDiff, const cudnnTensorDescriptor_t __xDesc, const void *__x, const cudnnTensorDescriptor_t __dyDesc, const void *__dy, const cudnnTensorDescriptor_t __dxDesc, void *__dx, const cudnnTensorDescriptor_t __dBnScaleBiasDesc, const void *__bnScale, void *__dBnScaleResult, void *__dBnBiasResult, double __epsilon, const void *__savedMean, const void *__savedInvVariance);

/* Dropout. */
cudnnStatus_t CUDNNWINAPI cudnnCreateDropoutDescriptor(cudnnDropoutDescriptor_t *__dropoutDesc);
cudnnStatus_t CUDNNWINAPI cudnnDestroyDropoutDescriptor(cudnnDropoutDescriptor_t __dropoutDesc);
cudnnStatus_t CUDNNWINAPI cudnnDropoutGetStatesSize(cudnnHandle_t __handle, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnDropoutGetReserveSpaceSize(cudnnTensorDescriptor_t __xdesc, size_t *__sizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnSetDropoutDescriptor(cudnnDropoutDescriptor_t __dropoutDesc, cudnnHandle_t __handle, float __dropout, void *__states, size_t __stateSizeInBytes, unsigned long long __seed);
cudnnStatus_t CUDNNWINAPI cudnnDropoutForward(cudnnHandle_t __handle, const cudnnDropoutDescriptor_t __dropoutDesc, const cudnnTensorDescriptor_t __xdesc, const void *__x, const cudnnTensorDescriptor_t __ydesc, void *__y, void *__reserveSpace, size_t __reserveSpaceSizeInBytes);
cudnnStatus_t CUDNNWINAPI cudnnDropoutBackward(cudnnHandle_t __handle, const cudnnDropoutDescriptor_t __dropoutDesc, const cudnnTensorDescriptor_t __dydesc, const void *__dy, const cudnnTensorDescriptor_t __dxdesc, void *__dx, void *__reserveSpace, size_t __reserveSpaceSizeInBytes);

#if defined(__cplusplus)
}
#endif

#endif /* !defined(CUDNN_H_) */
