// Written by cu2hip: CUDA's cooperative-groups collectives (cooperative_groups/reduce.h and
// cooperative_groups/scan.h), which HIP's cooperative groups lack (HIP 5.2 to 6.x; AMD adds its
// own in later releases, under the names CUDA uses in namespace cooperative_groups: these live in
// cu2hip::cg, so the two never meet).
//
// The group is a thread_block_tile<N> (N a power of two, at most the wavefront: 32 or 64 lanes)
// or a coalesced_group (any size). Every thread of the group must call, as in CUDA. The values
// move with the group's own shfl/shfl_down/shfl_up, so a tile works the same on 64-wide
// wavefronts (a 32-wide tile is half of one) and on 32-wide ones. Integers, float and double move
// as they are; another type moves as 32-bit words of its bytes, which suits plain data (__half,
// float2, a struct of numbers), as CUDA's collectives require.
//
// reduce: every thread gets op over all the group's values, combined as a tree, so op must be
//   associative and commutative (as CUDA's reduce expects); every thread gets rank 0's result,
//   so all agree bit for bit.
// inclusive_scan: thread r gets op over the values of ranks 0..r, in rank order.
// exclusive_scan: thread r gets op over ranks 0..r-1; rank 0 gets a value-initialized result
//   (0 for arithmetic types).
// reduce_store_async (the pointer form): reduce, then rank 0 stores the result; it is visible
//   to the group after the group syncs.
// The scans without an operator add (plus).
#ifndef CU2HIP_COOPERATIVE_GROUPS_REDUCE_H
#define CU2HIP_COOPERATIVE_GROUPS_REDUCE_H

#include <hip/hip_runtime.h>
#include <hip/hip_cooperative_groups.h>

#include <type_traits>

namespace cu2hip {
namespace cg {

// CUDA's operators: less yields the smaller value, greater the larger.
template <typename T> struct plus {
    __host__ __device__ T operator()(const T& a, const T& b) const { return a + b; }
};
template <typename T> struct less {
    __host__ __device__ T operator()(const T& a, const T& b) const { return b < a ? b : a; }
};
template <typename T> struct greater {
    __host__ __device__ T operator()(const T& a, const T& b) const { return a < b ? b : a; }
};
template <typename T> struct bit_and {
    __host__ __device__ T operator()(const T& a, const T& b) const { return a & b; }
};
template <typename T> struct bit_or {
    __host__ __device__ T operator()(const T& a, const T& b) const { return a | b; }
};
template <typename T> struct bit_xor {
    __host__ __device__ T operator()(const T& a, const T& b) const { return a ^ b; }
};

namespace detail {

// The types HIP's group shuffles take as they are.
template <typename T>
struct shuffles_as_is
    : std::integral_constant<bool, (std::is_integral<T>::value || std::is_floating_point<T>::value) && sizeof(T) <= 8> {};

// The three moves: from the rank `delta` above, from the rank `delta` below, from rank `source`.
struct from_above {
    unsigned int delta;
    template <typename Group, typename W> __device__ W operator()(const Group& group, W word) const {
        return group.shfl_down(word, delta);
    }
};
struct from_below {
    unsigned int delta;
    template <typename Group, typename W> __device__ W operator()(const Group& group, W word) const {
        return group.shfl_up(word, delta);
    }
};
struct from_rank {
    int source;
    template <typename Group, typename W> __device__ W operator()(const Group& group, W word) const {
        return group.shfl(word, source);
    }
};

template <typename Group, typename T, typename Move>
__device__ T shuffle(const Group& group, const T& value, Move move, std::true_type) {
    return move(group, value);
}

template <typename Group, typename T, typename Move>
__device__ T shuffle(const Group& group, const T& value, Move move, std::false_type) {
    constexpr unsigned int count = (sizeof(T) + sizeof(int) - 1) / sizeof(int);
    int words[count] = {};
    __builtin_memcpy(words, &value, sizeof(T));
    for (unsigned int i = 0; i < count; ++i) words[i] = move(group, words[i]);
    T result = value;
    __builtin_memcpy(&result, words, sizeof(T));
    return result;
}

template <typename Group, typename T, typename Move>
__device__ T shuffle(const Group& group, const T& value, Move move) {
    return detail::shuffle(group, value, move, shuffles_as_is<T>());
}

}  // namespace detail

template <typename Group, typename T, typename Op>
__device__ auto reduce(const Group& group, T&& value, Op&& op) -> decltype(op(value, value)) {
    typedef typename std::decay<decltype(op(value, value))>::type Result;
    const unsigned int size = group.size();
    const unsigned int rank = group.thread_rank();
    Result total = value;
    // half: the largest power of two below size. Each step folds ranks [half, 2 * half) onto
    // [0, half) where they exist, so after the step with 1, rank 0 holds everything.
    unsigned int half = 1;
    while (half * 2 < size) half *= 2;
    for (; half > 0 && size > 1; half /= 2) {
        Result above = detail::shuffle(group, total, detail::from_above{half});
        if (rank < half && rank + half < size) total = op(total, above);
    }
    return detail::shuffle(group, total, detail::from_rank{0});
}

template <typename Group, typename T, typename Op>
__device__ auto inclusive_scan(const Group& group, T&& value, Op&& op) -> decltype(op(value, value)) {
    typedef typename std::decay<decltype(op(value, value))>::type Result;
    const unsigned int size = group.size();
    const unsigned int rank = group.thread_rank();
    Result prefix = value;
    // After the step with `step`, rank r holds op over ranks max(0, r - 2 * step + 1)..r.
    for (unsigned int step = 1; step < size; step *= 2) {
        Result below = detail::shuffle(group, prefix, detail::from_below{step});
        if (rank >= step) prefix = op(below, prefix);
    }
    return prefix;
}

template <typename Group, typename T>
__device__ typename std::decay<T>::type inclusive_scan(const Group& group, T&& value) {
    return ::cu2hip::cg::inclusive_scan(group, value, ::cu2hip::cg::plus<typename std::decay<T>::type>());
}

template <typename Group, typename T, typename Op>
__device__ auto exclusive_scan(const Group& group, T&& value, Op&& op) -> decltype(op(value, value)) {
    typedef typename std::decay<decltype(op(value, value))>::type Result;
    const Result inclusive = ::cu2hip::cg::inclusive_scan(group, value, op);
    const Result before = detail::shuffle(group, inclusive, detail::from_below{1});
    return group.thread_rank() == 0 ? Result() : before;
}

template <typename Group, typename T>
__device__ typename std::decay<T>::type exclusive_scan(const Group& group, T&& value) {
    return ::cu2hip::cg::exclusive_scan(group, value, ::cu2hip::cg::plus<typename std::decay<T>::type>());
}

template <typename Group, typename Destination, typename T, typename Op>
__device__ void reduce_store_async(const Group& group, Destination* destination, T&& value, Op&& op) {
    const auto total = ::cu2hip::cg::reduce(group, value, op);
    if (group.thread_rank() == 0) *destination = total;
}

}  // namespace cg
}  // namespace cu2hip

#endif  // CU2HIP_COOPERATIVE_GROUPS_REDUCE_H
