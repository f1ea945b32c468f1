/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_REDUCE_H
#define _COOPERATIVE_GROUPS_REDUCE_H

#include <cooperative_groups.h>
#include <cooperative_groups/details/functional.h>

#if defined(__cplusplus)
namespace cooperative_groups {

/* Reduces val across the group with op; every thread receives the result. The bodies here only
   let clang accept calls with a lambda (a type without linkage needs a defined function). */
template <typename __TyGroup, typename __TyVal, typename __TyFn>
__device__ auto reduce(const __TyGroup &__group, __TyVal &&__val, __TyFn &&__op) -> decltype(__op(__val, __val)) {
    (void)__group;
    return __op(__val, __val);
}

/* CUDA 12: reduce_store_async reduces val across the group and stores the result in *dst (its
   cuda::atomic_ref form is not declared here); reduce_update_async combines the result with the
   value a cuda::atomic_ref refers to (declared for any destination). */
template <typename __TyGroup, typename __TyDst, typename __TyVal, typename __TyFn>
__device__ void reduce_store_async(const __TyGroup &__group, __TyDst *__dst, __TyVal &&__val, __TyFn &&__op) {
    (void)__group; (void)__dst; (void)__val; (void)__op;
}
template <typename __TyGroup, typename __TyAtomic, typename __TyVal, typename __TyFn>
__device__ void reduce_update_async(const __TyGroup &__group, __TyAtomic &__dst, __TyVal &&__val, __TyFn &&__op) {
    (void)__group; (void)__dst; (void)__val; (void)__op;
}

} // namespace cooperative_groups
#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_REDUCE_H */
