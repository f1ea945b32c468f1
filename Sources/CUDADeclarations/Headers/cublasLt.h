/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

/* cuBLASLt (CUDA 12.4): handle, matmul/layout/preference/transform descriptors and their
   attributes, heuristics, epilogues, algorithm configuration, logging. The tile, stage,
   cluster-shape and inner-shape enumerators are numbered here in size order, not with
   cuBLASLt's values. The opaque structs' storage is spelled __data: programs never name it, and
   `data` is a common user macro. */

#include "cublas_api.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CUBLASLT_NUMERICAL_IMPL_FLAGS_FMA (0x01ull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_HMMA (0x02ull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_IMMA (0x04ull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_DMMA (0x08ull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_TENSOR_OP_MASK (0xfeull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_OP_TYPE_MASK (0xffull << 0)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_16F (0x01ull << 8)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_32F (0x02ull << 8)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_64F (0x04ull << 8)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_32I (0x08ull << 8)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_TYPE_MASK (0xffull << 8)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_16F (0x01ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_16BF (0x02ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_TF32 (0x04ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_32F (0x08ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_64F (0x10ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_8I (0x20ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_8F_E4M3 (0x40ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_INPUT_8F_E5M2 (0x80ull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_OP_INPUT_TYPE_MASK (0xffull << 16)
#define CUBLASLT_NUMERICAL_IMPL_FLAGS_GAUSSIAN (0x01ull << 32)

#if defined(__cplusplus)
extern "C" {
#endif

struct cublasLtContext;
typedef struct cublasLtContext *cublasLtHandle_t;

typedef uint64_t cublasLtNumericalImplFlags_t;

typedef struct {
    uint64_t __data[8];
} cublasLtMatrixLayoutOpaque_t;
typedef cublasLtMatrixLayoutOpaque_t *cublasLtMatrixLayout_t;
typedef cublasLtMatrixLayoutOpaque_t cublasLtMatrixLayoutStruct;

typedef struct {
    uint64_t __data[8];
} cublasLtMatmulAlgo_t;

typedef struct {
    uint64_t __data[23];
} cublasLtMatmulDescOpaque_t;
typedef cublasLtMatmulDescOpaque_t *cublasLtMatmulDesc_t;

typedef struct {
    uint64_t __data[8];
} cublasLtMatrixTransformDescOpaque_t;
typedef cublasLtMatrixTransformDescOpaque_t *cublasLtMatrixTransformDesc_t;

typedef struct {
    uint64_t __data[8];
} cublasLtMatmulPreferenceOpaque_t;
typedef cublasLtMatmulPreferenceOpaque_t *cublasLtMatmulPreference_t;

typedef enum {
    CUBLASLT_MATMUL_TILE_UNDEFINED = 0,
    CUBLASLT_MATMUL_TILE_8x8 = 1,
    CUBLASLT_MATMUL_TILE_8x16 = 2,
    CUBLASLT_MATMUL_TILE_8x32 = 3,
    CUBLASLT_MATMUL_TILE_8x64 = 4,
    CUBLASLT_MATMUL_TILE_8x128 = 5,
    CUBLASLT_MATMUL_TILE_8x192 = 6,
    CUBLASLT_MATMUL_TILE_8x256 = 7,
    CUBLASLT_MATMUL_TILE_8x320 = 8,
    CUBLASLT_MATMUL_TILE_8x384 = 9,
    CUBLASLT_MATMUL_TILE_8x448 = 10,
    CUBLASLT_MATMUL_TILE_8x512 = 11,
    CUBLASLT_MATMUL_TILE_8x576 = 12,
    CUBLASLT_MATMUL_TILE_8x640 = 13,
    CUBLASLT_MATMUL_TILE_8x704 = 14,
    CUBLASLT_MATMUL_TILE_8x768 = 15,
    CUBLASLT_MATMUL_TILE_16x8 = 16,
    CUBLASLT_MATMUL_TILE_16x16 = 17,
    CUBLASLT_MATMUL_TILE_16x32 = 18,
    CUBLASLT_MATMUL_TILE_16x64 = 19,
    CUBLASLT_MATMUL_TILE_16x128 = 20,
    CUBLASLT_MATMUL_TILE_16x192 = 21,
    CUBLASLT_MATMUL_TILE_16x256 = 22,
    CUBLASLT_MATMUL_TILE_16x320 = 23,
    CUBLASLT_MATMUL_TILE_16x384 = 24,
    CUBLASLT_MATMUL_TILE_16x448 = 25,
    CUBLASLT_MATMUL_TILE_16x512 = 26,
    CUBLASLT_MATMUL_TILE_16x576 = 27,
    CUBLASLT_MATMUL_TILE_16x640 = 28,
    CUBLASLT_MATMUL_TILE_16x704 = 29,
    CUBLASLT_MATMUL_TILE_16x768 = 30,
    CUBLASLT_MATMUL_TILE_24x64 = 31,
    CUBLASLT_MATMUL_TILE_24x128 = 32,
    CUBLASLT_MATMUL_TILE_24x192 = 33,
    CUBLASLT_MATMUL_TILE_24x256 = 34,
    CUBLASLT_MATMUL_TILE_24x320 = 35,
    CUBLASLT_MATMUL_TILE_24x384 = 36,
    CUBLASLT_MATMUL_TILE_24x448 = 37,
    CUBLASLT_MATMUL_TILE_24x512 = 38,
    CUBLASLT_MATMUL_TILE_24x576 = 39,
    CUBLASLT_MATMUL_TILE_24x640 = 40,
    CUBLASLT_MATMUL_TILE_24x704 = 41,
    CUBLASLT_MATMUL_TILE_24x768 = 42,
    CUBLASLT_MATMUL_TILE_32x8 = 43,
    CUBLASLT_MATMUL_TILE_32x16 = 44,
    CUBLASLT_MATMUL_TILE_32x32 = 45,
    CUBLASLT_MATMUL_TILE_32x64 = 46,
    CUBLASLT_MATMUL_TILE_32x128 = 47,
    CUBLASLT_MATMUL_TILE_32x192 = 48,
    CUBLASLT_MATMUL_TILE_32x256 = 49,
    CUBLASLT_MATMUL_TILE_32x320 = 50,
    CUBLASLT_MATMUL_TILE_32x384 = 51,
    CUBLASLT_MATMUL_TILE_32x448 = 52,
    CUBLASLT_MATMUL_TILE_32x512 = 53,
    CUBLASLT_MATMUL_TILE_32x576 = 54,
    CUBLASLT_MATMUL_TILE_32x640 = 55,
    CUBLASLT_MATMUL_TILE_32x704 = 56,
    CUBLASLT_MATMUL_TILE_32x768 = 57,
    CUBLASLT_MATMUL_TILE_40x64 = 58,
    CUBLASLT_MATMUL_TILE_40x128 = 59,
    CUBLASLT_MATMUL_TILE_40x192 = 60,
    CUBLASLT_MATMUL_TILE_40x256 = 61,
    CUBLASLT_MATMUL_TILE_40x320 = 62,
    CUBLASLT_MATMUL_TILE_40x384 = 63,
    CUBLASLT_MATMUL_TILE_40x448 = 64,
    CUBLASLT_MATMUL_TILE_40x512 = 65,
    CUBLASLT_MATMUL_TILE_40x576 = 66,
    CUBLASLT_MATMUL_TILE_40x640 = 67,
    CUBLASLT_MATMUL_TILE_40x704 = 68,
    CUBLASLT_MATMUL_TILE_40x768 = 69,
    CUBLASLT_MATMUL_TILE_48x64 = 70,
    CUBLASLT_MATMUL_TILE_48x128 = 71,
    CUBLASLT_MATMUL_TILE_48x192 = 72,
    CUBLASLT_MATMUL_TILE_48x256 = 73,
    CUBLASLT_MATMUL_TILE_48x320 = 74,
    CUBLASLT_MATMUL_TILE_48x384 = 75,
    CUBLASLT_MATMUL_TILE_48x448 = 76,
    CUBLASLT_MATMUL_TILE_48x512 = 77,
    CUBLASLT_MATMUL_TILE_48x576 = 78,
    CUBLASLT_MATMUL_TILE_48x640 = 79,
    CUBLASLT_MATMUL_TILE_48x704 = 80,
    CUBLASLT_MATMUL_TILE_48x768 = 81,
    CUBLASLT_MATMUL_TILE_56x128 = 82,
    CUBLASLT_MATMUL_TILE_56x192 = 83,
    CUBLASLT_MATMUL_TILE_56x256 = 84,
    CUBLASLT_MATMUL_TILE_56x320 = 85,
    CUBLASLT_MATMUL_TILE_56x384 = 86,
    CUBLASLT_MATMUL_TILE_56x448 = 87,
    CUBLASLT_MATMUL_TILE_56x512 = 88,
    CUBLASLT_MATMUL_TILE_56x576 = 89,
    CUBLASLT_MATMUL_TILE_56x640 = 90,
    CUBLASLT_MATMUL_TILE_56x704 = 91,
    CUBLASLT_MATMUL_TILE_56x768 = 92,
    CUBLASLT_MATMUL_TILE_64x8 = 93,
    CUBLASLT_MATMUL_TILE_64x32 = 94,
    CUBLASLT_MATMUL_TILE_64x64 = 95,
    CUBLASLT_MATMUL_TILE_64x96 = 96,
    CUBLASLT_MATMUL_TILE_64x128 = 97,
    CUBLASLT_MATMUL_TILE_64x192 = 98,
    CUBLASLT_MATMUL_TILE_64x256 = 99,
    CUBLASLT_MATMUL_TILE_64x320 = 100,
    CUBLASLT_MATMUL_TILE_64x384 = 101,
    CUBLASLT_MATMUL_TILE_64x448 = 102,
    CUBLASLT_MATMUL_TILE_64x512 = 103,
    CUBLASLT_MATMUL_TILE_64x576 = 104,
    CUBLASLT_MATMUL_TILE_64x640 = 105,
    CUBLASLT_MATMUL_TILE_64x704 = 106,
    CUBLASLT_MATMUL_TILE_64x768 = 107,
    CUBLASLT_MATMUL_TILE_72x64 = 108,
    CUBLASLT_MATMUL_TILE_72x128 = 109,
    CUBLASLT_MATMUL_TILE_72x192 = 110,
    CUBLASLT_MATMUL_TILE_72x256 = 111,
    CUBLASLT_MATMUL_TILE_72x320 = 112,
    CUBLASLT_MATMUL_TILE_72x384 = 113,
    CUBLASLT_MATMUL_TILE_72x448 = 114,
    CUBLASLT_MATMUL_TILE_72x512 = 115,
    CUBLASLT_MATMUL_TILE_72x576 = 116,
    CUBLASLT_MATMUL_TILE_72x640 = 117,
    CUBLASLT_MATMUL_TILE_80x64 = 118,
    CUBLASLT_MATMUL_TILE_80x128 = 119,
    CUBLASLT_MATMUL_TILE_80x192 = 120,
    CUBLASLT_MATMUL_TILE_80x256 = 121,
    CUBLASLT_MATMUL_TILE_80x320 = 122,
    CUBLASLT_MATMUL_TILE_80x384 = 123,
    CUBLASLT_MATMUL_TILE_80x448 = 124,
    CUBLASLT_MATMUL_TILE_80x512 = 125,
    CUBLASLT_MATMUL_TILE_80x576 = 126,
    CUBLASLT_MATMUL_TILE_88x64 = 127,
    CUBLASLT_MATMUL_TILE_88x128 = 128,
    CUBLASLT_MATMUL_TILE_88x192 = 129,
    CUBLASLT_MATMUL_TILE_88x256 = 130,
    CUBLASLT_MATMUL_TILE_88x320 = 131,
    CUBLASLT_MATMUL_TILE_88x384 = 132,
    CUBLASLT_MATMUL_TILE_88x448 = 133,
    CUBLASLT_MATMUL_TILE_88x512 = 134,
    CUBLASLT_MATMUL_TILE_96x64 = 135,
    CUBLASLT_MATMUL_TILE_96x128 = 136,
    CUBLASLT_MATMUL_TILE_96x192 = 137,
    CUBLASLT_MATMUL_TILE_96x256 = 138,
    CUBLASLT_MATMUL_TILE_96x320 = 139,
    CUBLASLT_MATMUL_TILE_96x384 = 140,
    CUBLASLT_MATMUL_TILE_96x448 = 141,
    CUBLASLT_MATMUL_TILE_96x512 = 142,
    CUBLASLT_MATMUL_TILE_104x64 = 143,
    CUBLASLT_MATMUL_TILE_104x128 = 144,
    CUBLASLT_MATMUL_TILE_104x192 = 145,
    CUBLASLT_MATMUL_TILE_104x256 = 146,
    CUBLASLT_MATMUL_TILE_104x320 = 147,
    CUBLASLT_MATMUL_TILE_104x384 = 148,
    CUBLASLT_MATMUL_TILE_104x448 = 149,
    CUBLASLT_MATMUL_TILE_112x64 = 150,
    CUBLASLT_MATMUL_TILE_112x128 = 151,
    CUBLASLT_MATMUL_TILE_112x192 = 152,
    CUBLASLT_MATMUL_TILE_112x256 = 153,
    CUBLASLT_MATMUL_TILE_112x320 = 154,
    CUBLASLT_MATMUL_TILE_112x384 = 155,
    CUBLASLT_MATMUL_TILE_120x64 = 156,
    CUBLASLT_MATMUL_TILE_120x128 = 157,
    CUBLASLT_MATMUL_TILE_120x192 = 158,
    CUBLASLT_MATMUL_TILE_120x256 = 159,
    CUBLASLT_MATMUL_TILE_120x320 = 160,
    CUBLASLT_MATMUL_TILE_120x384 = 161,
    CUBLASLT_MATMUL_TILE_128x32 = 162,
    CUBLASLT_MATMUL_TILE_128x64 = 163,
    CUBLASLT_MATMUL_TILE_128x96 = 164,
    CUBLASLT_MATMUL_TILE_128x128 = 165,
    CUBLASLT_MATMUL_TILE_128x160 = 166,
    CUBLASLT_MATMUL_TILE_128x192 = 167,
    CUBLASLT_MATMUL_TILE_128x256 = 168,
    CUBLASLT_MATMUL_TILE_128x320 = 169,
    CUBLASLT_MATMUL_TILE_128x384 = 170,
    CUBLASLT_MATMUL_TILE_136x64 = 171,
    CUBLASLT_MATMUL_TILE_136x128 = 172,
    CUBLASLT_MATMUL_TILE_136x192 = 173,
    CUBLASLT_MATMUL_TILE_136x256 = 174,
    CUBLASLT_MATMUL_TILE_136x320 = 175,
    CUBLASLT_MATMUL_TILE_160x128 = 176,
    CUBLASLT_MATMUL_TILE_192x128 = 177,
    CUBLASLT_MATMUL_TILE_256x32 = 178,
    CUBLASLT_MATMUL_TILE_256x64 = 179,
    CUBLASLT_MATMUL_TILE_256x128 = 180,
    CUBLASLT_MATMUL_TILE_512x64 = 181,
    CUBLASLT_MATMUL_TILE_END = 182
} cublasLtMatmulTile_t;

typedef enum {
    CUBLASLT_MATMUL_STAGES_UNDEFINED = 0,
    CUBLASLT_MATMUL_STAGES_8x3 = 1,
    CUBLASLT_MATMUL_STAGES_8x4 = 2,
    CUBLASLT_MATMUL_STAGES_8x5 = 3,
    CUBLASLT_MATMUL_STAGES_8xAUTO = 4,
    CUBLASLT_MATMUL_STAGES_16x1 = 5,
    CUBLASLT_MATMUL_STAGES_16x2 = 6,
    CUBLASLT_MATMUL_STAGES_16x3 = 7,
    CUBLASLT_MATMUL_STAGES_16x4 = 8,
    CUBLASLT_MATMUL_STAGES_16x5 = 9,
    CUBLASLT_MATMUL_STAGES_16x6 = 10,
    CUBLASLT_MATMUL_STAGES_16x10 = 11,
    CUBLASLT_MATMUL_STAGES_16xAUTO = 12,
    CUBLASLT_MATMUL_STAGES_32x1 = 13,
    CUBLASLT_MATMUL_STAGES_32x2 = 14,
    CUBLASLT_MATMUL_STAGES_32x3 = 15,
    CUBLASLT_MATMUL_STAGES_32x4 = 16,
    CUBLASLT_MATMUL_STAGES_32x5 = 17,
    CUBLASLT_MATMUL_STAGES_32x6 = 18,
    CUBLASLT_MATMUL_STAGES_32x10 = 19,
    CUBLASLT_MATMUL_STAGES_32xAUTO = 20,
    CUBLASLT_MATMUL_STAGES_64x1 = 21,
    CUBLASLT_MATMUL_STAGES_64x2 = 22,
    CUBLASLT_MATMUL_STAGES_64x3 = 23,
    CUBLASLT_MATMUL_STAGES_64x4 = 24,
    CUBLASLT_MATMUL_STAGES_64x5 = 25,
    CUBLASLT_MATMUL_STAGES_64x6 = 26,
    CUBLASLT_MATMUL_STAGES_64xAUTO = 27,
    CUBLASLT_MATMUL_STAGES_128x1 = 28,
    CUBLASLT_MATMUL_STAGES_128x2 = 29,
    CUBLASLT_MATMUL_STAGES_128x3 = 30,
    CUBLASLT_MATMUL_STAGES_128x4 = 31,
    CUBLASLT_MATMUL_STAGES_128x5 = 32,
    CUBLASLT_MATMUL_STAGES_128x6 = 33,
    CUBLASLT_MATMUL_STAGES_128xAUTO = 34,
    CUBLASLT_MATMUL_STAGES_END = 35
} cublasLtMatmulStages_t;

typedef enum {
    CUBLASLT_CLUSTER_SHAPE_AUTO = 0,
    CUBLASLT_CLUSTER_SHAPE_1x1x1 = 1,
    CUBLASLT_CLUSTER_SHAPE_1x2x1 = 2,
    CUBLASLT_CLUSTER_SHAPE_1x3x1 = 3,
    CUBLASLT_CLUSTER_SHAPE_1x4x1 = 4,
    CUBLASLT_CLUSTER_SHAPE_1x5x1 = 5,
    CUBLASLT_CLUSTER_SHAPE_1x6x1 = 6,
    CUBLASLT_CLUSTER_SHAPE_1x7x1 = 7,
    CUBLASLT_CLUSTER_SHAPE_1x8x1 = 8,
    CUBLASLT_CLUSTER_SHAPE_1x9x1 = 9,
    CUBLASLT_CLUSTER_SHAPE_1x10x1 = 10,
    CUBLASLT_CLUSTER_SHAPE_1x11x1 = 11,
    CUBLASLT_CLUSTER_SHAPE_1x12x1 = 12,
    CUBLASLT_CLUSTER_SHAPE_1x13x1 = 13,
    CUBLASLT_CLUSTER_SHAPE_1x14x1 = 14,
    CUBLASLT_CLUSTER_SHAPE_1x15x1 = 15,
    CUBLASLT_CLUSTER_SHAPE_1x16x1 = 16,
    CUBLASLT_CLUSTER_SHAPE_2x1x1 = 17,
    CUBLASLT_CLUSTER_SHAPE_2x2x1 = 18,
    CUBLASLT_CLUSTER_SHAPE_2x3x1 = 19,
    CUBLASLT_CLUSTER_SHAPE_2x4x1 = 20,
    CUBLASLT_CLUSTER_SHAPE_2x5x1 = 21,
    CUBLASLT_CLUSTER_SHAPE_2x6x1 = 22,
    CUBLASLT_CLUSTER_SHAPE_2x7x1 = 23,
    CUBLASLT_CLUSTER_SHAPE_2x8x1 = 24,
    CUBLASLT_CLUSTER_SHAPE_3x1x1 = 25,
    CUBLASLT_CLUSTER_SHAPE_3x2x1 = 26,
    CUBLASLT_CLUSTER_SHAPE_3x3x1 = 27,
    CUBLASLT_CLUSTER_SHAPE_3x4x1 = 28,
    CUBLASLT_CLUSTER_SHAPE_3x5x1 = 29,
    CUBLASLT_CLUSTER_SHAPE_4x1x1 = 30,
    CUBLASLT_CLUSTER_SHAPE_4x2x1 = 31,
    CUBLASLT_CLUSTER_SHAPE_4x3x1 = 32,
    CUBLASLT_CLUSTER_SHAPE_4x4x1 = 33,
    CUBLASLT_CLUSTER_SHAPE_5x1x1 = 34,
    CUBLASLT_CLUSTER_SHAPE_5x2x1 = 35,
    CUBLASLT_CLUSTER_SHAPE_5x3x1 = 36,
    CUBLASLT_CLUSTER_SHAPE_6x1x1 = 37,
    CUBLASLT_CLUSTER_SHAPE_6x2x1 = 38,
    CUBLASLT_CLUSTER_SHAPE_7x1x1 = 39,
    CUBLASLT_CLUSTER_SHAPE_7x2x1 = 40,
    CUBLASLT_CLUSTER_SHAPE_8x1x1 = 41,
    CUBLASLT_CLUSTER_SHAPE_8x2x1 = 42,
    CUBLASLT_CLUSTER_SHAPE_9x1x1 = 43,
    CUBLASLT_CLUSTER_SHAPE_10x1x1 = 44,
    CUBLASLT_CLUSTER_SHAPE_11x1x1 = 45,
    CUBLASLT_CLUSTER_SHAPE_12x1x1 = 46,
    CUBLASLT_CLUSTER_SHAPE_13x1x1 = 47,
    CUBLASLT_CLUSTER_SHAPE_14x1x1 = 48,
    CUBLASLT_CLUSTER_SHAPE_15x1x1 = 49,
    CUBLASLT_CLUSTER_SHAPE_16x1x1 = 50,
    CUBLASLT_CLUSTER_SHAPE_END = 51
} cublasLtClusterShape_t;

typedef enum {
    CUBLASLT_MATMUL_INNER_SHAPE_UNDEFINED = 0,
    CUBLASLT_MATMUL_INNER_SHAPE_MMA884 = 1,
    CUBLASLT_MATMUL_INNER_SHAPE_MMA1684 = 2,
    CUBLASLT_MATMUL_INNER_SHAPE_MMA1688 = 3,
    CUBLASLT_MATMUL_INNER_SHAPE_MMA16816 = 4,
    CUBLASLT_MATMUL_INNER_SHAPE_END = 5
} cublasLtMatmulInnerShape_t;

typedef enum {
    CUBLASLT_POINTER_MODE_HOST = 0,
    CUBLASLT_POINTER_MODE_DEVICE = 1,
    CUBLASLT_POINTER_MODE_DEVICE_VECTOR = 2,
    CUBLASLT_POINTER_MODE_ALPHA_DEVICE_VECTOR_BETA_ZERO = 3,
    CUBLASLT_POINTER_MODE_ALPHA_DEVICE_VECTOR_BETA_HOST = 4
} cublasLtPointerMode_t;

typedef enum {
    CUBLASLT_POINTER_MODE_MASK_HOST = 1,
    CUBLASLT_POINTER_MODE_MASK_DEVICE = 2,
    CUBLASLT_POINTER_MODE_MASK_DEVICE_VECTOR = 4,
    CUBLASLT_POINTER_MODE_MASK_ALPHA_DEVICE_VECTOR_BETA_ZERO = 8,
    CUBLASLT_POINTER_MODE_MASK_ALPHA_DEVICE_VECTOR_BETA_HOST = 16
} cublasLtPointerModeMask_t;

typedef enum {
    CUBLASLT_ORDER_COL = 0,
    CUBLASLT_ORDER_ROW = 1,
    CUBLASLT_ORDER_COL32 = 2,
    CUBLASLT_ORDER_COL4_4R2_8C = 3,
    CUBLASLT_ORDER_COL32_2R_4R4 = 4
} cublasLtOrder_t;

typedef enum {
    CUBLASLT_MATRIX_LAYOUT_TYPE = 0,
    CUBLASLT_MATRIX_LAYOUT_ORDER = 1,
    CUBLASLT_MATRIX_LAYOUT_ROWS = 2,
    CUBLASLT_MATRIX_LAYOUT_COLS = 3,
    CUBLASLT_MATRIX_LAYOUT_LD = 4,
    CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT = 5,
    CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET = 6,
    CUBLASLT_MATRIX_LAYOUT_PLANE_OFFSET = 7
} cublasLtMatrixLayoutAttribute_t;

typedef enum {
    CUBLASLT_MATMUL_DESC_COMPUTE_TYPE = 0,
    CUBLASLT_MATMUL_DESC_SCALE_TYPE = 1,
    CUBLASLT_MATMUL_DESC_POINTER_MODE = 2,
    CUBLASLT_MATMUL_DESC_TRANSA = 3,
    CUBLASLT_MATMUL_DESC_TRANSB = 4,
    CUBLASLT_MATMUL_DESC_TRANSC = 5,
    CUBLASLT_MATMUL_DESC_FILL_MODE = 6,
    CUBLASLT_MATMUL_DESC_EPILOGUE = 7,
    CUBLASLT_MATMUL_DESC_BIAS_POINTER = 8,
    CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE = 10,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER = 11,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD = 12,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_BATCH_STRIDE = 13,
    CUBLASLT_MATMUL_DESC_ALPHA_VECTOR_BATCH_STRIDE = 14,
    CUBLASLT_MATMUL_DESC_SM_COUNT_TARGET = 15,
    CUBLASLT_MATMUL_DESC_A_SCALE_POINTER = 17,
    CUBLASLT_MATMUL_DESC_B_SCALE_POINTER = 18,
    CUBLASLT_MATMUL_DESC_C_SCALE_POINTER = 19,
    CUBLASLT_MATMUL_DESC_D_SCALE_POINTER = 20,
    CUBLASLT_MATMUL_DESC_AMAX_D_POINTER = 21,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_DATA_TYPE = 22,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_SCALE_POINTER = 23,
    CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_AMAX_POINTER = 24,
    CUBLASLT_MATMUL_DESC_FAST_ACCUM = 25,
    CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE = 26,
    CUBLASLT_MATMUL_DESC_ATOMIC_SYNC_NUM_CHUNKS_D_ROWS = 27,
    CUBLASLT_MATMUL_DESC_ATOMIC_SYNC_NUM_CHUNKS_D_COLS = 28,
    CUBLASLT_MATMUL_DESC_ATOMIC_SYNC_IN_COUNTERS_POINTER = 29,
    CUBLASLT_MATMUL_DESC_ATOMIC_SYNC_OUT_COUNTERS_POINTER = 30
} cublasLtMatmulDescAttributes_t;

typedef enum {
    CUBLASLT_MATRIX_TRANSFORM_DESC_SCALE_TYPE = 0,
    CUBLASLT_MATRIX_TRANSFORM_DESC_POINTER_MODE = 1,
    CUBLASLT_MATRIX_TRANSFORM_DESC_TRANSA = 2,
    CUBLASLT_MATRIX_TRANSFORM_DESC_TRANSB = 3
} cublasLtMatrixTransformDescAttributes_t;

typedef enum {
    CUBLASLT_REDUCTION_SCHEME_NONE = 0,
    CUBLASLT_REDUCTION_SCHEME_INPLACE = 1,
    CUBLASLT_REDUCTION_SCHEME_COMPUTE_TYPE = 2,
    CUBLASLT_REDUCTION_SCHEME_OUTPUT_TYPE = 4,
    CUBLASLT_REDUCTION_SCHEME_MASK = 7
} cublasLtReductionScheme_t;

typedef enum {
    CUBLASLT_EPILOGUE_DEFAULT = 1,
    CUBLASLT_EPILOGUE_RELU = 2,
    CUBLASLT_EPILOGUE_RELU_AUX = 130,
    CUBLASLT_EPILOGUE_BIAS = 4,
    CUBLASLT_EPILOGUE_RELU_BIAS = 6,
    CUBLASLT_EPILOGUE_RELU_AUX_BIAS = 134,
    CUBLASLT_EPILOGUE_DRELU = 136,
    CUBLASLT_EPILOGUE_DRELU_BGRAD = 152,
    CUBLASLT_EPILOGUE_GELU = 32,
    CUBLASLT_EPILOGUE_GELU_AUX = 160,
    CUBLASLT_EPILOGUE_GELU_BIAS = 36,
    CUBLASLT_EPILOGUE_GELU_AUX_BIAS = 164,
    CUBLASLT_EPILOGUE_DGELU = 192,
    CUBLASLT_EPILOGUE_DGELU_BGRAD = 208,
    CUBLASLT_EPILOGUE_BGRADA = 256,
    CUBLASLT_EPILOGUE_BGRADB = 512
} cublasLtEpilogue_t;

typedef enum {
    CUBLASLT_SEARCH_BEST_FIT = 0,
    CUBLASLT_SEARCH_LIMITED_BY_ALGO_ID = 1,
    CUBLASLT_SEARCH_RESERVED_02 = 2,
    CUBLASLT_SEARCH_RESERVED_03 = 3,
    CUBLASLT_SEARCH_RESERVED_04 = 4,
    CUBLASLT_SEARCH_RESERVED_05 = 5
} cublasLtMatmulSearch_t;

typedef enum {
    CUBLASLT_MATMUL_PREF_SEARCH_MODE = 0,
    CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES = 1,
    CUBLASLT_MATMUL_PREF_REDUCTION_SCHEME_MASK = 3,
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES = 5,
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES = 6,
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES = 7,
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES = 8,
    CUBLASLT_MATMUL_PREF_MAX_WAVES_COUNT = 9,
    CUBLASLT_MATMUL_PREF_IMPL_MASK = 12
} cublasLtMatmulPreferenceAttributes_t;

typedef struct {
    cublasLtMatmulAlgo_t algo;
    size_t workspaceSize;
    cublasStatus_t state;
    float wavesCount;
    int reserved[4];
} cublasLtMatmulHeuristicResult_t;

typedef enum {
    CUBLASLT_ALGO_CAP_SPLITK_SUPPORT = 0,
    CUBLASLT_ALGO_CAP_REDUCTION_SCHEME_MASK = 1,
    CUBLASLT_ALGO_CAP_CTA_SWIZZLING_SUPPORT = 2,
    CUBLASLT_ALGO_CAP_STRIDED_BATCH_SUPPORT = 3,
    CUBLASLT_ALGO_CAP_OUT_OF_PLACE_RESULT_SUPPORT = 4,
    CUBLASLT_ALGO_CAP_UPLO_SUPPORT = 5,
    CUBLASLT_ALGO_CAP_TILE_IDS = 6,
    CUBLASLT_ALGO_CAP_CUSTOM_OPTION_MAX = 7,
    CUBLASLT_ALGO_CAP_CUSTOM_MEMORY_ORDER = 10,
    CUBLASLT_ALGO_CAP_POINTER_MODE_MASK = 11,
    CUBLASLT_ALGO_CAP_EPILOGUE_MASK = 12,
    CUBLASLT_ALGO_CAP_STAGES_IDS = 13,
    CUBLASLT_ALGO_CAP_LD_NEGATIVE = 14,
    CUBLASLT_ALGO_CAP_NUMERICAL_IMPL_FLAGS = 15,
    CUBLASLT_ALGO_CAP_MIN_ALIGNMENT_A_BYTES = 16,
    CUBLASLT_ALGO_CAP_MIN_ALIGNMENT_B_BYTES = 17,
    CUBLASLT_ALGO_CAP_MIN_ALIGNMENT_C_BYTES = 18,
    CUBLASLT_ALGO_CAP_MIN_ALIGNMENT_D_BYTES = 19,
    CUBLASLT_ALGO_CAP_ATOMIC_SYNC = 20
} cublasLtMatmulAlgoCapAttributes_t;

typedef enum {
    CUBLASLT_ALGO_CONFIG_ID = 0,
    CUBLASLT_ALGO_CONFIG_TILE_ID = 1,
    CUBLASLT_ALGO_CONFIG_SPLITK_NUM = 2,
    CUBLASLT_ALGO_CONFIG_REDUCTION_SCHEME = 3,
    CUBLASLT_ALGO_CONFIG_CTA_SWIZZLING = 4,
    CUBLASLT_ALGO_CONFIG_CUSTOM_OPTION = 5,
    CUBLASLT_ALGO_CONFIG_STAGES_ID = 6,
    CUBLASLT_ALGO_CONFIG_INNER_SHAPE_ID = 7,
    CUBLASLT_ALGO_CONFIG_CLUSTER_SHAPE_ID = 8
} cublasLtMatmulAlgoConfigAttributes_t;

typedef void (*cublasLtLoggerCallback_t)(int __logLevel, const char *__functionName, const char *__message);

cublasStatus_t cublasLtCreate(cublasLtHandle_t *__lightHandle);
cublasStatus_t cublasLtDestroy(cublasLtHandle_t __lightHandle);
const char *cublasLtGetStatusName(cublasStatus_t __status);
const char *cublasLtGetStatusString(cublasStatus_t __status);
size_t cublasLtGetVersion(void);
size_t cublasLtGetCudartVersion(void);
cublasStatus_t cublasLtGetProperty(libraryPropertyType __type, int *__value);
cublasStatus_t cublasLtHeuristicsCacheGetCapacity(size_t *__capacity);
cublasStatus_t cublasLtHeuristicsCacheSetCapacity(size_t __capacity);
unsigned cublasLtDisableCpuInstructionsSetMask(unsigned __mask);

cublasStatus_t cublasLtMatmul(cublasLtHandle_t __lightHandle, cublasLtMatmulDesc_t __computeDesc, const void *__alpha,
                              const void *__A, cublasLtMatrixLayout_t __Adesc, const void *__B,
                              cublasLtMatrixLayout_t __Bdesc, const void *__beta, const void *__C,
                              cublasLtMatrixLayout_t __Cdesc, void *__D, cublasLtMatrixLayout_t __Ddesc,
                              const cublasLtMatmulAlgo_t *__algo, void *__workspace, size_t __workspaceSizeInBytes,
                              cudaStream_t __stream);
cublasStatus_t cublasLtMatrixTransform(cublasLtHandle_t __lightHandle, cublasLtMatrixTransformDesc_t __transformDesc,
                                       const void *__alpha, const void *__A, cublasLtMatrixLayout_t __Adesc,
                                       const void *__beta, const void *__B, cublasLtMatrixLayout_t __Bdesc, void *__C,
                                       cublasLtMatrixLayout_t __Cdesc, cudaStream_t __stream);

cublasStatus_t cublasLtMatrixLayoutInit(cublasLtMatrixLayout_t __matLayout, cudaDataType __type, uint64_t __rows,
                                        uint64_t __cols, int64_t __ld);
cublasStatus_t cublasLtMatrixLayoutCreate(cublasLtMatrixLayout_t *__matLayout, cudaDataType __type, uint64_t __rows,
                                          uint64_t __cols, int64_t __ld);
cublasStatus_t cublasLtMatrixLayoutDestroy(cublasLtMatrixLayout_t __matLayout);
cublasStatus_t cublasLtMatrixLayoutSetAttribute(cublasLtMatrixLayout_t __matLayout,
                                                cublasLtMatrixLayoutAttribute_t __attr, const void *__buf,
                                                size_t __sizeInBytes);
cublasStatus_t cublasLtMatrixLayoutGetAttribute(cublasLtMatrixLayout_t __matLayout,
                                                cublasLtMatrixLayoutAttribute_t __attr, void *__buf,
                                                size_t __sizeInBytes, size_t *__sizeWritten);

cublasStatus_t cublasLtMatmulDescInit(cublasLtMatmulDesc_t __matmulDesc, cublasComputeType_t __computeType,
                                      cudaDataType_t __scaleType);
cublasStatus_t cublasLtMatmulDescCreate(cublasLtMatmulDesc_t *__matmulDesc, cublasComputeType_t __computeType,
                                        cudaDataType_t __scaleType);
cublasStatus_t cublasLtMatmulDescDestroy(cublasLtMatmulDesc_t __matmulDesc);
cublasStatus_t cublasLtMatmulDescSetAttribute(cublasLtMatmulDesc_t __matmulDesc,
                                              cublasLtMatmulDescAttributes_t __attr, const void *__buf,
                                              size_t __sizeInBytes);
cublasStatus_t cublasLtMatmulDescGetAttribute(cublasLtMatmulDesc_t __matmulDesc,
                                              cublasLtMatmulDescAttributes_t __attr, void *__buf,
                                              size_t __sizeInBytes, size_t *__sizeWritten);

cublasStatus_t cublasLtMatrixTransformDescInit(cublasLtMatrixTransformDesc_t __transformDesc,
                                               cudaDataType __scaleType);
cublasStatus_t cublasLtMatrixTransformDescCreate(cublasLtMatrixTransformDesc_t *__transformDesc,
                                                 cudaDataType __scaleType);
cublasStatus_t cublasLtMatrixTransformDescDestroy(cublasLtMatrixTransformDesc_t __transformDesc);
cublasStatus_t cublasLtMatrixTransformDescSetAttribute(cublasLtMatrixTransformDesc_t __transformDesc,
                                                       cublasLtMatrixTransformDescAttributes_t __attr,
                                                       const void *__buf, size_t __sizeInBytes);
cublasStatus_t cublasLtMatrixTransformDescGetAttribute(cublasLtMatrixTransformDesc_t __transformDesc,
                                                       cublasLtMatrixTransformDescAttributes_t __attr, void *__buf,
                                                       size_t __sizeInBytes, size_t *__sizeWritten);

cublasStatus_t cublasLtMatmulPreferenceInit(cublasLtMatmulPreference_t __pref);
cublasStatus_t cublasLtMatmulPreferenceCreate(cublasLtMatmulPreference_t *__pref);
cublasStatus_t cublasLtMatmulPreferenceDestroy(cublasLtMatmulPreference_t __pref);
cublasStatus_t cublasLtMatmulPreferenceSetAttribute(cublasLtMatmulPreference_t __pref,
                                                    cublasLtMatmulPreferenceAttributes_t __attr, const void *__buf,
                                                    size_t __sizeInBytes);
cublasStatus_t cublasLtMatmulPreferenceGetAttribute(cublasLtMatmulPreference_t __pref,
                                                    cublasLtMatmulPreferenceAttributes_t __attr, void *__buf,
                                                    size_t __sizeInBytes, size_t *__sizeWritten);

cublasStatus_t cublasLtMatmulAlgoGetHeuristic(cublasLtHandle_t __lightHandle, cublasLtMatmulDesc_t __operationDesc,
                                              cublasLtMatrixLayout_t __Adesc, cublasLtMatrixLayout_t __Bdesc,
                                              cublasLtMatrixLayout_t __Cdesc, cublasLtMatrixLayout_t __Ddesc,
                                              cublasLtMatmulPreference_t __preference, int __requestedAlgoCount,
                                              cublasLtMatmulHeuristicResult_t __heuristicResultsArray[],
                                              int *__returnAlgoCount);
cublasStatus_t cublasLtMatmulAlgoGetIds(cublasLtHandle_t __lightHandle, cublasComputeType_t __computeType,
                                        cudaDataType_t __scaleType, cudaDataType_t __Atype, cudaDataType_t __Btype,
                                        cudaDataType_t __Ctype, cudaDataType_t __Dtype, int __requestedAlgoCount,
                                        int __algoIdsArray[], int *__returnAlgoCount);
cublasStatus_t cublasLtMatmulAlgoInit(cublasLtHandle_t __lightHandle, cublasComputeType_t __computeType,
                                      cudaDataType_t __scaleType, cudaDataType_t __Atype, cudaDataType_t __Btype,
                                      cudaDataType_t __Ctype, cudaDataType_t __Dtype, int __algoId,
                                      cublasLtMatmulAlgo_t *__algo);
cublasStatus_t cublasLtMatmulAlgoCheck(cublasLtHandle_t __lightHandle, cublasLtMatmulDesc_t __operationDesc,
                                       cublasLtMatrixLayout_t __Adesc, cublasLtMatrixLayout_t __Bdesc,
                                       cublasLtMatrixLayout_t __Cdesc, cublasLtMatrixLayout_t __Ddesc,
                                       const cublasLtMatmulAlgo_t *__algo,
                                       cublasLtMatmulHeuristicResult_t *__result);
cublasStatus_t cublasLtMatmulAlgoCapGetAttribute(const cublasLtMatmulAlgo_t *__algo,
                                                 cublasLtMatmulAlgoCapAttributes_t __attr, void *__buf,
                                                 size_t __sizeInBytes, size_t *__sizeWritten);
cublasStatus_t cublasLtMatmulAlgoConfigSetAttribute(cublasLtMatmulAlgo_t *__algo,
                                                    cublasLtMatmulAlgoConfigAttributes_t __attr, const void *__buf,
                                                    size_t __sizeInBytes);
cublasStatus_t cublasLtMatmulAlgoConfigGetAttribute(const cublasLtMatmulAlgo_t *__algo,
                                                    cublasLtMatmulAlgoConfigAttributes_t __attr, void *__buf,
                                                    size_t __sizeInBytes, size_t *__sizeWritten);

cublasStatus_t cublasLtLoggerSetCallback(cublasLtLoggerCallback_t __callback);
cublasStatus_t cublasLtLoggerSetFile(FILE *__file);
cublasStatus_t cublasLtLoggerOpenFile(const char *__logFile);
cublasStatus_t cublasLtLoggerSetLevel(int __level);
cublasStatus_t cublasLtLoggerSetMask(int __mask);
cublasStatus_t cublasLtLoggerForceDisable(void);

#if defined(__cplusplus)
}
#endif
