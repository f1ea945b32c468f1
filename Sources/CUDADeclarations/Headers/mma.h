/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#if !defined(__CUDA_MMA_H__)
#define __CUDA_MMA_H__

#if defined(__cplusplus)

#include "host_defines.h"
#include "cuda_fp16.h"
#include "cuda_bf16.h"

namespace nvcuda {
namespace wmma {

/* Fragment roles and layouts. */
struct matrix_a;
struct matrix_b;
struct accumulator;
struct row_major;
struct col_major;

enum layout_t {
    mem_row_major,
    mem_col_major
};

namespace experimental {
namespace precision {
struct u4;
struct s4;
struct b1;
}
enum bmmaBitOp { bmmaBitOpXOR = 1, bmmaBitOpAND = 2 };
enum bmmaAccumulateOp { bmmaAccumulateOpPOPC = 1 };
}

namespace precision {
struct tf32;
}

/* Element type stored in a fragment for a given element type parameter. */
template <typename __T> struct __storage { typedef __T __type; };
template <> struct __storage<precision::tf32> { typedef float __type; };
template <> struct __storage<experimental::precision::u4> { typedef int __type; };
template <> struct __storage<experimental::precision::s4> { typedef int __type; };
template <> struct __storage<experimental::precision::b1> { typedef int __type; };

/* A warp-wide tile of a matrix operand or accumulator. */
template <typename __Use, int __m, int __n, int __k, typename __T, typename __Layout = void>
class fragment {
public:
    typedef typename __storage<__T>::__type storage_element_type;
    typedef __T element_type;
    enum { num_elements = 8 };
    storage_element_type x[num_elements];
};

template <typename __Use, int __m, int __n, int __k, typename __T, typename __Layout>
__device__ void fill_fragment(fragment<__Use, __m, __n, __k, __T, __Layout> &__f, const typename __storage<__T>::__type &__v);

template <typename __Use, int __m, int __n, int __k, typename __T, typename __Layout, typename __U>
__device__ void load_matrix_sync(fragment<__Use, __m, __n, __k, __T, __Layout> &__a, const __U *__p, unsigned __ldm);

template <int __m, int __n, int __k, typename __T, typename __U>
__device__ void load_matrix_sync(fragment<accumulator, __m, __n, __k, __T, void> &__a, const __U *__p, unsigned __ldm, layout_t __layout);

template <int __m, int __n, int __k, typename __T, typename __U>
__device__ void store_matrix_sync(__U *__p, const fragment<accumulator, __m, __n, __k, __T, void> &__a, unsigned __ldm, layout_t __layout);

template <int __m, int __n, int __k, typename __Ta, typename __La, typename __Tb, typename __Lb, typename __Tc, typename __Td>
__device__ void mma_sync(fragment<accumulator, __m, __n, __k, __Td, void> &__d, const fragment<matrix_a, __m, __n, __k, __Ta, __La> &__a, const fragment<matrix_b, __m, __n, __k, __Tb, __Lb> &__b, const fragment<accumulator, __m, __n, __k, __Tc, void> &__c, bool __satf = false);

/* 1-bit matrix multiply-accumulate (m8n8k128): d = popc(op(a, b)) + c. */
template <typename __La, typename __Lb>
__device__ void bmma_sync(fragment<accumulator, 8, 8, 128, int, void> &__d, const fragment<matrix_a, 8, 8, 128, experimental::precision::b1, __La> &__a, const fragment<matrix_b, 8, 8, 128, experimental::precision::b1, __Lb> &__b, const fragment<accumulator, 8, 8, 128, int, void> &__c, experimental::bmmaBitOp __op = experimental::bmmaBitOpXOR, experimental::bmmaAccumulateOp __acc = experimental::bmmaAccumulateOpPOPC);

__device__ float __float_to_tf32(float __in);

} // namespace wmma
} // namespace nvcuda

#endif /* __cplusplus */

#endif /* __CUDA_MMA_H__ */
