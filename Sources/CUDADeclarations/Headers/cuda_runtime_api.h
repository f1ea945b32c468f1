/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __CUDA_RUNTIME_API_H__
#define __CUDA_RUNTIME_API_H__

#define CUDART_VERSION 12040
#define __CUDART_API_VERSION 12040

#include "host_defines.h"
#include "builtin_types.h"

#define CUDART_CB

typedef void (CUDART_CB *cudaStreamCallback_t)(cudaStream_t __stream, cudaError_t __status, void *__userData);

#if defined(__cplusplus)
extern "C" {
#endif

/* Functions marked __host__ __device__ are the ones nvcc also lets device code
 * call (dynamic parallelism). */

/* ------------------------------------------------------------ device management */
extern __host__ cudaError_t CUDARTAPI cudaDeviceReset(void);
extern __host__ __device__ cudaError_t CUDARTAPI cudaDeviceSynchronize(void);
extern __host__ cudaError_t CUDARTAPI cudaDeviceSetLimit(enum cudaLimit __limit, size_t __value);
extern __host__ __device__ cudaError_t CUDARTAPI cudaDeviceGetLimit(size_t *__pValue, enum cudaLimit __limit);
extern __host__ __device__ cudaError_t CUDARTAPI cudaDeviceGetCacheConfig(enum cudaFuncCache *__pCacheConfig);
extern __host__ cudaError_t CUDARTAPI cudaDeviceGetStreamPriorityRange(int *__leastPriority, int *__greatestPriority);
extern __host__ cudaError_t CUDARTAPI cudaDeviceSetCacheConfig(enum cudaFuncCache __cacheConfig);
extern __host__ __device__ cudaError_t CUDARTAPI cudaDeviceGetSharedMemConfig(enum cudaSharedMemConfig *__pConfig);
extern __host__ cudaError_t CUDARTAPI cudaDeviceSetSharedMemConfig(enum cudaSharedMemConfig __config);
extern __host__ cudaError_t CUDARTAPI cudaDeviceGetByPCIBusId(int *__device, const char *__pciBusId);
extern __host__ cudaError_t CUDARTAPI cudaDeviceGetPCIBusId(char *__pciBusId, int __len, int __device);
extern __host__ cudaError_t CUDARTAPI cudaIpcGetEventHandle(cudaIpcEventHandle_t *__handle, cudaEvent_t __evt);
extern __host__ cudaError_t CUDARTAPI cudaIpcOpenEventHandle(cudaEvent_t *__evt, cudaIpcEventHandle_t __handle);
extern __host__ cudaError_t CUDARTAPI cudaIpcGetMemHandle(cudaIpcMemHandle_t *__handle, void *__devPtr);
extern __host__ cudaError_t CUDARTAPI cudaIpcOpenMemHandle(void **__devPtr, cudaIpcMemHandle_t __handle, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaIpcCloseMemHandle(void *__devPtr);
extern __host__ cudaError_t CUDARTAPI cudaDeviceGetDefaultMemPool(cudaMemPool_t *__memPool, int __device);
extern __host__ cudaError_t CUDARTAPI cudaDeviceGetP2PAttribute(int *__value, enum cudaDeviceP2PAttr __attr, int __srcDevice, int __dstDevice);
extern __host__ cudaError_t CUDARTAPI cudaGetDeviceCount(int *__count);
extern __host__ cudaError_t CUDARTAPI cudaGetDeviceProperties(struct cudaDeviceProp *__prop, int __device);
extern __host__ cudaError_t CUDARTAPI cudaGetDeviceProperties_v2(struct cudaDeviceProp *__prop, int __device);
extern __host__ __device__ cudaError_t CUDARTAPI cudaDeviceGetAttribute(int *__value, enum cudaDeviceAttr __attr, int __device);
extern __host__ cudaError_t CUDARTAPI cudaChooseDevice(int *__device, const struct cudaDeviceProp *__prop);
extern __host__ cudaError_t CUDARTAPI cudaInitDevice(int __device, unsigned int __deviceFlags, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaSetDevice(int __device);
extern __host__ __device__ cudaError_t CUDARTAPI cudaGetDevice(int *__device);
extern __host__ cudaError_t CUDARTAPI cudaSetValidDevices(int *__device_arr, int __len);
extern __host__ cudaError_t CUDARTAPI cudaSetDeviceFlags(unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaGetDeviceFlags(unsigned int *__flags);

/* Deprecated thread management, still used by older code. */
extern __host__ cudaError_t CUDARTAPI cudaThreadExit(void);
extern __host__ cudaError_t CUDARTAPI cudaThreadSynchronize(void);
extern __host__ cudaError_t CUDARTAPI cudaThreadSetLimit(enum cudaLimit __limit, size_t __value);
extern __host__ cudaError_t CUDARTAPI cudaThreadGetLimit(size_t *__pValue, enum cudaLimit __limit);
extern __host__ cudaError_t CUDARTAPI cudaThreadGetCacheConfig(enum cudaFuncCache *__pCacheConfig);
extern __host__ cudaError_t CUDARTAPI cudaThreadSetCacheConfig(enum cudaFuncCache __cacheConfig);

/* ------------------------------------------------------------ error handling */
extern __host__ __device__ cudaError_t CUDARTAPI cudaGetLastError(void);
extern __host__ __device__ cudaError_t CUDARTAPI cudaPeekAtLastError(void);
extern __host__ __device__ const char *CUDARTAPI cudaGetErrorName(cudaError_t __error);
extern __host__ __device__ const char *CUDARTAPI cudaGetErrorString(cudaError_t __error);

/* ------------------------------------------------------------ streams */
extern __host__ cudaError_t CUDARTAPI cudaStreamCreate(cudaStream_t *__pStream);
extern __host__ __device__ cudaError_t CUDARTAPI cudaStreamCreateWithFlags(cudaStream_t *__pStream, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaStreamCreateWithPriority(cudaStream_t *__pStream, unsigned int __flags, int __priority);
extern __host__ cudaError_t CUDARTAPI cudaStreamGetPriority(cudaStream_t __hStream, int *__priority);
extern __host__ cudaError_t CUDARTAPI cudaStreamGetFlags(cudaStream_t __hStream, unsigned int *__flags);
extern __host__ cudaError_t CUDARTAPI cudaStreamGetId(cudaStream_t __hStream, unsigned long long *__streamId);
extern __host__ cudaError_t CUDARTAPI cudaCtxResetPersistingL2Cache(void);
extern __host__ __device__ cudaError_t CUDARTAPI cudaStreamDestroy(cudaStream_t __stream);
extern __host__ __device__ cudaError_t CUDARTAPI cudaStreamWaitEvent(cudaStream_t __stream, cudaEvent_t __evt, unsigned int __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaStreamAddCallback(cudaStream_t __stream, cudaStreamCallback_t __callback, void *__userData, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaStreamSynchronize(cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaStreamQuery(cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaStreamAttachMemAsync(cudaStream_t __stream, void *__devPtr, size_t __length __dv(0), unsigned int __flags __dv(cudaMemAttachSingle));
extern __host__ cudaError_t CUDARTAPI cudaStreamBeginCapture(cudaStream_t __stream, enum cudaStreamCaptureMode __mode);
extern __host__ cudaError_t CUDARTAPI cudaThreadExchangeStreamCaptureMode(enum cudaStreamCaptureMode *__mode);
extern __host__ cudaError_t CUDARTAPI cudaStreamEndCapture(cudaStream_t __stream, cudaGraph_t *__pGraph);
extern __host__ cudaError_t CUDARTAPI cudaStreamIsCapturing(cudaStream_t __stream, enum cudaStreamCaptureStatus *__pCaptureStatus);
extern __host__ cudaError_t CUDARTAPI cudaLaunchHostFunc(cudaStream_t __stream, cudaHostFn_t __fn, void *__userData);

/* ------------------------------------------------------------ events */
extern __host__ cudaError_t CUDARTAPI cudaEventCreate(cudaEvent_t *__evt);
extern __host__ __device__ cudaError_t CUDARTAPI cudaEventCreateWithFlags(cudaEvent_t *__evt, unsigned int __flags);
extern __host__ __device__ cudaError_t CUDARTAPI cudaEventRecord(cudaEvent_t __evt, cudaStream_t __stream __dv(0));
extern __host__ __device__ cudaError_t CUDARTAPI cudaEventRecordWithFlags(cudaEvent_t __evt, cudaStream_t __stream __dv(0), unsigned int __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaEventQuery(cudaEvent_t __evt);
extern __host__ cudaError_t CUDARTAPI cudaEventSynchronize(cudaEvent_t __evt);
extern __host__ __device__ cudaError_t CUDARTAPI cudaEventDestroy(cudaEvent_t __evt);
extern __host__ cudaError_t CUDARTAPI cudaEventElapsedTime(float *__ms, cudaEvent_t __start, cudaEvent_t __end);

/* ------------------------------------------------------------ execution control */
extern __host__ cudaError_t CUDARTAPI cudaLaunchKernel(const void *__func, dim3 __gridDim, dim3 __blockDim, void **__args, size_t __sharedMem, cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaLaunchKernelExC(const cudaLaunchConfig_t *__config, const void *__func, void **__args);
extern __host__ cudaError_t CUDARTAPI cudaLaunchCooperativeKernel(const void *__func, dim3 __gridDim, dim3 __blockDim, void **__args, size_t __sharedMem, cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaFuncSetCacheConfig(const void *__func, enum cudaFuncCache __cacheConfig);
extern __host__ cudaError_t CUDARTAPI cudaFuncSetSharedMemConfig(const void *__func, enum cudaSharedMemConfig __config);
extern __host__ __device__ cudaError_t CUDARTAPI cudaFuncGetAttributes(struct cudaFuncAttributes *__attr, const void *__func);
extern __host__ cudaError_t CUDARTAPI cudaFuncSetAttribute(const void *__func, enum cudaFuncAttribute __attr, int __value);
extern __host__ cudaError_t CUDARTAPI cudaFuncGetName(const char **__name, const void *__func);
extern __host__ cudaError_t CUDARTAPI cudaSetDoubleForDevice(double *__d);
extern __host__ cudaError_t CUDARTAPI cudaSetDoubleForHost(double *__d);

/*
 * Kernel launch configuration. clang lowers `kernel<<<grid, block, shmem, stream>>>(...)`
 * to a call of cudaConfigureCall (when it knows no CUDA SDK version, as when
 * cu2hip parses) or __cudaPushCallConfiguration (newer SDKs); both are declared.
 */
extern __host__ cudaError_t CUDARTAPI cudaConfigureCall(dim3 __gridDim, dim3 __blockDim, size_t __sharedMem __dv(0), cudaStream_t __stream __dv(0));
extern __host__ __device__ unsigned CUDARTAPI __cudaPushCallConfiguration(dim3 __gridDim, dim3 __blockDim, size_t __sharedMem __dv(0), struct CUstream_st *__stream __dv(0));
extern __host__ cudaError_t CUDARTAPI __cudaPopCallConfiguration(dim3 *__gridDim, dim3 *__blockDim, size_t *__sharedMem, void *__stream);

/* ------------------------------------------------------------ occupancy */
extern __host__ __device__ cudaError_t CUDARTAPI cudaOccupancyMaxActiveBlocksPerMultiprocessor(int *__numBlocks, const void *__func, int __blockSize, size_t __dynamicSMemSize);
extern __host__ cudaError_t CUDARTAPI cudaOccupancyAvailableDynamicSMemPerBlock(size_t *__dynamicSmemSize, const void *__func, int __numBlocks, int __blockSize);
extern __host__ __device__ cudaError_t CUDARTAPI cudaOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *__numBlocks, const void *__func, int __blockSize, size_t __dynamicSMemSize, unsigned int __flags);

/* ------------------------------------------------------------ memory management */
extern __host__ cudaError_t CUDARTAPI cudaMallocManaged(void **__devPtr, size_t __size, unsigned int __flags __dv(cudaMemAttachGlobal));
extern __host__ __device__ cudaError_t CUDARTAPI cudaMalloc(void **__devPtr, size_t __size);
extern __host__ cudaError_t CUDARTAPI cudaMallocHost(void **__ptr, size_t __size);
extern __host__ cudaError_t CUDARTAPI cudaMallocPitch(void **__devPtr, size_t *__pitch, size_t __width, size_t __height);
extern __host__ cudaError_t CUDARTAPI cudaMallocArray(cudaArray_t *__array, const struct cudaChannelFormatDesc *__desc, size_t __width, size_t __height __dv(0), unsigned int __flags __dv(0));
extern __host__ __device__ cudaError_t CUDARTAPI cudaFree(void *__devPtr);
extern __host__ cudaError_t CUDARTAPI cudaFreeHost(void *__ptr);
extern __host__ cudaError_t CUDARTAPI cudaFreeArray(cudaArray_t __array);
extern __host__ cudaError_t CUDARTAPI cudaFreeMipmappedArray(cudaMipmappedArray_t __mipmappedArray);
extern __host__ cudaError_t CUDARTAPI cudaHostAlloc(void **__pHost, size_t __size, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaHostRegister(void *__ptr, size_t __size, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaHostUnregister(void *__ptr);
extern __host__ cudaError_t CUDARTAPI cudaHostGetDevicePointer(void **__pDevice, void *__pHost, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaHostGetFlags(unsigned int *__pFlags, void *__pHost);
extern __host__ cudaError_t CUDARTAPI cudaMalloc3D(struct cudaPitchedPtr *__pitchedDevPtr, struct cudaExtent __extent);
extern __host__ cudaError_t CUDARTAPI cudaMalloc3DArray(cudaArray_t *__array, const struct cudaChannelFormatDesc *__desc, struct cudaExtent __extent, unsigned int __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMallocMipmappedArray(cudaMipmappedArray_t *__mipmappedArray, const struct cudaChannelFormatDesc *__desc, struct cudaExtent __extent, unsigned int __numLevels, unsigned int __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaGetMipmappedArrayLevel(cudaArray_t *__levelArray, cudaMipmappedArray_const_t __mipmappedArray, unsigned int __level);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy3D(const struct cudaMemcpy3DParms *__p);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy3DPeer(const struct cudaMemcpy3DPeerParms *__p);
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemcpy3DAsync(const struct cudaMemcpy3DParms *__p, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpy3DPeerAsync(const struct cudaMemcpy3DPeerParms *__p, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemGetInfo(size_t *__free, size_t *__total);
extern __host__ cudaError_t CUDARTAPI cudaArrayGetInfo(struct cudaChannelFormatDesc *__desc, struct cudaExtent *__extent, unsigned int *__flags, cudaArray_t __array);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy(void *__dst, const void *__src, size_t __count, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpyPeer(void *__dst, int __dstDevice, const void *__src, int __srcDevice, size_t __count);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2D(void *__dst, size_t __dpitch, const void *__src, size_t __spitch, size_t __width, size_t __height, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2DToArray(cudaArray_t __dst, size_t __wOffset, size_t __hOffset, const void *__src, size_t __spitch, size_t __width, size_t __height, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2DFromArray(void *__dst, size_t __dpitch, cudaArray_const_t __src, size_t __wOffset, size_t __hOffset, size_t __width, size_t __height, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2DArrayToArray(cudaArray_t __dst, size_t __wOffsetDst, size_t __hOffsetDst, cudaArray_const_t __src, size_t __wOffsetSrc, size_t __hOffsetSrc, size_t __width, size_t __height, enum cudaMemcpyKind __kind __dv(cudaMemcpyDeviceToDevice));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyToSymbol(const void *__symbol, const void *__src, size_t __count, size_t __offset __dv(0), enum cudaMemcpyKind __kind __dv(cudaMemcpyHostToDevice));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyFromSymbol(void *__dst, const void *__symbol, size_t __count, size_t __offset __dv(0), enum cudaMemcpyKind __kind __dv(cudaMemcpyDeviceToHost));
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemcpyAsync(void *__dst, const void *__src, size_t __count, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyPeerAsync(void *__dst, int __dstDevice, const void *__src, int __srcDevice, size_t __count, cudaStream_t __stream __dv(0));
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemcpy2DAsync(void *__dst, size_t __dpitch, const void *__src, size_t __spitch, size_t __width, size_t __height, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2DToArrayAsync(cudaArray_t __dst, size_t __wOffset, size_t __hOffset, const void *__src, size_t __spitch, size_t __width, size_t __height, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpy2DFromArrayAsync(void *__dst, size_t __dpitch, cudaArray_const_t __src, size_t __wOffset, size_t __hOffset, size_t __width, size_t __height, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyToSymbolAsync(const void *__symbol, const void *__src, size_t __count, size_t __offset, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyFromSymbolAsync(void *__dst, const void *__symbol, size_t __count, size_t __offset, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemset(void *__devPtr, int __value, size_t __count);
extern __host__ cudaError_t CUDARTAPI cudaMemset2D(void *__devPtr, size_t __pitch, int __value, size_t __width, size_t __height);
extern __host__ cudaError_t CUDARTAPI cudaMemset3D(struct cudaPitchedPtr __pitchedDevPtr, int __value, struct cudaExtent __extent);
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemsetAsync(void *__devPtr, int __value, size_t __count, cudaStream_t __stream __dv(0));
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemset2DAsync(void *__devPtr, size_t __pitch, int __value, size_t __width, size_t __height, cudaStream_t __stream __dv(0));
extern __host__ __device__ cudaError_t CUDARTAPI cudaMemset3DAsync(struct cudaPitchedPtr __pitchedDevPtr, int __value, struct cudaExtent __extent, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaGetSymbolAddress(void **__devPtr, const void *__symbol);
extern __host__ cudaError_t CUDARTAPI cudaGetSymbolSize(size_t *__size, const void *__symbol);
extern __host__ cudaError_t CUDARTAPI cudaMemPrefetchAsync(const void *__devPtr, size_t __count, int __dstDevice, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemAdvise(const void *__devPtr, size_t __count, enum cudaMemoryAdvise __advice, int __device);
extern __host__ cudaError_t CUDARTAPI cudaMemRangeGetAttribute(void *__data, size_t __dataSize, enum cudaMemRangeAttribute __attr, const void *__devPtr, size_t __count);
extern __host__ cudaError_t CUDARTAPI cudaMemcpyToArray(cudaArray_t __dst, size_t __wOffset, size_t __hOffset, const void *__src, size_t __count, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpyFromArray(void *__dst, cudaArray_const_t __src, size_t __wOffset, size_t __hOffset, size_t __count, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaMemcpyToArrayAsync(cudaArray_t __dst, size_t __wOffset, size_t __hOffset, const void *__src, size_t __count, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaMemcpyFromArrayAsync(void *__dst, cudaArray_const_t __src, size_t __wOffset, size_t __hOffset, size_t __count, enum cudaMemcpyKind __kind, cudaStream_t __stream __dv(0));

/* Stream-ordered allocator. */
extern __host__ __device__ cudaError_t CUDARTAPI cudaMallocAsync(void **__devPtr, size_t __size, cudaStream_t __hStream);
extern __host__ __device__ cudaError_t CUDARTAPI cudaFreeAsync(void *__devPtr, cudaStream_t __hStream);
extern __host__ cudaError_t CUDARTAPI cudaMemPoolTrimTo(cudaMemPool_t __memPool, size_t __minBytesToKeep);
extern __host__ cudaError_t CUDARTAPI cudaMallocFromPoolAsync(void **__ptr, size_t __size, cudaMemPool_t __memPool, cudaStream_t __stream);

/* ------------------------------------------------------------ unified addressing, peer access */
extern __host__ cudaError_t CUDARTAPI cudaPointerGetAttributes(struct cudaPointerAttributes *__attributes, const void *__ptr);
extern __host__ cudaError_t CUDARTAPI cudaDeviceCanAccessPeer(int *__canAccessPeer, int __device, int __peerDevice);
extern __host__ cudaError_t CUDARTAPI cudaDeviceEnablePeerAccess(int __peerDevice, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaDeviceDisablePeerAccess(int __peerDevice);

/* ------------------------------------------------------------ textures and surfaces */
extern __host__ cudaError_t CUDARTAPI cudaGetChannelDesc(struct cudaChannelFormatDesc *__desc, cudaArray_const_t __array);
extern __host__ struct cudaChannelFormatDesc CUDARTAPI cudaCreateChannelDesc(int __x, int __y, int __z, int __w, enum cudaChannelFormatKind __f);
extern __host__ cudaError_t CUDARTAPI cudaCreateTextureObject(cudaTextureObject_t *__pTexObject, const struct cudaResourceDesc *__pResDesc, const struct cudaTextureDesc *__pTexDesc, const struct cudaResourceViewDesc *__pResViewDesc);
extern __host__ cudaError_t CUDARTAPI cudaDestroyTextureObject(cudaTextureObject_t __texObject);
extern __host__ cudaError_t CUDARTAPI cudaGetTextureObjectResourceDesc(struct cudaResourceDesc *__pResDesc, cudaTextureObject_t __texObject);
extern __host__ cudaError_t CUDARTAPI cudaGetTextureObjectTextureDesc(struct cudaTextureDesc *__pTexDesc, cudaTextureObject_t __texObject);
extern __host__ cudaError_t CUDARTAPI cudaCreateSurfaceObject(cudaSurfaceObject_t *__pSurfObject, const struct cudaResourceDesc *__pResDesc);
extern __host__ cudaError_t CUDARTAPI cudaDestroySurfaceObject(cudaSurfaceObject_t __surfObject);

/* ------------------------------------------------------------ version */
extern __host__ cudaError_t CUDARTAPI cudaDriverGetVersion(int *__driverVersion);
extern __host__ __device__ cudaError_t CUDARTAPI cudaRuntimeGetVersion(int *__runtimeVersion);

/* ------------------------------------------------------------ graphs */
extern __host__ cudaError_t CUDARTAPI cudaGraphCreate(cudaGraph_t *__pGraph, unsigned int __flags);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddKernelNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, const struct cudaKernelNodeParams *__pNodeParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphKernelNodeGetParams(cudaGraphNode_t __node, struct cudaKernelNodeParams *__pNodeParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphKernelNodeSetParams(cudaGraphNode_t __node, const struct cudaKernelNodeParams *__pNodeParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddMemcpyNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, const struct cudaMemcpy3DParms *__pCopyParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddMemcpyNode1D(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, void *__dst, const void *__src, size_t __count, enum cudaMemcpyKind __kind);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddMemsetNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, const struct cudaMemsetParams *__pMemsetParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddHostNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, const struct cudaHostNodeParams *__pNodeParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddChildGraphNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, cudaGraph_t __childGraph);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddEmptyNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddEventRecordNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, cudaEvent_t __evt);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddEventWaitNode(cudaGraphNode_t *__pGraphNode, cudaGraph_t __graph, const cudaGraphNode_t *__pDependencies, size_t __numDependencies, cudaEvent_t __evt);
extern __host__ cudaError_t CUDARTAPI cudaGraphClone(cudaGraph_t *__pGraphClone, cudaGraph_t __originalGraph);
extern __host__ cudaError_t CUDARTAPI cudaGraphNodeGetType(cudaGraphNode_t __node, enum cudaGraphNodeType *__pType);
extern __host__ cudaError_t CUDARTAPI cudaGraphGetNodes(cudaGraph_t __graph, cudaGraphNode_t *__nodes, size_t *__numNodes);
extern __host__ cudaError_t CUDARTAPI cudaGraphGetRootNodes(cudaGraph_t __graph, cudaGraphNode_t *__pRootNodes, size_t *__pNumRootNodes);
extern __host__ cudaError_t CUDARTAPI cudaGraphAddDependencies(cudaGraph_t __graph, const cudaGraphNode_t *__from, const cudaGraphNode_t *__to, size_t __numDependencies);
extern __host__ cudaError_t CUDARTAPI cudaGraphDestroyNode(cudaGraphNode_t __node);
extern __host__ cudaError_t CUDARTAPI cudaGraphInstantiate(cudaGraphExec_t *__pGraphExec, cudaGraph_t __graph, unsigned long long __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaGraphInstantiateWithFlags(cudaGraphExec_t *__pGraphExec, cudaGraph_t __graph, unsigned long long __flags __dv(0));
extern __host__ cudaError_t CUDARTAPI cudaGraphExecKernelNodeSetParams(cudaGraphExec_t __hGraphExec, cudaGraphNode_t __node, const struct cudaKernelNodeParams *__pNodeParams);
extern __host__ cudaError_t CUDARTAPI cudaGraphExecUpdate(cudaGraphExec_t __hGraphExec, cudaGraph_t __hGraph, cudaGraphExecUpdateResultInfo *__resultInfo);
extern __host__ cudaError_t CUDARTAPI cudaGraphUpload(cudaGraphExec_t __graphExec, cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaGraphLaunch(cudaGraphExec_t __graphExec, cudaStream_t __stream);
extern __host__ cudaError_t CUDARTAPI cudaGraphExecDestroy(cudaGraphExec_t __graphExec);
extern __host__ cudaError_t CUDARTAPI cudaGraphDestroy(cudaGraph_t __graph);

#if defined(__cplusplus)
} /* extern "C" */

/* CUDA 11's five-argument cudaGraphInstantiate, still common in sources. */
extern __host__ cudaError_t CUDARTAPI cudaGraphInstantiate(cudaGraphExec_t *__pGraphExec, cudaGraph_t __graph, cudaGraphNode_t *__pErrorNode, char *__pLogBuffer, size_t __bufferSize);
#endif

#endif /* __CUDA_RUNTIME_API_H__ */
