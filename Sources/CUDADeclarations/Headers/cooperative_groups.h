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
    __host__ __device__ thread_group(unsigned int type) : __type(type) {}
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
template <unsigned int MaxBlockSize = 1024> struct block_tile_memory {
    unsigned char reserved[16];
};
template <unsigned int MaxBlockSize> __device__ thread_block this_thread_block(block_tile_memory<MaxBlockSize> &scratch);

/* The active threads of a warp at the point of the call. */
class coalesced_group : public thread_group {
    friend __device__ coalesced_group coalesced_threads();
    __device__ coalesced_group(unsigned int mask);
public:
    __device__ void sync() const;
    __device__ unsigned long long size() const;
    __device__ unsigned long long num_threads() const;
    __device__ unsigned long long thread_rank() const;
    __device__ unsigned long long meta_group_rank() const;
    __device__ unsigned long long meta_group_size() const;
    template <typename T> __device__ T shfl(T var, unsigned int srcRank) const;
    template <typename T> __device__ T shfl_down(T var, unsigned int delta) const;
    template <typename T> __device__ T shfl_up(T var, unsigned int delta) const;
    __device__ int any(int predicate) const;
    __device__ int all(int predicate) const;
    __device__ unsigned int ballot(int predicate) const;
    template <typename T> __device__ unsigned int match_any(T val) const;
    template <typename T> __device__ unsigned int match_all(T val, int &pred) const;
};
__device__ coalesced_group coalesced_threads();

/* A statically sized partition of a block (Size is a power of two, at most 32). */
template <unsigned int Size, typename ParentT = void> class thread_block_tile;

template <unsigned int Size> class thread_block_tile<Size, void> : public thread_group {
protected:
    __host__ __device__ thread_block_tile() : thread_group(0) {}
public:
    static constexpr unsigned int numThreads = Size;
    __device__ void sync() const;
    __device__ unsigned long long thread_rank() const;
    __host__ __device__ static constexpr unsigned long long size() { return Size; }
    __host__ __device__ static constexpr unsigned long long num_threads() { return Size; }
    __device__ unsigned long long meta_group_rank() const;
    __device__ unsigned long long meta_group_size() const;
    template <typename T> __device__ T shfl(T var, int srcRank) const;
    template <typename T> __device__ T shfl_down(T var, unsigned int delta) const;
    template <typename T> __device__ T shfl_up(T var, unsigned int delta) const;
    template <typename T> __device__ T shfl_xor(T var, unsigned int laneMask) const;
    __device__ int any(int predicate) const;
    __device__ int all(int predicate) const;
    __device__ unsigned int ballot(int predicate) const;
    template <typename T> __device__ unsigned int match_any(T val) const;
    template <typename T> __device__ unsigned int match_all(T val, int &pred) const;
};

template <unsigned int Size, typename ParentT> class thread_block_tile : public thread_block_tile<Size, void> {
public:
    typedef ParentT parent_type;
};

/* Partitioning. */
template <unsigned int Size, typename ParentT> __device__ thread_block_tile<Size, ParentT> tiled_partition(const ParentT &parent);
__device__ thread_group tiled_partition(const thread_group &parent, unsigned int tilesz);
__device__ thread_group tiled_partition(const thread_block &parent, unsigned int tilesz);
__device__ coalesced_group tiled_partition(const coalesced_group &parent, unsigned int tilesz);
__device__ coalesced_group binary_partition(const coalesced_group &cgrp, bool pred);
template <unsigned int Size, typename ParentT> __device__ coalesced_group binary_partition(const thread_block_tile<Size, ParentT> &tgrp, bool pred);
template <typename Label> __device__ coalesced_group labeled_partition(const coalesced_group &cgrp, Label label);
template <typename Label, unsigned int Size, typename ParentT> __device__ coalesced_group labeled_partition(const thread_block_tile<Size, ParentT> &tgrp, Label label);

/* Free-function forms. */
template <class GroupT> __device__ void sync(GroupT const &g) { g.sync(); }
template <class GroupT> __device__ unsigned long long thread_rank(GroupT const &g) { return g.thread_rank(); }
template <class GroupT> __device__ unsigned long long group_size(GroupT const &g) { return g.num_threads(); }

} // namespace cooperative_groups

#endif /* __cplusplus */

#endif /* _COOPERATIVE_GROUPS_H_ */
