/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_
#define _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_

#include <host_defines.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Binary operators for reduce and the scans. */
template <typename Ty> struct plus { __device__ Ty operator()(const Ty &a, const Ty &b) const { return a + b; } };
template <typename Ty> struct less { __device__ Ty operator()(const Ty &a, const Ty &b) const { return b < a ? b : a; } };
template <typename Ty> struct greater { __device__ Ty operator()(const Ty &a, const Ty &b) const { return a < b ? b : a; } };
template <typename Ty> struct bit_and { __device__ Ty operator()(const Ty &a, const Ty &b) const { return a & b; } };
template <typename Ty> struct bit_or { __device__ Ty operator()(const Ty &a, const Ty &b) const { return a | b; } };
template <typename Ty> struct bit_xor { __device__ Ty operator()(const Ty &a, const Ty &b) const { return a ^ b; } };

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_DETAILS_FUNCTIONAL_H_ */
