/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _CUFFT_H_
#define _CUFFT_H_

#include "cuComplex.h"
#include "driver_types.h"
#include "library_types.h"

#define CUFFTAPI

#define CUFFT_VER_MAJOR 11
#define CUFFT_VER_MINOR 2
#define CUFFT_VER_PATCH 1
#define CUFFT_VERSION (CUFFT_VER_MAJOR * 1000 + CUFFT_VER_MINOR * 100 + CUFFT_VER_PATCH)

#define CUFFT_FORWARD -1
#define CUFFT_INVERSE 1

#if defined(__cplusplus)
extern "C" {
#endif

typedef enum cufftResult_t {
    CUFFT_SUCCESS = 0x0,
    CUFFT_INVALID_PLAN = 0x1,
    CUFFT_ALLOC_FAILED = 0x2,
    CUFFT_INVALID_TYPE = 0x3,
    CUFFT_INVALID_VALUE = 0x4,
    CUFFT_INTERNAL_ERROR = 0x5,
    CUFFT_EXEC_FAILED = 0x6,
    CUFFT_SETUP_FAILED = 0x7,
    CUFFT_INVALID_SIZE = 0x8,
    CUFFT_UNALIGNED_DATA = 0x9,
    CUFFT_INCOMPLETE_PARAMETER_LIST = 0xA,
    CUFFT_INVALID_DEVICE = 0xB,
    CUFFT_PARSE_ERROR = 0xC,
    CUFFT_NO_WORKSPACE = 0xD,
    CUFFT_NOT_IMPLEMENTED = 0xE,
    CUFFT_LICENSE_ERROR = 0x0F,
    CUFFT_NOT_SUPPORTED = 0x10
} cufftResult;

typedef float cufftReal;
typedef double cufftDoubleReal;
typedef cuComplex cufftComplex;
typedef cuDoubleComplex cufftDoubleComplex;

typedef enum cufftType_t {
    CUFFT_R2C = 0x2a,
    CUFFT_C2R = 0x2c,
    CUFFT_C2C = 0x29,
    CUFFT_D2Z = 0x6a,
    CUFFT_Z2D = 0x6c,
    CUFFT_Z2Z = 0x69
} cufftType;

typedef enum cufftCompatibility_t {
    CUFFT_COMPATIBILITY_FFTW_PADDING = 0x01
} cufftCompatibility;

typedef int cufftHandle;

cufftResult CUFFTAPI cufftPlan1d(cufftHandle *__plan, int __nx, cufftType __type, int __batch);
cufftResult CUFFTAPI cufftPlan2d(cufftHandle *__plan, int __nx, int __ny, cufftType __type);
cufftResult CUFFTAPI cufftPlan3d(cufftHandle *__plan, int __nx, int __ny, int __nz, cufftType __type);
cufftResult CUFFTAPI cufftPlanMany(cufftHandle *__plan, int __rank, int *__n, int *__inembed, int __istride, int __idist, int *__onembed, int __ostride, int __odist, cufftType __type, int __batch);
cufftResult CUFFTAPI cufftCreate(cufftHandle *__handle);
cufftResult CUFFTAPI cufftMakePlan1d(cufftHandle __plan, int __nx, cufftType __type, int __batch, size_t *__workSize);
cufftResult CUFFTAPI cufftMakePlan2d(cufftHandle __plan, int __nx, int __ny, cufftType __type, size_t *__workSize);
cufftResult CUFFTAPI cufftMakePlan3d(cufftHandle __plan, int __nx, int __ny, int __nz, cufftType __type, size_t *__workSize);
cufftResult CUFFTAPI cufftMakePlanMany(cufftHandle __plan, int __rank, int *__n, int *__inembed, int __istride, int __idist, int *__onembed, int __ostride, int __odist, cufftType __type, int __batch, size_t *__workSize);
cufftResult CUFFTAPI cufftMakePlanMany64(cufftHandle __plan, int __rank, long long int *__n, long long int *__inembed, long long int __istride, long long int __idist, long long int *__onembed, long long int __ostride, long long int __odist, cufftType __type, long long int __batch, size_t *__workSize);
cufftResult CUFFTAPI cufftEstimate1d(int __nx, cufftType __type, int __batch, size_t *__workSize);
cufftResult CUFFTAPI cufftGetSize(cufftHandle __handle, size_t *__workSize);
cufftResult CUFFTAPI cufftGetSize1d(cufftHandle __handle, int __nx, cufftType __type, int __batch, size_t *__workSize);
cufftResult CUFFTAPI cufftSetWorkArea(cufftHandle __plan, void *__workArea);
cufftResult CUFFTAPI cufftSetAutoAllocation(cufftHandle __plan, int __autoAllocate);
cufftResult CUFFTAPI cufftExecC2C(cufftHandle __plan, cufftComplex *__idata, cufftComplex *__odata, int __direction);
cufftResult CUFFTAPI cufftExecR2C(cufftHandle __plan, cufftReal *__idata, cufftComplex *__odata);
cufftResult CUFFTAPI cufftExecC2R(cufftHandle __plan, cufftComplex *__idata, cufftReal *__odata);
cufftResult CUFFTAPI cufftExecZ2Z(cufftHandle __plan, cufftDoubleComplex *__idata, cufftDoubleComplex *__odata, int __direction);
cufftResult CUFFTAPI cufftExecD2Z(cufftHandle __plan, cufftDoubleReal *__idata, cufftDoubleComplex *__odata);
cufftResult CUFFTAPI cufftExecZ2D(cufftHandle __plan, cufftDoubleComplex *__idata, cufftDoubleReal *__odata);
cufftResult CUFFTAPI cufftSetStream(cufftHandle __plan, cudaStream_t __stream);
cufftResult CUFFTAPI cufftDestroy(cufftHandle __plan);
cufftResult CUFFTAPI cufftGetVersion(int *__version);
cufftResult CUFFTAPI cufftGetProperty(libraryPropertyType __type, int *__value);

#if defined(__cplusplus)
}
#endif

#endif /* _CUFFT_H_ */
