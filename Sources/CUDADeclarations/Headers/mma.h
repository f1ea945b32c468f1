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
template <typename T> struct __storage { typedef T type; };
template <> struct __storage<precision::tf32> { typedef float type; };
template <> struct __storage<experimental::precision::u4> { typedef int type; };
template <> struct __storage<experimental::precision::s4> { typedef int type; };
template <> struct __storage<experimental::precision::b1> { typedef int type; };

/* A warp-wide tile of a matrix operand or accumulator. */
template <typename Use, int m, int n, int k, typename T, typename Layout = void>
class fragment {
public:
    typedef typename __storage<T>::type storage_element_type;
    typedef T element_type;
    enum { num_elements = 8 };
    storage_element_type x[num_elements];
};

template <typename Use, int m, int n, int k, typename T, typename Layout>
__device__ void fill_fragment(fragment<Use, m, n, k, T, Layout> &f, const typename __storage<T>::type &v);

template <typename Use, int m, int n, int k, typename T, typename Layout, typename U>
__device__ void load_matrix_sync(fragment<Use, m, n, k, T, Layout> &a, const U *p, unsigned ldm);

template <int m, int n, int k, typename T, typename U>
__device__ void load_matrix_sync(fragment<accumulator, m, n, k, T, void> &a, const U *p, unsigned ldm, layout_t layout);

template <int m, int n, int k, typename T, typename U>
__device__ void store_matrix_sync(U *p, const fragment<accumulator, m, n, k, T, void> &a, unsigned ldm, layout_t layout);

template <int m, int n, int k, typename Ta, typename La, typename Tb, typename Lb, typename Tc, typename Td>
__device__ void mma_sync(fragment<accumulator, m, n, k, Td, void> &d, const fragment<matrix_a, m, n, k, Ta, La> &a, const fragment<matrix_b, m, n, k, Tb, Lb> &b, const fragment<accumulator, m, n, k, Tc, void> &c, bool satf = false);

__device__ float __float_to_tf32(float in);

} // namespace wmma
} // namespace nvcuda

#endif /* __cplusplus */

#endif /* __CUDA_MMA_H__ */
