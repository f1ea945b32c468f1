/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_SCAN_H
#define _COOPERATIVE_GROUPS_SCAN_H

#include <cooperative_groups.h>
#include <cooperative_groups/details/functional.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Prefix scans across the group. The bodies here only let clang accept calls with a lambda (a
   type without linkage needs a defined function). */
template <typename __TyGroup, typename __TyVal, typename __TyFn>
__device__ auto inclusive_scan(const __TyGroup &__group, __TyVal &&__val, __TyFn &&__op) -> decltype(__op(__val, __val)) {
    (void)__group;
    return __op(__val, __val);
}
template <typename __TyGroup, typename __TyVal>
__device__ __TyVal inclusive_scan(const __TyGroup &__group, __TyVal __val);
template <typename __TyGroup, typename __TyVal, typename __TyFn>
__device__ auto exclusive_scan(const __TyGroup &__group, __TyVal &&__val, __TyFn &&__op) -> decltype(__op(__val, __val)) {
    (void)__group;
    return __op(__val, __val);
}
template <typename __TyGroup, typename __TyVal>
__device__ __TyVal exclusive_scan(const __TyGroup &__group, __TyVal __val);

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_SCAN_H */
