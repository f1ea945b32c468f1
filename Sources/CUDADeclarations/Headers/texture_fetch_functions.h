/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __TEXTURE_FETCH_FUNCTIONS_H__
#define __TEXTURE_FETCH_FUNCTIONS_H__

#include "host_defines.h"
#include "texture_types.h"
#include "surface_types.h"

#if defined(__cplusplus)
/* Texture object fetches (the texture reference API was removed in CUDA 12). */
template<class T> __device__ T tex1Dfetch(cudaTextureObject_t texObject, int x);
template<class T> __device__ void tex1Dfetch(T *ptr, cudaTextureObject_t texObject, int x);
template<class T> __device__ T tex1D(cudaTextureObject_t texObject, float x);
template<class T> __device__ void tex1D(T *ptr, cudaTextureObject_t texObject, float x);
template<class T> __device__ T tex2D(cudaTextureObject_t texObject, float x, float y);
template<class T> __device__ void tex2D(T *ptr, cudaTextureObject_t texObject, float x, float y);
template<class T> __device__ T tex3D(cudaTextureObject_t texObject, float x, float y, float z);
template<class T> __device__ void tex3D(T *ptr, cudaTextureObject_t texObject, float x, float y, float z);
template<class T> __device__ T tex1DLayered(cudaTextureObject_t texObject, float x, int layer);
template<class T> __device__ T tex2DLayered(cudaTextureObject_t texObject, float x, float y, int layer);
template<class T> __device__ T texCubemap(cudaTextureObject_t texObject, float x, float y, float z);
template<class T> __device__ T tex1DLod(cudaTextureObject_t texObject, float x, float level);
template<class T> __device__ T tex2DLod(cudaTextureObject_t texObject, float x, float y, float level);
template<class T> __device__ T tex3DLod(cudaTextureObject_t texObject, float x, float y, float z, float level);
template<class T> __device__ T tex1DGrad(cudaTextureObject_t texObject, float x, float dPdx, float dPdy);
template<class T> __device__ T tex2DGrad(cudaTextureObject_t texObject, float x, float y, float2 dPdx, float2 dPdy);
template<class T> __device__ T tex2Dgather(cudaTextureObject_t texObject, float x, float y, int comp = 0);

/* Surface object reads and writes. */
template<class T> __device__ T surf1Dread(cudaSurfaceObject_t surfObject, int x, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf1Dread(T *ptr, cudaSurfaceObject_t surfObject, int x, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ T surf2Dread(cudaSurfaceObject_t surfObject, int x, int y, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf2Dread(T *ptr, cudaSurfaceObject_t surfObject, int x, int y, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ T surf3Dread(cudaSurfaceObject_t surfObject, int x, int y, int z, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf3Dread(T *ptr, cudaSurfaceObject_t surfObject, int x, int y, int z, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf1Dwrite(T data, cudaSurfaceObject_t surfObject, int x, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf2Dwrite(T data, cudaSurfaceObject_t surfObject, int x, int y, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
template<class T> __device__ void surf3Dwrite(T data, cudaSurfaceObject_t surfObject, int x, int y, int z, enum cudaSurfaceBoundaryMode boundaryMode = cudaBoundaryModeTrap);
#endif /* __cplusplus */

#endif /* __TEXTURE_FETCH_FUNCTIONS_H__ */
