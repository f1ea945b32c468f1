/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __VECTOR_FUNCTIONS_H__
#define __VECTOR_FUNCTIONS_H__

#include "host_defines.h"
#include "vector_types.h"

/* make_<type><n>(...) constructors for the built-in vector types. */
static __inline__ __host__ __device__ char1 make_char1(signed char __x) { char1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ char2 make_char2(signed char __x, signed char __y) { char2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ char3 make_char3(signed char __x, signed char __y, signed char __z) { char3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ char4 make_char4(signed char __x, signed char __y, signed char __z, signed char __w) { char4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ uchar1 make_uchar1(unsigned char __x) { uchar1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ uchar2 make_uchar2(unsigned char __x, unsigned char __y) { uchar2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ uchar3 make_uchar3(unsigned char __x, unsigned char __y, unsigned char __z) { uchar3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ uchar4 make_uchar4(unsigned char __x, unsigned char __y, unsigned char __z, unsigned char __w) { uchar4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ short1 make_short1(short __x) { short1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ short2 make_short2(short __x, short __y) { short2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ short3 make_short3(short __x, short __y, short __z) { short3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ short4 make_short4(short __x, short __y, short __z, short __w) { short4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ ushort1 make_ushort1(unsigned short __x) { ushort1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ ushort2 make_ushort2(unsigned short __x, unsigned short __y) { ushort2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ ushort3 make_ushort3(unsigned short __x, unsigned short __y, unsigned short __z) { ushort3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ ushort4 make_ushort4(unsigned short __x, unsigned short __y, unsigned short __z, unsigned short __w) { ushort4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ int1 make_int1(int __x) { int1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ int2 make_int2(int __x, int __y) { int2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ int3 make_int3(int __x, int __y, int __z) { int3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ int4 make_int4(int __x, int __y, int __z, int __w) { int4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ uint1 make_uint1(unsigned int __x) { uint1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ uint2 make_uint2(unsigned int __x, unsigned int __y) { uint2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ uint3 make_uint3(unsigned int __x, unsigned int __y, unsigned int __z) { uint3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ uint4 make_uint4(unsigned int __x, unsigned int __y, unsigned int __z, unsigned int __w) { uint4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ long1 make_long1(long int __x) { long1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ long2 make_long2(long int __x, long int __y) { long2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ long3 make_long3(long int __x, long int __y, long int __z) { long3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ long4 make_long4(long int __x, long int __y, long int __z, long int __w) { long4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ ulong1 make_ulong1(unsigned long int __x) { ulong1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ ulong2 make_ulong2(unsigned long int __x, unsigned long int __y) { ulong2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ ulong3 make_ulong3(unsigned long int __x, unsigned long int __y, unsigned long int __z) { ulong3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ ulong4 make_ulong4(unsigned long int __x, unsigned long int __y, unsigned long int __z, unsigned long int __w) { ulong4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ longlong1 make_longlong1(long long int __x) { longlong1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ longlong2 make_longlong2(long long int __x, long long int __y) { longlong2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ longlong3 make_longlong3(long long int __x, long long int __y, long long int __z) { longlong3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ longlong4 make_longlong4(long long int __x, long long int __y, long long int __z, long long int __w) { longlong4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ ulonglong1 make_ulonglong1(unsigned long long int __x) { ulonglong1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ ulonglong2 make_ulonglong2(unsigned long long int __x, unsigned long long int __y) { ulonglong2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ ulonglong3 make_ulonglong3(unsigned long long int __x, unsigned long long int __y, unsigned long long int __z) { ulonglong3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ ulonglong4 make_ulonglong4(unsigned long long int __x, unsigned long long int __y, unsigned long long int __z, unsigned long long int __w) { ulonglong4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ float1 make_float1(float __x) { float1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ float2 make_float2(float __x, float __y) { float2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ float3 make_float3(float __x, float __y, float __z) { float3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ float4 make_float4(float __x, float __y, float __z, float __w) { float4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }
static __inline__ __host__ __device__ double1 make_double1(double __x) { double1 __t; __t.x = __x; return __t; }
static __inline__ __host__ __device__ double2 make_double2(double __x, double __y) { double2 __t; __t.x = __x; __t.y = __y; return __t; }
static __inline__ __host__ __device__ double3 make_double3(double __x, double __y, double __z) { double3 __t; __t.x = __x; __t.y = __y; __t.z = __z; return __t; }
static __inline__ __host__ __device__ double4 make_double4(double __x, double __y, double __z, double __w) { double4 __t; __t.x = __x; __t.y = __y; __t.z = __z; __t.w = __w; return __t; }

#endif /* __VECTOR_FUNCTIONS_H__ */
