/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

/* CUB: the parts of the collective primitives cu2hip's users reach for most. */
#include <cub/config.cuh>
#include <cub/version.cuh>
#include <cub/util_type.cuh>
#include <cub/thread/thread_operators.cuh>
#include <cub/warp/warp_reduce.cuh>
#include <cub/block/block_reduce.cuh>
#include <cub/device/device_reduce.cuh>
