/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_REDUCE_H
#define _COOPERATIVE_GROUPS_REDUCE_H

#include <cooperative_groups.h>
#include <cooperative_groups/details/functional.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Reduces val across the group with op; every thread receives the result. */
template <typename __TyGroup, typename __TyVal, typename __TyFn>
__device__ auto reduce(const __TyGroup &__group, __TyVal &&__val, __TyFn &&__op) -> decltype(__op(__val, __val));

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_REDUCE_H */
