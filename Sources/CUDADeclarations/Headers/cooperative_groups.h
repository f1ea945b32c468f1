/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef _COOPERATIVE_GROUPS_H_
#define _COOPERATIVE_GROUPS_H_

#if defined(__cplusplus)

#include "host_defines.h"
#include "vector_types.h"
#include "device_launch_parameters.h"

namespace cooperative_groups {

/* Any group of threads. */
class thread_group {
protected:
    unsigned int __type;
    __host__ __device__ thread_group(unsigned int __group_type) : __type(__group_type) {}
public:
    __device__ void sync() const;
    __device__ unsigned long long size() const;
    __device__ unsigned long long num_threads() const;
    __device__ unsigned long long thread_rank() const;
    __device__ bool is_valid() const;
    __device__ unsigned int get_type() const;
};

/* All threads of a grid (cooperative launch). */
class grid_group {
public:
    __device__ void sync() const;
    __device__ unsigned long long size() const;
    __device__ unsigned long long num_threads() const;
    __device__ unsigned long long thread_rank() const;
    __device__ bool is_valid() const;
    __device__ dim3 group_dim() const;
    __device__ dim3 dim_blocks() const;
    __device__ dim3 block_index() const;
    __device__ unsigned long long num_blocks() const;
    __device__ unsigned long long block_rank() const;
};
__device__ grid_group this_grid();

/* All threads of all grids of a multi-device launch. */
class multi_grid_group {
public:
    __device__ void sync() const;
    __device__ unsigned long long size() const;
    __device__ unsigned long long num_threads() const;
    __device__ unsigned long long thread_rank() const;
    __device__ bool is_valid() const;
    __device__ unsigned int grid_rank() const;
    __device__ unsigned int num_grids() const;
};
__device__ multi_grid_group this_multi_grid();

/* The threads of a block. */
class thread_block : public thread_group {
    friend __device__ thread_block this_thread_block();

    __device__ thread_block();
public:
    __device__ static void sync();
    __device__ static unsigned int thread_rank();
    __device__ static unsigned int size();
    __device__ static unsigned int num_threads();
    __device__ static dim3 group_index();
    __device__ static dim3 thread_index();
    __device__ static dim3 group_dim();
    __device__ static dim3 dim_threads();
};
__device__ thread_block this_thread_block();

/* Shared memory that lets tiles larger than a warp be partitioned (CUDA 11.1+). */
template <unsigned int __MaxBlockSize = 1024> struct block_tile_memory {
    unsigned char __reserved[16];
};
template <unsigned int __MaxBlockSize> __device__ thread_block this_thread_block(block_tile_memory<__MaxBlockSize> &__scratch);

/* The active threads of a warp at the point of the call. */
class coalesced_group : public thread_group {
    friend __device__ coalesced_group coalesced_threads();
    __device__ coalesced_group(unsigned int __mask);
public:
    __device__ void sync() const;
    __device__ unsigned long long size() const;
    __device__ unsigned long long num_threads() const;
    __device__ unsigned long long thread_rank() const;
    __device__ unsigned long long meta_group_rank() const;
    __device__ unsigned long long meta_group_size() const;
    template <typename __T> __device__ __T shfl(__T __var, unsigned int __srcRank) const;
    template <typename __T> __device__ __T shfl_down(__T __var, unsigned int __delta) const;
    template <typename __T> __device__ __T shfl_up(__T __var, unsigned int __delta) const;
    __device__ int any(int __predicate) const;
    __device__ int all(int __predicate) const;
    __device__ unsigned int ballot(int __predicate) const;
    template <typename __T> __device__ unsigned int match_any(__T __val) const;
    template <typename __T> __device__ unsigned int match_all(__T __val, int &__pred) const;
};
__device__ coalesced_group coalesced_threads();

/* A statically sized partition of a block (Size is a power of two, at most 32). */
template <unsigned int __Size, typename __ParentT = void> class thread_block_tile;

template <unsigned int __Size> class thread_block_tile<__Size, void> : public thread_group {
protected:
    __host__ __device__ thread_block_tile() : thread_group(0) {}
public:
    static constexpr unsigned int numThreads = __Size;
    __device__ void sync() const;
    __device__ unsigned long long thread_rank() const;
    __host__ __device__ static constexpr unsigned long long size() { return __Size; }
    __host__ __device__ static constexpr unsigned long long num_threads() { return __Size; }
    __device__ unsigned long long meta_group_rank() const;
    __device__ unsigned long long meta_group_size() const;
    template <typename __T> __device__ __T shfl(__T __var, int __srcRank) const;
    template <typename __T> __device__ __T shfl_down(__T __var, unsigned int __delta) const;
    template <typename __T> __device__ __T shfl_up(__T __var, unsigned int __delta) const;
    template <typename __T> __device__ __T shfl_xor(__T __var, unsigned int __laneMask) const;
    __device__ int any(int __predicate) const;
    __device__ int all(int __predicate) const;
    __device__ unsigned int ballot(int __predicate) const;
    template <typename __T> __device__ unsigned int match_any(__T __val) const;
    template <typename __T> __device__ unsigned int match_all(__T __val, int &__pred) const;
};

template <unsigned int __Size, typename __ParentT> class thread_block_tile : public thread_block_tile<__Size, void> {
public:
    typedef __ParentT parent_type;
};

/* Partitioning. */
template <unsigned int __Size, typename __ParentT> __device__ thread_block_tile<__Size, __ParentT> tiled_partition(const __ParentT &__parent);
__device__ thread_group tiled_partition(const thread_group &__parent, unsigned int __tilesz);
__device__ thread_group tiled_partition(const thread_block &__parent, unsigned int __tilesz);
__device__ coalesced_group tiled_partition(const coalesced_group &__parent, unsigned int __tilesz);
__device__ coalesced_group binary_partition(const coalesced_group &__cgrp, bool __pred);
template <unsigned int __Size, typename __ParentT> __device__ coalesced_group binary_partition(const thread_block_tile<__Size, __ParentT> &__tgrp, bool __pred);
template <typename __Label> __device__ coalesced_group labeled_partition(const coalesced_group &__cgrp, __Label __label);
template <typename __Label, unsigned int __Size, typename __ParentT> __device__ coalesced_group labeled_partition(const thread_block_tile<__Size, __ParentT> &__tgrp, __Label __label);

/* Free-function forms. */
template <class __GroupT> __device__ void sync(__GroupT const &__g) { __g.sync(); }
template <class __GroupT> __device__ unsigned long long thread_rank(__GroupT const &__g) { return __g.thread_rank(); }
template <class __GroupT> __device__ unsigned long long group_size(__GroupT const &__g) { return __g.num_threads(); }

} // namespace cooperative_groups

#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_H_ */
