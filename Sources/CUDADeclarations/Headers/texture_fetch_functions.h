/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __TEXTURE_FETCH_FUNCTIONS_H__
#define __TEXTURE_FETCH_FUNCTIONS_H__

#include "host_defines.h"
#include "texture_types.h"
#include "surface_types.h"

#if defined(__cplusplus)
/* Texture object fetches (the texture reference API was removed in CUDA 12). */
template<class __T> __device__ __T tex1Dfetch(cudaTextureObject_t __texObject, int __x);
template<class __T> __device__ void tex1Dfetch(__T *__ptr, cudaTextureObject_t __texObject, int __x);
template<class __T> __device__ __T tex1D(cudaTextureObject_t __texObject, float __x);
template<class __T> __device__ void tex1D(__T *__ptr, cudaTextureObject_t __texObject, float __x);
template<class __T> __device__ __T tex2D(cudaTextureObject_t __texObject, float __x, float __y);
template<class __T> __device__ void tex2D(__T *__ptr, cudaTextureObject_t __texObject, float __x, float __y);
template<class __T> __device__ __T tex3D(cudaTextureObject_t __texObject, float __x, float __y, float __z);
template<class __T> __device__ void tex3D(__T *__ptr, cudaTextureObject_t __texObject, float __x, float __y, float __z);
template<class __T> __device__ __T tex1DLayered(cudaTextureObject_t __texObject, float __x, int __layer);
template<class __T> __device__ __T tex2DLayered(cudaTextureObject_t __texObject, float __x, float __y, int __layer);
template<class __T> __device__ __T texCubemap(cudaTextureObject_t __texObject, float __x, float __y, float __z);
template<class __T> __device__ __T tex1DLod(cudaTextureObject_t __texObject, float __x, float __level);
template<class __T> __device__ __T tex2DLod(cudaTextureObject_t __texObject, float __x, float __y, float __level);
template<class __T> __device__ __T tex3DLod(cudaTextureObject_t __texObject, float __x, float __y, float __z, float __level);
template<class __T> __device__ __T tex1DGrad(cudaTextureObject_t __texObject, float __x, float __dPdx, float __dPdy);
template<class __T> __device__ __T tex2DGrad(cudaTextureObject_t __texObject, float __x, float __y, float2 __dPdx, float2 __dPdy);
template<class __T> __device__ __T tex2Dgather(cudaTextureObject_t __texObject, float __x, float __y, int __comp = 0);

/* Surface object reads and writes. */
template<class __T> __device__ __T surf1Dread(cudaSurfaceObject_t __surfObject, int __x, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf1Dread(__T *__ptr, cudaSurfaceObject_t __surfObject, int __x, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ __T surf2Dread(cudaSurfaceObject_t __surfObject, int __x, int __y, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf2Dread(__T *__ptr, cudaSurfaceObject_t __surfObject, int __x, int __y, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ __T surf3Dread(cudaSurfaceObject_t __surfObject, int __x, int __y, int __z, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf3Dread(__T *__ptr, cudaSurfaceObject_t __surfObject, int __x, int __y, int __z, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf1Dwrite(__T __data, cudaSurfaceObject_t __surfObject, int __x, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf2Dwrite(__T __data, cudaSurfaceObject_t __surfObject, int __x, int __y, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
template<class __T> __device__ void surf3Dwrite(__T __data, cudaSurfaceObject_t __surfObject, int __x, int __y, int __z, enum cudaSurfaceBoundaryMode __boundaryMode = cudaBoundaryModeTrap);
#endif /* __cplusplus */

#endif /* __TEXTURE_FETCH_FUNCTIONS_H__ */
