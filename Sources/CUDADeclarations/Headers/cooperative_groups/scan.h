/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_SCAN_H
#define _COOPERATIVE_GROUPS_SCAN_H

#include <cooperative_groups.h>
#include <cooperative_groups/details/functional.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Prefix scans across the group. */
template <typename TyGroup, typename TyVal, typename TyFn>
__device__ auto inclusive_scan(const TyGroup &group, TyVal &&val, TyFn &&op) -> decltype(op(val, val));
template <typename TyGroup, typename TyVal>
__device__ TyVal inclusive_scan(const TyGroup &group, TyVal val);
template <typename TyGroup, typename TyVal, typename TyFn>
__device__ auto exclusive_scan(const TyGroup &group, TyVal &&val, TyFn &&op) -> decltype(op(val, val));
template <typename TyGroup, typename TyVal>
__device__ TyVal exclusive_scan(const TyGroup &group, TyVal val);

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_SCAN_H */
