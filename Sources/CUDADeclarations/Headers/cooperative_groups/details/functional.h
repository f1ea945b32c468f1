/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_
#define _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_

#include <host_defines.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Binary operators for reduce and the scans. */
template <typename __Ty> struct plus { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __a + __b; } };
template <typename __Ty> struct less { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __b < __a ? __b : __a; } };
template <typename __Ty> struct greater { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __a < __b ? __b : __a; } };
template <typename __Ty> struct bit_and { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __a & __b; } };
template <typename __Ty> struct bit_or { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __a | __b; } };
template <typename __Ty> struct bit_xor { __device__ __Ty operator()(const __Ty &__a, const __Ty &__b) const { return __a ^ __b; } };

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_ */
