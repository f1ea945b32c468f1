/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __cuda_cuda_h__
#define __cuda_cuda_h__

#include <stdlib.h>
#include <stddef.h>

#define CUDA_VERSION 12040
#define CUDAAPI
#define CUDA_CB

/* The driver API entry points below are versioned; the plain names are macros, as in CUDA. */
#define cuDeviceTotalMem                    cuDeviceTotalMem_v2
#define cuCtxCreate                         cuCtxCreate_v2
#define cuCtxDestroy                        cuCtxDestroy_v2
#define cuCtxPopCurrent                     cuCtxPopCurrent_v2
#define cuCtxPushCurrent                    cuCtxPushCurrent_v2
#define cuModuleGetGlobal                   cuModuleGetGlobal_v2
#define cuMemGetInfo                        cuMemGetInfo_v2
#define cuMemAlloc                          cuMemAlloc_v2
#define cuMemAllocPitch                     cuMemAllocPitch_v2
#define cuMemFree                           cuMemFree_v2
#define cuMemGetAddressRange                cuMemGetAddressRange_v2
#define cuMemAllocHost                      cuMemAllocHost_v2
#define cuMemHostGetDevicePointer           cuMemHostGetDevicePointer_v2
#define cuMemcpyHtoD                        cuMemcpyHtoD_v2
#define cuMemcpyDtoH                        cuMemcpyDtoH_v2
#define cuMemcpyDtoD                        cuMemcpyDtoD_v2
#define cuMemcpy2D                          cuMemcpy2D_v2
#define cuMemcpyHtoDAsync                   cuMemcpyHtoDAsync_v2
#define cuMemcpyDtoHAsync                   cuMemcpyDtoHAsync_v2
#define cuMemcpyDtoDAsync                   cuMemcpyDtoDAsync_v2
#define cuMemsetD8                          cuMemsetD8_v2
#define cuMemsetD16                         cuMemsetD16_v2
#define cuMemsetD32                         cuMemsetD32_v2
#define cuStreamDestroy                     cuStreamDestroy_v2
#define cuEventDestroy                      cuEventDestroy_v2
#define cuLinkCreate                        cuLinkCreate_v2
#define cuLinkAddData                       cuLinkAddData_v2
#define cuLinkAddFile                       cuLinkAddFile_v2
#define cuDevicePrimaryCtxRelease           cuDevicePrimaryCtxRelease_v2
#define cuDevicePrimaryCtxReset             cuDevicePrimaryCtxReset_v2
#define cuDevicePrimaryCtxSetFlags          cuDevicePrimaryCtxSetFlags_v2

#if defined(__cplusplus)
extern "C" {
#endif

typedef unsigned long long CUdeviceptr_v2;
typedef CUdeviceptr_v2 CUdeviceptr;
typedef int CUdevice_v1;
typedef CUdevice_v1 CUdevice;

typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUlib_st *CUlibrary;
typedef struct CUkern_st *CUkernel;
typedef struct CUarray_st *CUarray;
typedef struct CUevent_st *CUevent;
typedef struct CUstream_st *CUstream;
typedef struct CUgraph_st *CUgraph;
typedef struct CUgraphNode_st *CUgraphNode;
typedef struct CUgraphExec_st *CUgraphExec;
typedef struct CUlinkState_st *CUlinkState;
typedef unsigned long long CUtexObject;
typedef unsigned long long CUsurfObject;

#ifndef CU_UUID_HAS_BEEN_DEFINED
#define CU_UUID_HAS_BEEN_DEFINED
typedef struct CUuuid_st {
    char bytes[16];
} CUuuid;
#endif

typedef enum cudaError_enum {
    CUDA_SUCCESS = 0,
    CUDA_ERROR_INVALID_VALUE = 1,
    CUDA_ERROR_OUT_OF_MEMORY = 2,
    CUDA_ERROR_NOT_INITIALIZED = 3,
    CUDA_ERROR_DEINITIALIZED = 4,
    CUDA_ERROR_PROFILER_DISABLED = 5,
    CUDA_ERROR_PROFILER_NOT_INITIALIZED = 6,
    CUDA_ERROR_PROFILER_ALREADY_STARTED = 7,
    CUDA_ERROR_PROFILER_ALREADY_STOPPED = 8,
    CUDA_ERROR_STUB_LIBRARY = 34,
    CUDA_ERROR_DEVICE_UNAVAILABLE = 46,
    CUDA_ERROR_NO_DEVICE = 100,
    CUDA_ERROR_INVALID_DEVICE = 101,
    CUDA_ERROR_DEVICE_NOT_LICENSED = 102,
    CUDA_ERROR_INVALID_IMAGE = 200,
    CUDA_ERROR_INVALID_CONTEXT = 201,
    CUDA_ERROR_CONTEXT_ALREADY_CURRENT = 202,
    CUDA_ERROR_MAP_FAILED = 205,
    CUDA_ERROR_UNMAP_FAILED = 206,
    CUDA_ERROR_ARRAY_IS_MAPPED = 207,
    CUDA_ERROR_ALREADY_MAPPED = 208,
    CUDA_ERROR_NO_BINARY_FOR_GPU = 209,
    CUDA_ERROR_ALREADY_ACQUIRED = 210,
    CUDA_ERROR_NOT_MAPPED = 211,
    CUDA_ERROR_NOT_MAPPED_AS_ARRAY = 212,
    CUDA_ERROR_NOT_MAPPED_AS_POINTER = 213,
    CUDA_ERROR_ECC_UNCORRECTABLE = 214,
    CUDA_ERROR_UNSUPPORTED_LIMIT = 215,
    CUDA_ERROR_CONTEXT_ALREADY_IN_USE = 216,
    CUDA_ERROR_PEER_ACCESS_UNSUPPORTED = 217,
    CUDA_ERROR_INVALID_PTX = 218,
    CUDA_ERROR_INVALID_GRAPHICS_CONTEXT = 219,
    CUDA_ERROR_NVLINK_UNCORRECTABLE = 220,
    CUDA_ERROR_JIT_COMPILER_NOT_FOUND = 221,
    CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222,
    CUDA_ERROR_JIT_COMPILATION_DISABLED = 223,
    CUDA_ERROR_UNSUPPORTED_EXEC_AFFINITY = 224,
    CUDA_ERROR_INVALID_SOURCE = 300,
    CUDA_ERROR_FILE_NOT_FOUND = 301,
    CUDA_ERROR_SHARED_OBJECT_SYMBOL_NOT_FOUND = 302,
    CUDA_ERROR_SHARED_OBJECT_INIT_FAILED = 303,
    CUDA_ERROR_OPERATING_SYSTEM = 304,
    CUDA_ERROR_INVALID_HANDLE = 400,
    CUDA_ERROR_ILLEGAL_STATE = 401,
    CUDA_ERROR_NOT_FOUND = 500,
    CUDA_ERROR_NOT_READY = 600,
    CUDA_ERROR_ILLEGAL_ADDRESS = 700,
    CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
    CUDA_ERROR_LAUNCH_TIMEOUT = 702,
    CUDA_ERROR_LAUNCH_INCOMPATIBLE_TEXTURING = 703,
    CUDA_ERROR_PEER_ACCESS_ALREADY_ENABLED = 704,
    CUDA_ERROR_PEER_ACCESS_NOT_ENABLED = 705,
    CUDA_ERROR_PRIMARY_CONTEXT_ACTIVE = 708,
    CUDA_ERROR_CONTEXT_IS_DESTROYED = 709,
    CUDA_ERROR_ASSERT = 710,
    CUDA_ERROR_TOO_MANY_PEERS = 711,
    CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED = 712,
    CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED = 713,
    CUDA_ERROR_HARDWARE_STACK_ERROR = 714,
    CUDA_ERROR_ILLEGAL_INSTRUCTION = 715,
    CUDA_ERROR_MISALIGNED_ADDRESS = 716,
    CUDA_ERROR_INVALID_ADDRESS_SPACE = 717,
    CUDA_ERROR_INVALID_PC = 718,
    CUDA_ERROR_LAUNCH_FAILED = 719,
    CUDA_ERROR_COOPERATIVE_LAUNCH_TOO_LARGE = 720,
    CUDA_ERROR_NOT_PERMITTED = 800,
    CUDA_ERROR_NOT_SUPPORTED = 801,
    CUDA_ERROR_SYSTEM_NOT_READY = 802,
    CUDA_ERROR_SYSTEM_DRIVER_MISMATCH = 803,
    CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE = 804,
    CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED = 900,
    CUDA_ERROR_STREAM_CAPTURE_INVALIDATED = 901,
    CUDA_ERROR_STREAM_CAPTURE_MERGE = 902,
    CUDA_ERROR_STREAM_CAPTURE_UNMATCHED = 903,
    CUDA_ERROR_STREAM_CAPTURE_UNJOINED = 904,
    CUDA_ERROR_STREAM_CAPTURE_ISOLATION = 905,
    CUDA_ERROR_STREAM_CAPTURE_IMPLICIT = 906,
    CUDA_ERROR_CAPTURED_EVENT = 907,
    CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD = 908,
    CUDA_ERROR_TIMEOUT = 909,
    CUDA_ERROR_GRAPH_EXEC_UPDATE_FAILURE = 910,
    CUDA_ERROR_UNKNOWN = 999
} CUresult;

typedef enum CUdevice_attribute_enum {
    CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 1,
    CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X = 2,
    CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y = 3,
    CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z = 4,
    CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X = 5,
    CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y = 6,
    CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z = 7,
    CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK = 8,
    CU_DEVICE_ATTRIBUTE_SHARED_MEMORY_PER_BLOCK = 8,
    CU_DEVICE_ATTRIBUTE_TOTAL_CONSTANT_MEMORY = 9,
    CU_DEVICE_ATTRIBUTE_WARP_SIZE = 10,
    CU_DEVICE_ATTRIBUTE_MAX_PITCH = 11,
    CU_DEVICE_ATTRIBUTE_MAX_REGISTERS_PER_BLOCK = 12,
    CU_DEVICE_ATTRIBUTE_REGISTERS_PER_BLOCK = 12,
    CU_DEVICE_ATTRIBUTE_CLOCK_RATE = 13,
    CU_DEVICE_ATTRIBUTE_TEXTURE_ALIGNMENT = 14,
    CU_DEVICE_ATTRIBUTE_GPU_OVERLAP = 15,
    CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
    CU_DEVICE_ATTRIBUTE_KERNEL_EXEC_TIMEOUT = 17,
    CU_DEVICE_ATTRIBUTE_INTEGRATED = 18,
    CU_DEVICE_ATTRIBUTE_CAN_MAP_HOST_MEMORY = 19,
    CU_DEVICE_ATTRIBUTE_COMPUTE_MODE = 20,
    CU_DEVICE_ATTRIBUTE_CONCURRENT_KERNELS = 31,
    CU_DEVICE_ATTRIBUTE_ECC_ENABLED = 32,
    CU_DEVICE_ATTRIBUTE_PCI_BUS_ID = 33,
    CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID = 34,
    CU_DEVICE_ATTRIBUTE_TCC_DRIVER = 35,
    CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE = 36,
    CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH = 37,
    CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE = 38,
    CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_MULTIPROCESSOR = 39,
    CU_DEVICE_ATTRIBUTE_ASYNC_ENGINE_COUNT = 40,
    CU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING = 41,
    CU_DEVICE_ATTRIBUTE_PCI_DOMAIN_ID = 50,
    CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
    CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
    CU_DEVICE_ATTRIBUTE_STREAM_PRIORITIES_SUPPORTED = 78,
    CU_DEVICE_ATTRIBUTE_GLOBAL_L1_CACHE_SUPPORTED = 79,
    CU_DEVICE_ATTRIBUTE_LOCAL_L1_CACHE_SUPPORTED = 80,
    CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_MULTIPROCESSOR = 81,
    CU_DEVICE_ATTRIBUTE_MAX_REGISTERS_PER_MULTIPROCESSOR = 82,
    CU_DEVICE_ATTRIBUTE_MANAGED_MEMORY = 83,
    CU_DEVICE_ATTRIBUTE_MULTI_GPU_BOARD = 84,
    CU_DEVICE_ATTRIBUTE_MULTI_GPU_BOARD_GROUP_ID = 85,
    CU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED = 86,
    CU_DEVICE_ATTRIBUTE_SINGLE_TO_DOUBLE_PRECISION_PERF_RATIO = 87,
    CU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS = 88,
    CU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS = 89,
    CU_DEVICE_ATTRIBUTE_COMPUTE_PREEMPTION_SUPPORTED = 90,
    CU_DEVICE_ATTRIBUTE_CAN_USE_HOST_POINTER_FOR_REGISTERED_MEM = 91,
    CU_DEVICE_ATTRIBUTE_COOPERATIVE_LAUNCH = 95,
    CU_DEVICE_ATTRIBUTE_COOPERATIVE_MULTI_DEVICE_LAUNCH = 96,
    CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN = 97,
    CU_DEVICE_ATTRIBUTE_MAX_BLOCKS_PER_MULTIPROCESSOR = 106,
    CU_DEVICE_ATTRIBUTE_MAX
} CUdevice_attribute;

typedef enum CUcomputemode_enum {
    CU_COMPUTEMODE_DEFAULT = 0,
    CU_COMPUTEMODE_PROHIBITED = 2,
    CU_COMPUTEMODE_EXCLUSIVE_PROCESS = 3
} CUcomputemode;

typedef enum CUoccupancy_flags_enum {
    CU_OCCUPANCY_DEFAULT = 0x0,
    CU_OCCUPANCY_DISABLE_CACHING_OVERRIDE = 0x1
} CUoccupancy_flags;

/* Dynamic shared memory a kernel needs for a given block size (occupancy calculators). */
typedef size_t (CUDA_CB *CUoccupancyB2DSize)(int __blockSize);

/* CUDA 12.5's context-creation parameters (cuCtxCreate_v4). */
typedef struct CUctxCreateParams_st {
    void *execAffinityParams;
    int numExecAffinityParams;
    void *cigParams;
} CUctxCreateParams;

typedef enum CUfunction_attribute_enum {
    CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 0,
    CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES = 1,
    CU_FUNC_ATTRIBUTE_CONST_SIZE_BYTES = 2,
    CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES = 3,
    CU_FUNC_ATTRIBUTE_NUM_REGS = 4,
    CU_FUNC_ATTRIBUTE_PTX_VERSION = 5,
    CU_FUNC_ATTRIBUTE_BINARY_VERSION = 6,
    CU_FUNC_ATTRIBUTE_CACHE_MODE_CA = 7,
    CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8,
    CU_FUNC_ATTRIBUTE_PREFERRED_SHARED_MEMORY_CARVEOUT = 9,
    CU_FUNC_ATTRIBUTE_MAX
} CUfunction_attribute;

typedef enum CUfunc_cache_enum {
    CU_FUNC_CACHE_PREFER_NONE = 0x00,
    CU_FUNC_CACHE_PREFER_SHARED = 0x01,
    CU_FUNC_CACHE_PREFER_L1 = 0x02,
    CU_FUNC_CACHE_PREFER_EQUAL = 0x03
} CUfunc_cache;

typedef enum CUctx_flags_enum {
    CU_CTX_SCHED_AUTO = 0x00,
    CU_CTX_SCHED_SPIN = 0x01,
    CU_CTX_SCHED_YIELD = 0x02,
    CU_CTX_SCHED_BLOCKING_SYNC = 0x04,
    CU_CTX_BLOCKING_SYNC = 0x04,
    CU_CTX_SCHED_MASK = 0x07,
    CU_CTX_MAP_HOST = 0x08,
    CU_CTX_LMEM_RESIZE_TO_MAX = 0x10,
    CU_CTX_FLAGS_MASK = 0xFF
} CUctx_flags;

typedef enum CUstream_flags_enum {
    CU_STREAM_DEFAULT = 0x0,
    CU_STREAM_NON_BLOCKING = 0x1
} CUstream_flags;

typedef enum CUevent_flags_enum {
    CU_EVENT_DEFAULT = 0x0,
    CU_EVENT_BLOCKING_SYNC = 0x1,
    CU_EVENT_DISABLE_TIMING = 0x2,
    CU_EVENT_INTERPROCESS = 0x4
} CUevent_flags;

typedef enum CUmemorytype_enum {
    CU_MEMORYTYPE_HOST = 0x01,
    CU_MEMORYTYPE_DEVICE = 0x02,
    CU_MEMORYTYPE_ARRAY = 0x03,
    CU_MEMORYTYPE_UNIFIED = 0x04
} CUmemorytype;

typedef enum CUmemAttach_flags_enum {
    CU_MEM_ATTACH_GLOBAL = 0x1,
    CU_MEM_ATTACH_HOST = 0x2,
    CU_MEM_ATTACH_SINGLE = 0x4
} CUmemAttach_flags;

typedef enum CUjit_option_enum {
    CU_JIT_MAX_REGISTERS = 0,
    CU_JIT_THREADS_PER_BLOCK = 1,
    CU_JIT_WALL_TIME = 2,
    CU_JIT_INFO_LOG_BUFFER = 3,
    CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES = 4,
    CU_JIT_ERROR_LOG_BUFFER = 5,
    CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
    CU_JIT_OPTIMIZATION_LEVEL = 7,
    CU_JIT_TARGET_FROM_CUCONTEXT = 8,
    CU_JIT_TARGET = 9,
    CU_JIT_FALLBACK_STRATEGY = 10,
    CU_JIT_GENERATE_DEBUG_INFO = 11,
    CU_JIT_LOG_VERBOSE = 12,
    CU_JIT_GENERATE_LINE_INFO = 13,
    CU_JIT_CACHE_MODE = 14,
    CU_JIT_NUM_OPTIONS
} CUjit_option;

typedef enum CUjitInputType_enum {
    CU_JIT_INPUT_CUBIN = 0,
    CU_JIT_INPUT_PTX = 1,
    CU_JIT_INPUT_FATBINARY = 2,
    CU_JIT_INPUT_OBJECT = 3,
    CU_JIT_INPUT_LIBRARY = 4,
    CU_JIT_NUM_INPUT_TYPES = 6
} CUjitInputType;

typedef enum CUlimit_enum {
    CU_LIMIT_STACK_SIZE = 0x00,
    CU_LIMIT_PRINTF_FIFO_SIZE = 0x01,
    CU_LIMIT_MALLOC_HEAP_SIZE = 0x02,
    CU_LIMIT_DEV_RUNTIME_SYNC_DEPTH = 0x03,
    CU_LIMIT_DEV_RUNTIME_PENDING_LAUNCH_COUNT = 0x04,
    CU_LIMIT_MAX_L2_FETCH_GRANULARITY = 0x05,
    CU_LIMIT_PERSISTING_L2_CACHE_SIZE = 0x06,
    CU_LIMIT_MAX
} CUlimit;

#define CU_MEMHOSTALLOC_PORTABLE        0x01
#define CU_MEMHOSTALLOC_DEVICEMAP       0x02
#define CU_MEMHOSTALLOC_WRITECOMBINED   0x04
#define CU_MEMHOSTREGISTER_PORTABLE     0x01
#define CU_MEMHOSTREGISTER_DEVICEMAP    0x02
#define CU_MEMHOSTREGISTER_IOMEMORY     0x04
#define CU_LAUNCH_PARAM_END             ((void *)0x00)
#define CU_LAUNCH_PARAM_BUFFER_POINTER  ((void *)0x01)
#define CU_LAUNCH_PARAM_BUFFER_SIZE     ((void *)0x02)
#define CU_STREAM_LEGACY                ((CUstream)0x1)
#define CU_STREAM_PER_THREAD            ((CUstream)0x2)

typedef struct CUDA_MEMCPY2D_st {
    size_t srcXInBytes;
    size_t srcY;
    CUmemorytype srcMemoryType;
    const void *srcHost;
    CUdeviceptr srcDevice;
    CUarray srcArray;
    size_t srcPitch;
    size_t dstXInBytes;
    size_t dstY;
    CUmemorytype dstMemoryType;
    void *dstHost;
    CUdeviceptr dstDevice;
    CUarray dstArray;
    size_t dstPitch;
    size_t WidthInBytes;
    size_t Height;
} CUDA_MEMCPY2D_v2;
typedef CUDA_MEMCPY2D_v2 CUDA_MEMCPY2D;

/* Initialization, version, errors. */
CUresult CUDAAPI cuInit(unsigned int __Flags);
CUresult CUDAAPI cuDriverGetVersion(int *__driverVersion);
CUresult CUDAAPI cuGetErrorString(CUresult __error, const char **__pStr);
CUresult CUDAAPI cuGetErrorName(CUresult __error, const char **__pStr);

/* Devices. */
CUresult CUDAAPI cuDeviceGet(CUdevice *__device, int __ordinal);
CUresult CUDAAPI cuDeviceGetCount(int *__count);
CUresult CUDAAPI cuDeviceGetName(char *__name, int __len, CUdevice __dev);
CUresult CUDAAPI cuDeviceGetUuid(CUuuid *__uuid, CUdevice __dev);
CUresult CUDAAPI cuDeviceTotalMem_v2(size_t *__bytes, CUdevice __dev);
CUresult CUDAAPI cuDeviceGetAttribute(int *__pi, CUdevice_attribute __attrib, CUdevice __dev);
CUresult CUDAAPI cuDeviceComputeCapability(int *__major, int *__minor, CUdevice __dev);
CUresult CUDAAPI cuDeviceCanAccessPeer(int *__canAccessPeer, CUdevice __dev, CUdevice __peerDev);

/* Contexts. */
CUresult CUDAAPI cuDevicePrimaryCtxRetain(CUcontext *__pctx, CUdevice __dev);
CUresult CUDAAPI cuDevicePrimaryCtxRelease_v2(CUdevice __dev);
CUresult CUDAAPI cuDevicePrimaryCtxReset_v2(CUdevice __dev);
CUresult CUDAAPI cuDevicePrimaryCtxSetFlags_v2(CUdevice __dev, unsigned int __flags);
CUresult CUDAAPI cuDevicePrimaryCtxGetState(CUdevice __dev, unsigned int *__flags, int *__active);
CUresult CUDAAPI cuCtxCreate_v2(CUcontext *__pctx, unsigned int __flags, CUdevice __dev);
CUresult CUDAAPI cuCtxCreate_v4(CUcontext *__pctx, CUctxCreateParams *__ctxCreateParams, unsigned int __flags, CUdevice __dev);
CUresult CUDAAPI cuCtxDestroy_v2(CUcontext __ctx);
CUresult CUDAAPI cuCtxPushCurrent_v2(CUcontext __ctx);
CUresult CUDAAPI cuCtxPopCurrent_v2(CUcontext *__pctx);
CUresult CUDAAPI cuCtxSetCurrent(CUcontext __ctx);
CUresult CUDAAPI cuCtxGetCurrent(CUcontext *__pctx);
CUresult CUDAAPI cuCtxGetDevice(CUdevice *__device);
CUresult CUDAAPI cuCtxGetFlags(unsigned int *__flags);
CUresult CUDAAPI cuCtxSynchronize(void);
CUresult CUDAAPI cuCtxSetLimit(CUlimit __limit, size_t __value);
CUresult CUDAAPI cuCtxGetLimit(size_t *__pvalue, CUlimit __limit);
CUresult CUDAAPI cuCtxSetCacheConfig(CUfunc_cache __config);
CUresult CUDAAPI cuCtxGetApiVersion(CUcontext __ctx, unsigned int *__version);
CUresult CUDAAPI cuCtxEnablePeerAccess(CUcontext __peerContext, unsigned int __Flags);
CUresult CUDAAPI cuCtxDisablePeerAccess(CUcontext __peerContext);

/* Modules and linking. */
CUresult CUDAAPI cuModuleLoad(CUmodule *__module, const char *__fname);
CUresult CUDAAPI cuModuleLoadData(CUmodule *__module, const void *__image);
CUresult CUDAAPI cuModuleLoadDataEx(CUmodule *__module, const void *__image, unsigned int __numOptions, CUjit_option *__options, void **__optionValues);
CUresult CUDAAPI cuModuleLoadFatBinary(CUmodule *__module, const void *__fatCubin);
CUresult CUDAAPI cuModuleUnload(CUmodule __hmod);
CUresult CUDAAPI cuModuleGetFunction(CUfunction *__hfunc, CUmodule __hmod, const char *__name);
CUresult CUDAAPI cuModuleGetGlobal_v2(CUdeviceptr *__dptr, size_t *__bytes, CUmodule __hmod, const char *__name);
CUresult CUDAAPI cuLinkCreate_v2(unsigned int __numOptions, CUjit_option *__options, void **__optionValues, CUlinkState *__stateOut);
CUresult CUDAAPI cuLinkAddData_v2(CUlinkState __state, CUjitInputType __type, void *__data, size_t __size, const char *__name, unsigned int __numOptions, CUjit_option *__options, void **__optionValues);
CUresult CUDAAPI cuLinkAddFile_v2(CUlinkState __state, CUjitInputType __type, const char *__path, unsigned int __numOptions, CUjit_option *__options, void **__optionValues);
CUresult CUDAAPI cuLinkComplete(CUlinkState __state, void **__cubinOut, size_t *__sizeOut);
CUresult CUDAAPI cuLinkDestroy(CUlinkState __state);

/* Memory. */
CUresult CUDAAPI cuMemGetInfo_v2(size_t *__free, size_t *__total);
CUresult CUDAAPI cuMemAlloc_v2(CUdeviceptr *__dptr, size_t __bytesize);
CUresult CUDAAPI cuMemAllocPitch_v2(CUdeviceptr *__dptr, size_t *__pPitch, size_t __WidthInBytes, size_t __Height, unsigned int __ElementSizeBytes);
CUresult CUDAAPI cuMemAllocManaged(CUdeviceptr *__dptr, size_t __bytesize, unsigned int __flags);
CUresult CUDAAPI cuMemFree_v2(CUdeviceptr __dptr);
CUresult CUDAAPI cuMemGetAddressRange_v2(CUdeviceptr *__pbase, size_t *__psize, CUdeviceptr __dptr);
CUresult CUDAAPI cuMemAllocHost_v2(void **__pp, size_t __bytesize);
CUresult CUDAAPI cuMemFreeHost(void *__p);
CUresult CUDAAPI cuMemHostAlloc(void **__pp, size_t __bytesize, unsigned int __Flags);
CUresult CUDAAPI cuMemHostGetDevicePointer_v2(CUdeviceptr *__pdptr, void *__p, unsigned int __Flags);
CUresult CUDAAPI cuMemHostRegister_v2(void *__p, size_t __bytesize, unsigned int __Flags);
CUresult CUDAAPI cuMemHostUnregister(void *__p);
CUresult CUDAAPI cuMemcpy(CUdeviceptr __dst, CUdeviceptr __src, size_t __ByteCount);
CUresult CUDAAPI cuMemcpyAsync(CUdeviceptr __dst, CUdeviceptr __src, size_t __ByteCount, CUstream __hStream);
CUresult CUDAAPI cuMemcpyHtoD_v2(CUdeviceptr __dstDevice, const void *__srcHost, size_t __ByteCount);
CUresult CUDAAPI cuMemcpyDtoH_v2(void *__dstHost, CUdeviceptr __srcDevice, size_t __ByteCount);
CUresult CUDAAPI cuMemcpyDtoD_v2(CUdeviceptr __dstDevice, CUdeviceptr __srcDevice, size_t __ByteCount);
CUresult CUDAAPI cuMemcpy2D_v2(const CUDA_MEMCPY2D *__pCopy);
CUresult CUDAAPI cuMemcpyHtoDAsync_v2(CUdeviceptr __dstDevice, const void *__srcHost, size_t __ByteCount, CUstream __hStream);
CUresult CUDAAPI cuMemcpyDtoHAsync_v2(void *__dstHost, CUdeviceptr __srcDevice, size_t __ByteCount, CUstream __hStream);
CUresult CUDAAPI cuMemcpyDtoDAsync_v2(CUdeviceptr __dstDevice, CUdeviceptr __srcDevice, size_t __ByteCount, CUstream __hStream);
CUresult CUDAAPI cuMemsetD8_v2(CUdeviceptr __dstDevice, unsigned char __uc, size_t __Count);
CUresult CUDAAPI cuMemsetD16_v2(CUdeviceptr __dstDevice, unsigned short __us, size_t __Count);
CUresult CUDAAPI cuMemsetD32_v2(CUdeviceptr __dstDevice, unsigned int __ui, size_t __Count);
CUresult CUDAAPI cuMemsetD8Async(CUdeviceptr __dstDevice, unsigned char __uc, size_t __Count, CUstream __hStream);
CUresult CUDAAPI cuMemsetD32Async(CUdeviceptr __dstDevice, unsigned int __ui, size_t __Count, CUstream __hStream);
CUresult CUDAAPI cuMemPrefetchAsync(CUdeviceptr __devPtr, size_t __count, CUdevice __dstDevice, CUstream __hStream);

/* Streams and events. */
CUresult CUDAAPI cuStreamCreate(CUstream *__phStream, unsigned int __Flags);
CUresult CUDAAPI cuStreamCreateWithPriority(CUstream *__phStream, unsigned int __flags, int __priority);
CUresult CUDAAPI cuStreamWaitEvent(CUstream __hStream, CUevent __hEvent, unsigned int __Flags);
CUresult CUDAAPI cuStreamQuery(CUstream __hStream);
CUresult CUDAAPI cuStreamSynchronize(CUstream __hStream);
CUresult CUDAAPI cuStreamDestroy_v2(CUstream __hStream);
CUresult CUDAAPI cuEventCreate(CUevent *__phEvent, unsigned int __Flags);
CUresult CUDAAPI cuEventRecord(CUevent __hEvent, CUstream __hStream);
CUresult CUDAAPI cuEventQuery(CUevent __hEvent);
CUresult CUDAAPI cuEventSynchronize(CUevent __hEvent);
CUresult CUDAAPI cuEventDestroy_v2(CUevent __hEvent);
CUresult CUDAAPI cuEventElapsedTime(float *__pMilliseconds, CUevent __hStart, CUevent __hEnd);

/* Execution. */
CUresult CUDAAPI cuFuncGetAttribute(int *__pi, CUfunction_attribute __attrib, CUfunction __hfunc);
CUresult CUDAAPI cuFuncSetAttribute(CUfunction __hfunc, CUfunction_attribute __attrib, int __value);
CUresult CUDAAPI cuFuncSetCacheConfig(CUfunction __hfunc, CUfunc_cache __config);
CUresult CUDAAPI cuLaunchKernel(CUfunction __f, unsigned int __gridDimX, unsigned int __gridDimY, unsigned int __gridDimZ, unsigned int __blockDimX, unsigned int __blockDimY, unsigned int __blockDimZ, unsigned int __sharedMemBytes, CUstream __hStream, void **__kernelParams, void **__extra);
CUresult CUDAAPI cuLaunchCooperativeKernel(CUfunction __f, unsigned int __gridDimX, unsigned int __gridDimY, unsigned int __gridDimZ, unsigned int __blockDimX, unsigned int __blockDimY, unsigned int __blockDimZ, unsigned int __sharedMemBytes, CUstream __hStream, void **__kernelParams);
CUresult CUDAAPI cuOccupancyMaxActiveBlocksPerMultiprocessor(int *__numBlocks, CUfunction __func, int __blockSize, size_t __dynamicSMemSize);
CUresult CUDAAPI cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *__numBlocks, CUfunction __func, int __blockSize, size_t __dynamicSMemSize, unsigned int __flags);
CUresult CUDAAPI cuOccupancyMaxPotentialBlockSize(int *__minGridSize, int *__blockSize, CUfunction __func, CUoccupancyB2DSize __blockSizeToDynamicSMemSize, size_t __dynamicSMemSize, int __blockSizeLimit);
CUresult CUDAAPI cuOccupancyMaxPotentialBlockSizeWithFlags(int *__minGridSize, int *__blockSize, CUfunction __func, CUoccupancyB2DSize __blockSizeToDynamicSMemSize, size_t __dynamicSMemSize, int __blockSizeLimit, unsigned int __flags);
CUresult CUDAAPI cuOccupancyAvailableDynamicSMemPerBlock(size_t *__dynamicSmemSize, CUfunction __func, int __numBlocks, int __blockSize);

/* Graphs. */
CUresult CUDAAPI cuGraphCreate(CUgraph *__phGraph, unsigned int __flags);
CUresult CUDAAPI cuGraphInstantiateWithFlags(CUgraphExec *__phGraphExec, CUgraph __hGraph, unsigned long long __flags);
CUresult CUDAAPI cuGraphLaunch(CUgraphExec __hGraphExec, CUstream __hStream);
CUresult CUDAAPI cuGraphExecDestroy(CUgraphExec __hGraphExec);
CUresult CUDAAPI cuGraphDestroy(CUgraph __hGraph);

/* Profiler control. */
CUresult CUDAAPI cuProfilerStart(void);
CUresult CUDAAPI cuProfilerStop(void);

#if defined(__cplusplus)
}
#endif

#endif /* __cuda_cuda_h__ */
