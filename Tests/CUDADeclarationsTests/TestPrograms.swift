/// CUDA programs the embedded headers must parse with zero diagnostics.
enum TestPrograms {
    /// A realistic CUDA runtime program: device queries, memory of every kind, streams, events, an
    /// error-check macro, kernels with static and dynamic shared memory, constant memory and symbols,
    /// templated kernels launched with and without explicit template arguments, launches with 2, 3
    /// and 4 configuration arguments, function attributes, occupancy, cooperative groups and
    /// cooperative launch, warp intrinsics with masks, atomics, `__launch_bounds__`, textures,
    /// pitched memory, graphs and host callbacks.
    static let runtime = #"""
#include <cuda_runtime.h>
#include <cooperative_groups.h>
#include <cuda_profiler_api.h>
#include <cstdio>
#include <cstdlib>
#include <cassert>
#include <vector>
#include <algorithm>
#include <numeric>

namespace cg = cooperative_groups;

#define CUDA_CHECK(call)                                                         \
    do {                                                                         \
        cudaError_t err_ = (call);                                               \
        if (err_ != cudaSuccess) {                                               \
            fprintf(stderr, "CUDA error %s (%s) at %s:%d\n", cudaGetErrorString(err_), \
                    cudaGetErrorName(err_), __FILE__, __LINE__);                 \
            exit(EXIT_FAILURE);                                                  \
        }                                                                        \
    } while (0)

#define BLOCK 256
#define TILE 16

__constant__ float c_filter[9];
__constant__ int c_params[4];
__device__ unsigned int d_hits;
__device__ __managed__ int m_counter;

__device__ __forceinline__ float square(float v) { return v * v; }
__device__ __noinline__ int slow_add(int a, int b) { return a + b; }
__host__ __device__ inline int ceil_div(int a, int b) { return (a + b - 1) / b; }

__global__ void __launch_bounds__(BLOCK, 4) vector_add(const float* __restrict__ a, const float* __restrict__ b,
                                                       float* __restrict__ c, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    for (; i < n; i += blockDim.x * gridDim.x) {
        c[i] = __ldg(&a[i]) + b[i] * c_filter[i % 9] + square(__fdividef(1.0f, 3.0f));
    }
}

__global__ void matmul_tiled(const float* A, const float* B, float* C, int N) {
    __shared__ float As[TILE][TILE];
    __shared__ float Bs[TILE][TILE];
    int row = blockIdx.y * TILE + threadIdx.y, col = blockIdx.x * TILE + threadIdx.x;
    float acc = 0.0f;
    for (int t = 0; t < ceil_div(N, TILE); ++t) {
        As[threadIdx.y][threadIdx.x] = A[row * N + t * TILE + threadIdx.x];
        Bs[threadIdx.y][threadIdx.x] = B[(t * TILE + threadIdx.y) * N + col];
        __syncthreads();
#pragma unroll
        for (int k = 0; k < TILE; ++k) acc = fmaf(As[threadIdx.y][k], Bs[k][threadIdx.x], acc);
        __syncthreads();
    }
    if (row < N && col < N) C[row * N + col] = acc;
}

template <typename T>
__device__ T warp_reduce_sum(T v) {
    for (int offset = warpSize / 2; offset > 0; offset >>= 1)
        v += __shfl_down_sync(0xffffffffu, v, offset);
    return v;
}

template <typename T, unsigned BLOCK_SIZE>
__global__ void reduce_sum(const T* __restrict__ in, T* out, size_t n) {
    extern __shared__ unsigned char smem_raw[];
    T* smem = reinterpret_cast<T*>(smem_raw);
    unsigned tid = threadIdx.x;
    size_t i = blockIdx.x * (size_t)BLOCK_SIZE + tid;
    T v = i < n ? in[i] : T(0);
    v = warp_reduce_sum(v);
    if ((tid & 31) == 0) smem[tid / 32] = v;
    __syncthreads();
    if (tid < 32) {
        v = tid < BLOCK_SIZE / 32 ? smem[tid] : T(0);
        v = warp_reduce_sum(v);
        if (tid == 0) atomicAdd(out, v);
    }
}

__global__ void histogram(const unsigned char* data, unsigned int* bins, int n) {
    extern __shared__ unsigned int local_bins[];
    for (int b = threadIdx.x; b < 256; b += blockDim.x) local_bins[b] = 0;
    __syncthreads();
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x)
        atomicAdd(&local_bins[data[i]], 1u);
    __syncthreads();
    for (int b = threadIdx.x; b < 256; b += blockDim.x) atomicAdd(&bins[b], local_bins[b]);
    unsigned int old = atomicCAS(&d_hits, 0u, 1u);
    atomicMax(&bins[0], old);
    atomicExch(&bins[1], 7u);
    atomicInc(&d_hits, 100u);
    atomicAnd(&bins[2], 0xffu); atomicOr(&bins[3], 1u); atomicXor(&bins[4], 2u);
    atomicMin(&bins[5], 3u); atomicSub(&bins[6], 1u); atomicDec(&bins[7], 10u);
    unsigned long long* wide = reinterpret_cast<unsigned long long*>(bins + 8);
    atomicAdd(wide, 1ull);
    atomicAdd_block(&bins[9], 1u);
    atomicAdd_system(&bins[10], 1u);
}

__global__ void warp_ops(int* out) {
    unsigned mask = __activemask();
    int lane = threadIdx.x & 31;
    unsigned ballot = __ballot_sync(mask, lane % 2 == 0);
    int any = __any_sync(mask, lane == 3), all = __all_sync(mask, lane < 32);
    int up = __shfl_up_sync(mask, lane, 1), x = __shfl_xor_sync(mask, lane, 16), b = __shfl_sync(mask, lane, 0);
    float fx = __shfl_xor_sync(0xffffffff, 1.5f, 1, 16);
    int legacy = __shfl(lane, 0) + __shfl_down(lane, 1);
    out[threadIdx.x] = __popc(ballot) + any + all + up + x + b + (int)fx + legacy + __clz(lane) + __ffs(lane) +
                       (int)__brev(lane) + __popcll(1ull << 40) + __float2int_rn(2.5f) + (int)__int2float_rn(3) +
                       (int)__umulhi(1u, 2u) + __mul24(2, 3) + (int)clock() + (int)clock64() + slow_add(1, 2);
    __syncwarp(mask);
    __threadfence(); __threadfence_block();
    float s, c;
    sincosf(0.5f, &s, &c);
    out[0] += (int)(rsqrtf(4.0f) + __expf(0.0f) + __logf(1.0f) + __sinf(0.0f) + __cosf(0.0f) + __saturatef(2.0f) +
                    expf(1.0f) + sqrtf(2.0f) + powf(2.0f, 3.0f) + fabsf(-1.0f) + fminf(1.0f, 2.0f) + erff(0.5f) + s + c +
                    __fmaf_rn(1.0f, 2.0f, 3.0f) + sqrt(2.0) + exp(1.0) + min(1, 2) + max(1.0f, 2.0f) + abs(-3));
    if (threadIdx.x == 0) { printf("block %d lane %d\n", blockIdx.x, lane); m_counter++; }
    assert(out != nullptr);
}

__global__ void coop_kernel(float* data, int n) {
    cg::thread_block block = cg::this_thread_block();
    cg::grid_group grid = cg::this_grid();
    cg::thread_block_tile<32> warp = cg::tiled_partition<32>(block);
    float v = grid.thread_rank() < (unsigned long long)n ? data[grid.thread_rank()] : 0.0f;
    for (int o = warp.size() / 2; o > 0; o /= 2) v += warp.shfl_down(v, o);
    if (warp.thread_rank() == 0) atomicAdd(&data[0], v);
    block.sync();
    grid.sync();
    dim3 bi = block.group_index(); dim3 ti = block.thread_index(); (void)bi; (void)ti;
}

__global__ void kernel_2d(float* img, size_t pitch, int w, int h) {
    int x = blockIdx.x * blockDim.x + threadIdx.x, y = blockIdx.y * blockDim.y + threadIdx.y;
    if (x < w && y < h) {
        float* row = (float*)((char*)img + y * pitch);
        row[x] = c_params[0] * 1.0f;
    }
}

__global__ void tex_kernel(cudaTextureObject_t tex, float* out, int w) {
    int x = threadIdx.x;
    out[x] = tex2D<float>(tex, x + 0.5f, 0.5f) + tex1Dfetch<float>(tex, x);
}

template <typename T>
__global__ void scale(T* data, T factor, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) data[i] *= factor;
}

struct Functor {
    __device__ float operator()(float x) const { return x * 2.0f; }
};

template <typename F>
__global__ void apply(float* d, int n, F f) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) d[i] = f(d[i]);
}

void CUDART_CB host_callback(void* user) { *static_cast<int*>(user) = 1; }

int main(int argc, char** argv) {
    int deviceCount = 0;
    CUDA_CHECK(cudaGetDeviceCount(&deviceCount));
    CUDA_CHECK(cudaSetDevice(0));
    int dev = 0;
    CUDA_CHECK(cudaGetDevice(&dev));
    cudaDeviceProp prop;
    CUDA_CHECK(cudaGetDeviceProperties(&prop, dev));
    printf("%s: cc %d.%d, %d SMs, %zu MB, smem/block %zu, regs %d, warp %d, maxThreads %d (%d,%d,%d) grid (%d,%d,%d) clock %d const %zu\n",
           prop.name, prop.major, prop.minor, prop.multiProcessorCount, prop.totalGlobalMem >> 20, prop.sharedMemPerBlock,
           prop.regsPerBlock, prop.warpSize, prop.maxThreadsPerBlock, prop.maxThreadsDim[0], prop.maxThreadsDim[1],
           prop.maxThreadsDim[2], prop.maxGridSize[0], prop.maxGridSize[1], prop.maxGridSize[2], prop.clockRate,
           prop.totalConstMem);
    int smCount = 0, coopSupported = 0;
    CUDA_CHECK(cudaDeviceGetAttribute(&smCount, cudaDevAttrMultiProcessorCount, dev));
    CUDA_CHECK(cudaDeviceGetAttribute(&coopSupported, cudaDevAttrCooperativeLaunch, dev));
    CUDA_CHECK(cudaDeviceSetLimit(cudaLimitMallocHeapSize, 64 << 20));
    CUDA_CHECK(cudaDeviceSetCacheConfig(cudaFuncCachePreferL1));
    CUDA_CHECK(cudaSetDeviceFlags(cudaDeviceScheduleBlockingSync | cudaDeviceMapHost));
    int runtimeVersion = 0, driverVersion = 0;
    cudaRuntimeGetVersion(&runtimeVersion);
    cudaDriverGetVersion(&driverVersion);
#if CUDART_VERSION >= 11000
    printf("runtime %d driver %d\n", runtimeVersion, driverVersion);
#endif
    if (deviceCount > 1) {
        int canAccess = 0;
        CUDA_CHECK(cudaDeviceCanAccessPeer(&canAccess, 0, 1));
        if (canAccess) CUDA_CHECK(cudaDeviceEnablePeerAccess(1, 0));
    }

    const int n = 1 << 20;
    const size_t bytes = n * sizeof(float);
    std::vector<float> h_a(n, 1.0f), h_b(n, 2.0f), h_c(n);
    float *d_a = nullptr, *d_b = nullptr, *d_c = nullptr;
    CUDA_CHECK(cudaMalloc(&d_a, bytes));
    CUDA_CHECK(cudaMalloc((void**)&d_b, bytes));
    CUDA_CHECK(cudaMalloc(reinterpret_cast<void**>(&d_c), bytes));
    float* h_pinned = nullptr;
    CUDA_CHECK(cudaMallocHost(&h_pinned, bytes));
    float* h_mapped = nullptr;
    CUDA_CHECK(cudaHostAlloc((void**)&h_mapped, bytes, cudaHostAllocMapped | cudaHostAllocPortable));
    float* d_mapped = nullptr;
    CUDA_CHECK(cudaHostGetDevicePointer((void**)&d_mapped, h_mapped, 0));
    float* managed = nullptr;
    CUDA_CHECK(cudaMallocManaged(&managed, bytes));
    CUDA_CHECK(cudaMallocManaged((void**)&managed, bytes, cudaMemAttachGlobal));
    CUDA_CHECK(cudaMemPrefetchAsync(managed, bytes, dev));
    CUDA_CHECK(cudaMemAdvise(managed, bytes, cudaMemAdviseSetReadMostly, dev));
    size_t freeMem = 0, totalMem = 0;
    CUDA_CHECK(cudaMemGetInfo(&freeMem, &totalMem));
    cudaPointerAttributes attrs;
    CUDA_CHECK(cudaPointerGetAttributes(&attrs, d_a));
    if (attrs.type == cudaMemoryTypeDevice) printf("device pointer on %d\n", attrs.device);

    float filter[9] = {0, 1, 0, 1, -4, 1, 0, 1, 0};
    int params[4] = {1, 2, 3, 4};
    CUDA_CHECK(cudaMemcpyToSymbol(c_filter, filter, sizeof(filter)));
    CUDA_CHECK(cudaMemcpyToSymbol(c_params, params, sizeof(params), 0, cudaMemcpyHostToDevice));
    unsigned int zero = 0;
    CUDA_CHECK(cudaMemcpyToSymbolAsync(d_hits, &zero, sizeof(zero), 0, cudaMemcpyHostToDevice, 0));
    unsigned int hits = 0;
    CUDA_CHECK(cudaMemcpyFromSymbol(&hits, d_hits, sizeof(hits)));
    void* hitsAddr = nullptr; size_t hitsSize = 0;
    CUDA_CHECK(cudaGetSymbolAddress(&hitsAddr, d_hits));
    CUDA_CHECK(cudaGetSymbolSize(&hitsSize, c_filter));

    cudaStream_t streams[2];
    CUDA_CHECK(cudaStreamCreate(&streams[0]));
    CUDA_CHECK(cudaStreamCreateWithFlags(&streams[1], cudaStreamNonBlocking));
    int lo = 0, hi = 0;
    CUDA_CHECK(cudaDeviceGetStreamPriorityRange(&lo, &hi));
    cudaStream_t prio;
    CUDA_CHECK(cudaStreamCreateWithPriority(&prio, cudaStreamNonBlocking, hi));
    cudaEvent_t start, stop, marker;
    CUDA_CHECK(cudaEventCreate(&start));
    CUDA_CHECK(cudaEventCreate(&stop));
    CUDA_CHECK(cudaEventCreateWithFlags(&marker, cudaEventDisableTiming | cudaEventBlockingSync));

    CUDA_CHECK(cudaEventRecord(start));
    CUDA_CHECK(cudaMemcpyAsync(d_a, h_a.data(), bytes, cudaMemcpyHostToDevice, streams[0]));
    CUDA_CHECK(cudaMemcpyAsync(d_b, h_b.data(), bytes, cudaMemcpyHostToDevice, streams[1]));
    CUDA_CHECK(cudaMemsetAsync(d_c, 0, bytes, streams[0]));
    CUDA_CHECK(cudaMemset(d_c, 0, bytes));
    CUDA_CHECK(cudaEventRecord(marker, streams[1]));
    CUDA_CHECK(cudaStreamWaitEvent(streams[0], marker, 0));

    int threads = BLOCK;
    int blocks = (n + threads - 1) / threads;
    vector_add<<<blocks, threads>>>(d_a, d_b, d_c, n);
    vector_add<<<blocks, threads, 0>>>(d_a, d_b, d_c, n);
    vector_add<<<dim3(blocks), dim3(threads), 0, streams[0]>>>(d_a, d_b, d_c, n);
    CUDA_CHECK(cudaGetLastError());
    CUDA_CHECK(cudaPeekAtLastError());

    const int N = 512;
    dim3 block(TILE, TILE);
    dim3 grid((N + TILE - 1) / TILE, (N + TILE - 1) / TILE);
    matmul_tiled<<<grid, block, 0, streams[1]>>>(d_a, d_b, d_c, N);

    float* d_sum = nullptr;
    CUDA_CHECK(cudaMalloc(&d_sum, sizeof(float)));
    size_t smem = (BLOCK / 32) * sizeof(float);
    reduce_sum<float, BLOCK><<<blocks, BLOCK, smem, streams[0]>>>(d_a, d_sum, n);
    auto reducer = reduce_sum<double, 512>;
    double* d_dsum = nullptr;
    CUDA_CHECK(cudaMalloc(&d_dsum, sizeof(double)));
    reducer<<<blocks, 512, 16 * sizeof(double)>>>(reinterpret_cast<const double*>(d_a), d_dsum, n / 2);
    scale<<<blocks, threads>>>(d_a, 2.0f, n);
    scale<float><<<blocks, threads, 0, streams[1]>>>(d_b, 0.5f, n);
    scale<int><<<1, 1>>>(reinterpret_cast<int*>(d_c), 3, 1);
    apply<<<blocks, threads>>>(d_a, n, Functor());
    apply<<<blocks, threads>>>(d_a, n, [] __device__(float x) { return x + 1.0f; });

    unsigned char* d_data = nullptr;
    unsigned int* d_bins = nullptr;
    CUDA_CHECK(cudaMalloc(&d_data, n));
    CUDA_CHECK(cudaMalloc(&d_bins, 256 * sizeof(unsigned int)));
    CUDA_CHECK(cudaFuncSetAttribute(histogram, cudaFuncAttributeMaxDynamicSharedMemorySize, 48 * 1024));
    CUDA_CHECK(cudaFuncSetAttribute(reduce_sum<float, BLOCK>, cudaFuncAttributePreferredSharedMemoryCarveout,
                                    cudaSharedmemCarveoutMaxShared));
    CUDA_CHECK(cudaFuncSetCacheConfig(histogram, cudaFuncCachePreferShared));
    cudaFuncAttributes fattr;
    CUDA_CHECK(cudaFuncGetAttributes(&fattr, histogram));
    printf("regs %d smem %zu maxThreads %d\n", fattr.numRegs, fattr.sharedSizeBytes, fattr.maxThreadsPerBlock);
    histogram<<<smCount * 4, 256, 256 * sizeof(unsigned int), streams[0]>>>(d_data, d_bins, n);

    int numBlocksPerSm = 0, minGridSize = 0, bestBlock = 0;
    CUDA_CHECK(cudaOccupancyMaxActiveBlocksPerMultiprocessor(&numBlocksPerSm, coop_kernel, 256, 0));
    CUDA_CHECK(cudaOccupancyMaxPotentialBlockSize(&minGridSize, &bestBlock, vector_add, 0, 0));
    CUDA_CHECK(cudaOccupancyMaxPotentialBlockSize(&minGridSize, &bestBlock, reduce_sum<float, BLOCK>));
    if (coopSupported) {
        int nn = n;
        void* args[] = {&d_a, &nn};
        CUDA_CHECK(cudaLaunchCooperativeKernel((void*)coop_kernel, dim3(smCount * numBlocksPerSm), dim3(256), args, 0, streams[0]));
        CUDA_CHECK(cudaLaunchCooperativeKernel(coop_kernel, smCount, 256, args));
    }
    void* kargs[] = {&d_a, &d_b, &d_c, (void*)&n};
    CUDA_CHECK(cudaLaunchKernel((const void*)vector_add, dim3(blocks), dim3(threads), kargs, 0, streams[1]));
    CUDA_CHECK(cudaLaunchKernel(vector_add, dim3(blocks), dim3(threads), kargs));

    int* d_out = nullptr;
    CUDA_CHECK(cudaMalloc(&d_out, 64 * sizeof(int)));
    warp_ops<<<2, 64>>>(d_out);

    float* d_img = nullptr; size_t pitch = 0;
    const int w = 640, h = 480;
    CUDA_CHECK(cudaMallocPitch(&d_img, &pitch, w * sizeof(float), h));
    CUDA_CHECK(cudaMemcpy2D(d_img, pitch, h_a.data(), w * sizeof(float), w * sizeof(float), h, cudaMemcpyHostToDevice));
    kernel_2d<<<dim3((w + 15) / 16, (h + 15) / 16, 1), dim3(16, 16, 1)>>>(d_img, pitch, w, h);

    cudaChannelFormatDesc channel = cudaCreateChannelDesc<float>();
    cudaArray_t array = nullptr;
    CUDA_CHECK(cudaMallocArray(&array, &channel, w, h));
    CUDA_CHECK(cudaMemcpy2DToArray(array, 0, 0, h_a.data(), w * sizeof(float), w * sizeof(float), h, cudaMemcpyHostToDevice));
    cudaResourceDesc resDesc = {};
    resDesc.resType = cudaResourceTypeArray;
    resDesc.res.array.array = array;
    cudaTextureDesc texDesc = {};
    texDesc.addressMode[0] = cudaAddressModeClamp;
    texDesc.addressMode[1] = cudaAddressModeClamp;
    texDesc.filterMode = cudaFilterModeLinear;
    texDesc.readMode = cudaReadModeElementType;
    texDesc.normalizedCoords = 0;
    cudaTextureObject_t tex = 0;
    CUDA_CHECK(cudaCreateTextureObject(&tex, &resDesc, &texDesc, nullptr));
    tex_kernel<<<1, 32>>>(tex, d_c, w);
    CUDA_CHECK(cudaDestroyTextureObject(tex));
    CUDA_CHECK(cudaFreeArray(array));

    cudaGraph_t graph;
    cudaGraphExec_t graphExec;
    CUDA_CHECK(cudaStreamBeginCapture(streams[0], cudaStreamCaptureModeGlobal));
    vector_add<<<blocks, threads, 0, streams[0]>>>(d_a, d_b, d_c, n);
    scale<<<blocks, threads, 0, streams[0]>>>(d_c, 0.5f, n);
    CUDA_CHECK(cudaStreamEndCapture(streams[0], &graph));
    CUDA_CHECK(cudaGraphInstantiate(&graphExec, graph, 0));
    CUDA_CHECK(cudaGraphInstantiate(&graphExec, graph, nullptr, nullptr, 0));
    for (int it = 0; it < 10; ++it) CUDA_CHECK(cudaGraphLaunch(graphExec, streams[0]));
    CUDA_CHECK(cudaGraphExecDestroy(graphExec));
    CUDA_CHECK(cudaGraphDestroy(graph));

    int flag = 0;
    CUDA_CHECK(cudaLaunchHostFunc(streams[1], host_callback, &flag));
    CUDA_CHECK(cudaEventRecord(stop, 0));
    CUDA_CHECK(cudaEventSynchronize(stop));
    float ms = 0.0f;
    CUDA_CHECK(cudaEventElapsedTime(&ms, start, stop));
    if (cudaEventQuery(stop) == cudaErrorNotReady || cudaStreamQuery(streams[0]) == cudaErrorNotReady) printf("busy\n");
    CUDA_CHECK(cudaStreamSynchronize(streams[0]));
    CUDA_CHECK(cudaDeviceSynchronize());
    CUDA_CHECK(cudaMemcpy(h_c.data(), d_c, bytes, cudaMemcpyDeviceToHost));
    CUDA_CHECK(cudaMemcpy(h_pinned, d_c, bytes, cudaMemcpyDefault));
    float total = std::accumulate(h_c.begin(), h_c.end(), 0.0f);
    printf("%.3f ms, sum %f, managed %d\n", ms, total, m_counter);

    cudaProfilerStart();
    cudaProfilerStop();
    CUDA_CHECK(cudaFree(d_a));
    CUDA_CHECK(cudaFree(d_b));
    CUDA_CHECK(cudaFree(d_c));
    CUDA_CHECK(cudaFree(d_sum));
    CUDA_CHECK(cudaFree(d_dsum));
    CUDA_CHECK(cudaFree(d_data));
    CUDA_CHECK(cudaFree(d_bins));
    CUDA_CHECK(cudaFree(d_out));
    CUDA_CHECK(cudaFree(d_img));
    CUDA_CHECK(cudaFree(managed));
    CUDA_CHECK(cudaFreeHost(h_pinned));
    CUDA_CHECK(cudaFreeHost(h_mapped));
    for (auto s : streams) CUDA_CHECK(cudaStreamDestroy(s));
    CUDA_CHECK(cudaStreamDestroy(prio));
    CUDA_CHECK(cudaEventDestroy(start));
    CUDA_CHECK(cudaEventDestroy(stop));
    CUDA_CHECK(cudaEventDestroy(marker));
    CUDA_CHECK(cudaDeviceReset());
    return 0;
}
"""#

    /// A cuBLAS program: handle and stream setup, SGEMM, strided-batched and batched GEMM, GemmEx,
    /// level 1 and level 2 calls, through the v2 macro names.
    static let cublas = #"""
#include <cublas_v2.h>
#include <cstdio>
#include <cstdlib>
#include <vector>

#define CUBLAS_CHECK(call)                                                        \
    do {                                                                          \
        cublasStatus_t st_ = (call);                                              \
        if (st_ != CUBLAS_STATUS_SUCCESS) {                                       \
            fprintf(stderr, "cuBLAS error %d at %s:%d\n", (int)st_, __FILE__, __LINE__); \
            exit(EXIT_FAILURE);                                                   \
        }                                                                         \
    } while (0)

int main() {
    const int m = 64, n = 32, k = 16, batch = 8;
    std::vector<float> hA(m * k * batch, 1.0f), hB(k * n * batch, 2.0f), hC(m * n * batch);
    float *dA, *dB, *dC, *dx, *dy;
    cudaMalloc(&dA, hA.size() * sizeof(float));
    cudaMalloc(&dB, hB.size() * sizeof(float));
    cudaMalloc(&dC, hC.size() * sizeof(float));
    cudaMalloc(&dx, k * sizeof(float));
    cudaMalloc(&dy, m * sizeof(float));
    cudaMemcpy(dA, hA.data(), hA.size() * sizeof(float), cudaMemcpyHostToDevice);
    CUBLAS_CHECK(cublasSetMatrix(m, k, sizeof(float), hA.data(), m, dA, m));

    cublasHandle_t handle;
    CUBLAS_CHECK(cublasCreate(&handle));
    cudaStream_t stream;
    cudaStreamCreate(&stream);
    CUBLAS_CHECK(cublasSetStream(handle, stream));
    CUBLAS_CHECK(cublasSetPointerMode(handle, CUBLAS_POINTER_MODE_HOST));
    CUBLAS_CHECK(cublasSetMathMode(handle, CUBLAS_TF32_TENSOR_OP_MATH));

    const float alpha = 1.0f, beta = 0.0f;
    CUBLAS_CHECK(cublasSgemm(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, dA, m, dB, k, &beta, dC, m));
    CUBLAS_CHECK(cublasSgemmStridedBatched(handle, CUBLAS_OP_N, CUBLAS_OP_T, m, n, k, &alpha,
                                           dA, m, (long long)m * k, dB, n, (long long)k * n,
                                           &beta, dC, m, (long long)m * n, batch));
    CUBLAS_CHECK(cublasGemmEx(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, dA, CUDA_R_32F, m,
                              dB, CUDA_R_32F, k, &beta, dC, CUDA_R_32F, m, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT));
    float* Aarray[batch]; float* Barray[batch]; float* Carray[batch];
    for (int i = 0; i < batch; ++i) { Aarray[i] = dA + i * m * k; Barray[i] = dB + i * k * n; Carray[i] = dC + i * m * n; }
    float **dAarray, **dBarray, **dCarray;
    cudaMalloc(&dAarray, sizeof(Aarray)); cudaMalloc(&dBarray, sizeof(Barray)); cudaMalloc(&dCarray, sizeof(Carray));
    CUBLAS_CHECK(cublasSgemmBatched(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, dAarray, m, dBarray, k, &beta, dCarray, m, batch));
    CUBLAS_CHECK(cublasSgemv(handle, CUBLAS_OP_N, m, k, &alpha, dA, m, dx, 1, &beta, dy, 1));
    CUBLAS_CHECK(cublasSaxpy(handle, m, &alpha, dy, 1, dy, 1));
    CUBLAS_CHECK(cublasSscal(handle, m, &alpha, dy, 1));
    float dot = 0.0f, nrm = 0.0f; int imax = 0;
    CUBLAS_CHECK(cublasSdot(handle, m, dy, 1, dy, 1, &dot));
    CUBLAS_CHECK(cublasSnrm2(handle, m, dy, 1, &nrm));
    CUBLAS_CHECK(cublasIsamax(handle, m, dy, 1, &imax));
    double dalpha = 1.0, dbeta = 0.0; double *dd = nullptr;
    CUBLAS_CHECK(cublasDgemm(handle, CUBLAS_OP_T, CUBLAS_OP_N, 4, 4, 4, &dalpha, dd, 4, dd, 4, &dbeta, dd, 4));
    cuComplex calpha = make_cuComplex(1.0f, 0.0f); cuComplex* dz = nullptr;
    CUBLAS_CHECK(cublasCgemm(handle, CUBLAS_OP_C, CUBLAS_OP_N, 2, 2, 2, &calpha, dz, 2, dz, 2, &calpha, dz, 2));
    cudaStream_t got; CUBLAS_CHECK(cublasGetStream(handle, &got));
    printf("%f %f %d %s\n", dot, nrm, imax, cublasGetStatusString(CUBLAS_STATUS_SUCCESS));
    cudaMemcpy(hC.data(), dC, hC.size() * sizeof(float), cudaMemcpyDeviceToHost);
    CUBLAS_CHECK(cublasDestroy(handle));
    cudaFree(dA); cudaFree(dB); cudaFree(dC); cudaFree(dx); cudaFree(dy);
    cudaFree(dAarray); cudaFree(dBarray); cudaFree(dCarray);
    cudaStreamDestroy(stream);
    return 0;
}
"""#

    /// A cuDNN program: tensor, filter and convolution descriptors, forward algorithm choice and
    /// workspace, convolution forward and backward, bias, activation, pooling, softmax and batch
    /// normalization.
    static let cudnn = #"""
#include <cudnn.h>
#include <cuda_runtime.h>
#include <iostream>
#include <cstdlib>

#define checkCUDNN(expression)                                   \
    {                                                            \
        cudnnStatus_t status = (expression);                     \
        if (status != CUDNN_STATUS_SUCCESS) {                    \
            std::cerr << "Error on line " << __LINE__ << ": "    \
                      << cudnnGetErrorString(status) << std::endl; \
            std::exit(EXIT_FAILURE);                             \
        }                                                        \
    }

__global__ void fill(float* p, int n, float v) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) p[i] = v;
}

int main() {
    cudnnHandle_t cudnn;
    checkCUDNN(cudnnCreate(&cudnn));
    cudaStream_t stream; cudaStreamCreate(&stream);
    checkCUDNN(cudnnSetStream(cudnn, stream));
    const int N = 1, C = 3, H = 32, W = 32, K = 8;

    cudnnTensorDescriptor_t xDesc, yDesc, poolDesc, bnDesc;
    checkCUDNN(cudnnCreateTensorDescriptor(&xDesc));
    checkCUDNN(cudnnSetTensor4dDescriptor(xDesc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, N, C, H, W));
    cudnnFilterDescriptor_t wDesc;
    checkCUDNN(cudnnCreateFilterDescriptor(&wDesc));
    checkCUDNN(cudnnSetFilter4dDescriptor(wDesc, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW, K, C, 3, 3));
    cudnnConvolutionDescriptor_t convDesc;
    checkCUDNN(cudnnCreateConvolutionDescriptor(&convDesc));
    checkCUDNN(cudnnSetConvolution2dDescriptor(convDesc, 1, 1, 1, 1, 1, 1, CUDNN_CROSS_CORRELATION, CUDNN_DATA_FLOAT));
    checkCUDNN(cudnnSetConvolutionMathType(convDesc, CUDNN_TENSOR_OP_MATH));
    int n, c, h, w;
    checkCUDNN(cudnnGetConvolution2dForwardOutputDim(convDesc, xDesc, wDesc, &n, &c, &h, &w));
    checkCUDNN(cudnnCreateTensorDescriptor(&yDesc));
    checkCUDNN(cudnnSetTensor4dDescriptor(yDesc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, n, c, h, w));
    int dims[4] = {n, c, h, w}, strides[4] = {c * h * w, h * w, w, 1};
    checkCUDNN(cudnnSetTensorNdDescriptor(yDesc, CUDNN_DATA_FLOAT, 4, dims, strides));

    int requested = 0, returned = 0;
    checkCUDNN(cudnnGetConvolutionForwardAlgorithmMaxCount(cudnn, &requested));
    cudnnConvolutionFwdAlgoPerf_t perf[8];
    checkCUDNN(cudnnGetConvolutionForwardAlgorithm_v7(cudnn, xDesc, wDesc, convDesc, yDesc, 8, &returned, perf));
    checkCUDNN(cudnnFindConvolutionForwardAlgorithm(cudnn, xDesc, wDesc, convDesc, yDesc, 8, &returned, perf));
    cudnnConvolutionFwdAlgo_t algo = perf[0].algo;
    size_t wsSize = 0;
    checkCUDNN(cudnnGetConvolutionForwardWorkspaceSize(cudnn, xDesc, wDesc, convDesc, yDesc, algo, &wsSize));
    void* ws = nullptr; cudaMalloc(&ws, wsSize);

    float *x, *wt, *y, *bias, *dy, *dx, *dw, *db;
    cudaMalloc(&x, N * C * H * W * sizeof(float));
    cudaMalloc(&wt, K * C * 9 * sizeof(float));
    cudaMalloc(&y, n * c * h * w * sizeof(float));
    cudaMalloc(&bias, K * sizeof(float));
    cudaMalloc(&dy, n * c * h * w * sizeof(float)); cudaMalloc(&dx, N * C * H * W * sizeof(float));
    cudaMalloc(&dw, K * C * 9 * sizeof(float)); cudaMalloc(&db, K * sizeof(float));
    fill<<<(N * C * H * W + 255) / 256, 256, 0, stream>>>(x, N * C * H * W, 1.0f);
    const float alpha = 1.0f, beta = 0.0f;
    checkCUDNN(cudnnConvolutionForward(cudnn, &alpha, xDesc, x, wDesc, wt, convDesc, algo, ws, wsSize, &beta, yDesc, y));
    cudnnTensorDescriptor_t biasDesc; checkCUDNN(cudnnCreateTensorDescriptor(&biasDesc));
    checkCUDNN(cudnnSetTensor4dDescriptor(biasDesc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, 1, K, 1, 1));
    checkCUDNN(cudnnAddTensor(cudnn, &alpha, biasDesc, bias, &alpha, yDesc, y));

    cudnnActivationDescriptor_t act;
    checkCUDNN(cudnnCreateActivationDescriptor(&act));
    checkCUDNN(cudnnSetActivationDescriptor(act, CUDNN_ACTIVATION_RELU, CUDNN_PROPAGATE_NAN, 0.0));
    checkCUDNN(cudnnActivationForward(cudnn, act, &alpha, yDesc, y, &beta, yDesc, y));
    checkCUDNN(cudnnActivationBackward(cudnn, act, &alpha, yDesc, y, yDesc, dy, yDesc, y, &beta, yDesc, dy));

    cudnnPoolingDescriptor_t pool;
    checkCUDNN(cudnnCreatePoolingDescriptor(&pool));
    checkCUDNN(cudnnSetPooling2dDescriptor(pool, CUDNN_POOLING_MAX, CUDNN_NOT_PROPAGATE_NAN, 2, 2, 0, 0, 2, 2));
    int pn, pc, ph, pw;
    checkCUDNN(cudnnGetPooling2dForwardOutputDim(pool, yDesc, &pn, &pc, &ph, &pw));
    checkCUDNN(cudnnCreateTensorDescriptor(&poolDesc));
    checkCUDNN(cudnnSetTensor4dDescriptor(poolDesc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, pn, pc, ph, pw));
    float* p; cudaMalloc(&p, pn * pc * ph * pw * sizeof(float));
    checkCUDNN(cudnnPoolingForward(cudnn, pool, &alpha, yDesc, y, &beta, poolDesc, p));
    checkCUDNN(cudnnSoftmaxForward(cudnn, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL, &alpha, poolDesc, p, &beta, poolDesc, p));
    checkCUDNN(cudnnSoftmaxBackward(cudnn, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL, &alpha, poolDesc, p, poolDesc, p, &beta, poolDesc, p));

    checkCUDNN(cudnnCreateTensorDescriptor(&bnDesc));
    checkCUDNN(cudnnDeriveBNTensorDescriptor(bnDesc, yDesc, CUDNN_BATCHNORM_SPATIAL));
    float *scale, *shift, *rmean, *rvar, *smean, *sinv;
    cudaMalloc(&scale, K * 4); cudaMalloc(&shift, K * 4); cudaMalloc(&rmean, K * 4); cudaMalloc(&rvar, K * 4);
    cudaMalloc(&smean, K * 4); cudaMalloc(&sinv, K * 4);
    checkCUDNN(cudnnBatchNormalizationForwardTraining(cudnn, CUDNN_BATCHNORM_SPATIAL, &alpha, &beta, yDesc, y, yDesc, y, bnDesc,
                                                      scale, shift, 0.1, rmean, rvar, CUDNN_BN_MIN_EPSILON + 1e-5, smean, sinv));
    checkCUDNN(cudnnBatchNormalizationForwardInference(cudnn, CUDNN_BATCHNORM_SPATIAL, &alpha, &beta, yDesc, y, yDesc, y, bnDesc,
                                                       scale, shift, rmean, rvar, 1e-5));

    cudnnConvolutionBwdDataAlgoPerf_t bdPerf[6];
    checkCUDNN(cudnnGetConvolutionBackwardDataAlgorithm_v7(cudnn, wDesc, yDesc, convDesc, xDesc, 6, &returned, bdPerf));
    size_t bdWs = 0;
    checkCUDNN(cudnnGetConvolutionBackwardDataWorkspaceSize(cudnn, wDesc, yDesc, convDesc, xDesc, bdPerf[0].algo, &bdWs));
    checkCUDNN(cudnnConvolutionBackwardData(cudnn, &alpha, wDesc, wt, yDesc, dy, convDesc, bdPerf[0].algo, ws, wsSize, &beta, xDesc, dx));
    cudnnConvolutionBwdFilterAlgoPerf_t bfPerf[7];
    checkCUDNN(cudnnGetConvolutionBackwardFilterAlgorithm_v7(cudnn, xDesc, yDesc, convDesc, wDesc, 7, &returned, bfPerf));
    checkCUDNN(cudnnConvolutionBackwardFilter(cudnn, &alpha, xDesc, x, yDesc, dy, convDesc, bfPerf[0].algo, ws, wsSize, &beta, wDesc, dw));
    checkCUDNN(cudnnConvolutionBackwardBias(cudnn, &alpha, yDesc, dy, &beta, biasDesc, db));

    std::cout << "cuDNN " << cudnnGetVersion() << " " << CUDNN_MAJOR << std::endl;
    cudnnDestroyActivationDescriptor(act);
    cudnnDestroyPoolingDescriptor(pool);
    cudnnDestroyConvolutionDescriptor(convDesc);
    cudnnDestroyFilterDescriptor(wDesc);
    cudnnDestroyTensorDescriptor(xDesc); cudnnDestroyTensorDescriptor(yDesc);
    cudnnDestroyTensorDescriptor(poolDesc); cudnnDestroyTensorDescriptor(bnDesc); cudnnDestroyTensorDescriptor(biasDesc);
    cudaFree(ws); cudaFree(x); cudaFree(wt); cudaFree(y); cudaFree(p);
    cudnnDestroy(cudnn);
    return 0;
}
"""#

    /// A driver API program (host C++, not a .cu file): init, device queries, context, module,
    /// function, memory, streams, events, kernel launch.
    static let driverAPI = #"""
#include <cuda.h>
#include <cstdio>
#include <cstdlib>
#include <vector>

#define CU_CHECK(call)                                                     \
    do {                                                                   \
        CUresult res_ = (call);                                            \
        if (res_ != CUDA_SUCCESS) {                                        \
            const char* msg = nullptr;                                     \
            cuGetErrorString(res_, &msg);                                  \
            std::fprintf(stderr, "%s failed: %s\n", #call, msg);           \
            std::exit(1);                                                  \
        }                                                                  \
    } while (0)

int main(int argc, char** argv) {
    CU_CHECK(cuInit(0));
    int count = 0, version = 0;
    CU_CHECK(cuDeviceGetCount(&count));
    CU_CHECK(cuDriverGetVersion(&version));
    CUdevice dev;
    CU_CHECK(cuDeviceGet(&dev, 0));
    char name[256];
    CU_CHECK(cuDeviceGetName(name, sizeof(name), dev));
    int major = 0, minor = 0, sms = 0;
    CU_CHECK(cuDeviceGetAttribute(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev));
    CU_CHECK(cuDeviceGetAttribute(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev));
    CU_CHECK(cuDeviceGetAttribute(&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev));
    size_t total = 0;
    CU_CHECK(cuDeviceTotalMem(&total, dev));
    CUcontext ctx;
    CU_CHECK(cuCtxCreate(&ctx, CU_CTX_SCHED_AUTO, dev));
    CUmodule module;
    CU_CHECK(cuModuleLoad(&module, argc > 1 ? argv[1] : "kernel.ptx"));
    CUfunction fn;
    CU_CHECK(cuModuleGetFunction(&fn, module, "vecAdd"));
    const int n = 1024;
    std::vector<float> h(n, 1.0f);
    CUdeviceptr dA, dB, dC;
    CU_CHECK(cuMemAlloc(&dA, n * sizeof(float)));
    CU_CHECK(cuMemAlloc(&dB, n * sizeof(float)));
    CU_CHECK(cuMemAlloc(&dC, n * sizeof(float)));
    CU_CHECK(cuMemcpyHtoD(dA, h.data(), n * sizeof(float)));
    CU_CHECK(cuMemcpyHtoD(dB, h.data(), n * sizeof(float)));
    CUstream stream;
    CU_CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
    CUevent start, stop;
    CU_CHECK(cuEventCreate(&start, CU_EVENT_DEFAULT));
    CU_CHECK(cuEventCreate(&stop, CU_EVENT_DEFAULT));
    int nn = n;
    void* args[] = {&dA, &dB, &dC, &nn};
    CU_CHECK(cuEventRecord(start, stream));
    CU_CHECK(cuLaunchKernel(fn, (n + 255) / 256, 1, 1, 256, 1, 1, 0, stream, args, nullptr));
    CU_CHECK(cuEventRecord(stop, stream));
    CU_CHECK(cuStreamSynchronize(stream));
    CU_CHECK(cuCtxSynchronize());
    float ms = 0.0f;
    CU_CHECK(cuEventElapsedTime(&ms, start, stop));
    CU_CHECK(cuMemcpyDtoH(h.data(), dC, n * sizeof(float)));
    CUdeviceptr global; size_t globalSize = 0;
    CU_CHECK(cuModuleGetGlobal(&global, &globalSize, module, "counter"));
    size_t freeMem = 0, totalMem = 0;
    CU_CHECK(cuMemGetInfo(&freeMem, &totalMem));
    std::printf("%s sm_%d%d %d SMs %zu bytes %.3f ms %f\n", name, major, minor, sms, total, ms, h[0]);
    CU_CHECK(cuEventDestroy(start));
    CU_CHECK(cuEventDestroy(stop));
    CU_CHECK(cuStreamDestroy(stream));
    CU_CHECK(cuMemFree(dA));
    CU_CHECK(cuMemFree(dB));
    CU_CHECK(cuMemFree(dC));
    CU_CHECK(cuModuleUnload(module));
    CU_CHECK(cuCtxDestroy(ctx));
    return 0;
}
"""#

    /// Half and bfloat16 arithmetic, cuComplex, cuFFT and cuRAND (host and device API).
    static let halfAndComplex = #"""
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <cuComplex.h>
#include <cufft.h>
#include <curand.h>
#include <curand_kernel.h>
#include <cstdio>
#include <vector>

__global__ void half_axpy(int n, __half a, const __half* x, __half* y) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = __hfma(a, x[i], y[i]);
}

__global__ void half2_kernel(int n, const half2* x, half2* y, float* out) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    half2 v = __hmul2(x[i], __float2half2_rn(2.0f));
    v = __hadd2(v, y[i]);
    y[i] = v;
    float2 f = __half22float2(v);
    __half lo = __low2half(v), hi = __high2half(v);
    __half s = lo + hi;
    s += __float2half(1.0f);
    __half m = __hmax(lo, hi);
    bool lt = __hlt(lo, hi) || (lo < hi) || __hisnan(m);
    __half r = hsqrt(__habs(s));
    __half sh = __shfl_down_sync(0xffffffff, r, 1);
    atomicAdd(&y[0], v);
    out[i] = f.x + f.y + __half2float(sh) + __low2float(v) + (lt ? 1.0f : 0.0f) + __half2float(__ldg(&x[i].x));
}

__global__ void bf16_kernel(const __nv_bfloat16* in, nv_bfloat16* out, int n) {
    int i = threadIdx.x;
    if (i < n) out[i] = __float2bfloat16(__bfloat162float(in[i]) * 2.0f);
}

__global__ void complex_kernel(const cuFloatComplex* a, const cuFloatComplex* b, cuFloatComplex* c, cuDoubleComplex* d, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        cuFloatComplex prod = cuCmulf(a[i], b[i]);
        cuFloatComplex sum = cuCaddf(prod, cuConjf(a[i]));
        c[i] = cuCdivf(sum, make_cuFloatComplex(cuCabsf(b[i]) + 1.0f, 0.0f));
        c[i] = cuCsubf(c[i], make_cuComplex(cuCrealf(a[i]), cuCimagf(b[i])));
        d[i] = cuCfma(cuComplexFloatToDouble(c[i]), make_cuDoubleComplex(1.0, 0.0), d[i]);
    }
}

__global__ void rng_kernel(curandState* states, curandStatePhilox4_32_10_t* philox, float* out, unsigned long long seed) {
    int id = blockIdx.x * blockDim.x + threadIdx.x;
    curand_init(seed, id, 0, &states[id]);
    curandState local = states[id];
    float u = curand_uniform(&local);
    float g = curand_normal(&local);
    unsigned int bits = curand(&local);
    curand_init(seed, id, 0, &philox[id]);
    float4 u4 = curand_uniform4(&philox[id]);
    out[id] = u + g + (float)(bits & 1) + u4.x + curand_log_normal(&local, 0.0f, 1.0f) + (float)curand_poisson(&local, 4.0);
    states[id] = local;
}

int main() {
    const int n = 1024;
    std::vector<__half> hx(n);
    for (int i = 0; i < n; ++i) hx[i] = __float2half(static_cast<float>(i) * 0.5f);
    float back = __half2float(hx[3]);
    __half sum = __hadd(hx[1], hx[2]);
    half h = 1.5f;
    float hf = h;
    __half2 pair = __halves2half2(hx[0], hx[1]);
    __half* dx; __half* dy; float* dout;
    cudaMalloc(&dx, n * sizeof(__half));
    cudaMalloc(&dy, n * sizeof(__half));
    cudaMalloc(&dout, n * sizeof(float));
    cudaMemcpy(dx, hx.data(), n * sizeof(__half), cudaMemcpyHostToDevice);
    half_axpy<<<(n + 255) / 256, 256>>>(n, __float2half(2.0f), dx, dy);
    half2_kernel<<<(n / 2 + 255) / 256, 256>>>(n / 2, reinterpret_cast<const half2*>(dx), reinterpret_cast<half2*>(dy), dout);
    __nv_bfloat16* db; cudaMalloc(&db, n * sizeof(__nv_bfloat16));
    bf16_kernel<<<1, 256>>>(db, db, n);

    cuFloatComplex* ca; cuFloatComplex* cb; cuFloatComplex* cc; cuDoubleComplex* cd;
    cudaMalloc(&ca, n * sizeof(cuFloatComplex)); cudaMalloc(&cb, n * sizeof(cuFloatComplex));
    cudaMalloc(&cc, n * sizeof(cuFloatComplex)); cudaMalloc(&cd, n * sizeof(cuDoubleComplex));
    complex_kernel<<<(n + 127) / 128, 128>>>(ca, cb, cc, cd, n);
    cuDoubleComplex z = cuCmul(make_cuDoubleComplex(1.0, 2.0), make_cuDoubleComplex(3.0, -1.0));
    printf("%f %f %f %f %f\n", back, __half2float(sum), hf, cuCreal(z), cuCabs(z) + __low2float(pair));

    cufftHandle plan;
    cufftResult fr = cufftPlan1d(&plan, n, CUFFT_C2C, 1);
    if (fr == CUFFT_SUCCESS) {
        cufftExecC2C(plan, reinterpret_cast<cufftComplex*>(ca), reinterpret_cast<cufftComplex*>(cc), CUFFT_FORWARD);
        cufftExecC2C(plan, cc, cc, CUFFT_INVERSE);
        cufftDestroy(plan);
    }
    cufftHandle plan2d;
    cufftPlan2d(&plan2d, 32, 32, CUFFT_R2C);
    cufftExecR2C(plan2d, reinterpret_cast<cufftReal*>(dout), cc);
    cufftDestroy(plan2d);

    curandGenerator_t gen;
    curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_DEFAULT);
    curandSetPseudoRandomGeneratorSeed(gen, 1234ULL);
    curandGenerateUniform(gen, dout, n);
    curandGenerateNormal(gen, dout, n, 0.0f, 1.0f);
    curandDestroyGenerator(gen);
    curandState* states; curandStatePhilox4_32_10_t* philox;
    cudaMalloc(&states, 256 * sizeof(curandState));
    cudaMalloc(&philox, 256 * sizeof(curandStatePhilox4_32_10_t));
    rng_kernel<<<1, 256>>>(states, philox, dout, 42ULL);
    cudaDeviceSynchronize();
    cudaFree(dx); cudaFree(dy); cudaFree(dout); cudaFree(db);
    cudaFree(ca); cudaFree(cb); cudaFree(cc); cudaFree(cd); cudaFree(states); cudaFree(philox);
    return 0;
}
"""#

    /// Cooperative groups (tiles, reduce, grid sync), fp16, bf16, cuComplex, WMMA, math constants and
    /// the profiler API.
    static let cooperativeAndWMMA = #"""
#include <cooperative_groups.h>
#include <cooperative_groups/reduce.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <cuComplex.h>
#include <mma.h>
#include <math_constants.h>
#include <curand_kernel.h>
#include <cuda_profiler_api.h>
namespace cg = cooperative_groups;
using namespace nvcuda;
__global__ void k(float* out, const __half* in, cuFloatComplex* z, int n, curandState* st) {
    cg::thread_block block = cg::this_thread_block();
    cg::thread_block_tile<32> tile = cg::tiled_partition<32>(block);
    auto t16 = cg::tiled_partition<16>(tile);
    cg::thread_group g4 = cg::tiled_partition(block, 4);
    float v = __half2float(in[block.thread_rank()]);
    for (int o = tile.size() / 2; o > 0; o /= 2) v += tile.shfl_down(v, o);
    float r = cg::reduce(tile, v, cg::plus<float>());
    if (tile.thread_rank() == 0) atomicAdd(out, r);
    block.sync(); cg::sync(block); g4.sync(); t16.sync();
    __half h = __float2half(1.0f); __half2 h2 = __floats2half2_rn(1.0f, 2.0f);
    h = __hadd(h, __hmul(h, h)); h2 = __hfma2(h2, h2, h2); h = h + h; bool b = h > h; (void)b;
    __nv_bfloat16 bf = __float2bfloat16(2.0f); float fb = __bfloat162float(bf); (void)fb;
    z[0] = cuCmulf(z[0], make_cuFloatComplex(1.0f, 0.0f)); float a = cuCabsf(z[0]); (void)a;
    float pi = CUDART_PI_F; (void)pi;
    curand_init(1234, threadIdx.x, 0, &st[threadIdx.x]); float u = curand_uniform(&st[threadIdx.x]); (void)u;
    wmma::fragment<wmma::matrix_a, 16, 16, 16, __half, wmma::row_major> fa;
    wmma::fragment<wmma::matrix_b, 16, 16, 16, __half, wmma::col_major> fb2;
    wmma::fragment<wmma::accumulator, 16, 16, 16, float> fc;
    wmma::fill_fragment(fc, 0.0f);
    wmma::load_matrix_sync(fa, in, 16); wmma::load_matrix_sync(fb2, in, 16);
    wmma::mma_sync(fc, fa, fb2, fc);
    wmma::store_matrix_sync(out, fc, 16, wmma::mem_row_major);
}
__global__ void gk(int* p) { cg::grid_group grid = cg::this_grid(); p[grid.thread_rank()] = 0; grid.sync(); }
int main() {
    float* o; __half* i; cuFloatComplex* z; curandState* st; int* p;
    cudaMalloc(&o, 4); cudaMalloc(&i, 4); cudaMalloc(&z, 8); cudaMalloc(&st, sizeof(curandState) * 32); cudaMalloc(&p, 4);
    cudaProfilerStart();
    k<<<1, 32>>>(o, i, z, 32, st);
    void* args[] = {&p};
    cudaLaunchCooperativeKernel((void*)gk, dim3(1), dim3(32), args, 0, 0);
    cudaLaunchCooperativeKernel(gk, 1, 32, args);
    __half hh = __float2half(3.0f); float back = __half2float(hh); (void)back;
    cuDoubleComplex dz = make_cuDoubleComplex(1.0, 2.0); dz = cuCadd(dz, dz);
    cudaProfilerStop();
    return 0;
}
"""#

    /// Smaller idioms: non-type template kernels, stream callbacks, inline PTX, CAS loops, 3D
    /// pitched memory with the make_cuda* helpers, `__device__ __constant__`, host-device lambdas,
    /// `__CUDA_ARCH__` checks and NVTX ranges.
    static let idioms = #"""
#include <cstdio>
#include <cmath>
#include <cstring>
#include <nvtx3/nvToolsExt.h>

// C and C++ math, printf, malloc and memcpy from device and host-device code.
__host__ __device__ double host_device_math(double x, long l, int i, float y) {
    printf("%f\n", x);
    char buffer[4];
    memset(buffer, 0, sizeof(buffer));
    std::memcpy(buffer, buffer + 1, 1);
    return std::sqrt(x) + sqrt(x) + std::abs(l) + abs(i) + std::abs(i) + fabs(x) + std::pow(x, 2.0) +
           sqrtf(y) + std::exp(x) + expf(y) + std::fma(x, x, x) + fmaxf(y, 1.0f) + std::floor(y) + std::isnan(x);
}
__device__ double device_math(double d, float f, long long ll) {
    void* scratch = std::malloc(16);
    std::free(scratch);
    std::printf("%lld\n", std::abs(ll));
    return std::hypot(d, 1.0) + std::cbrt(d) + std::round(d) + std::copysign(d, -1.0) + std::log1p(d) +
           erfc(d) + lgamma(d) + rsqrt(d) + sinpi(d) + normcdff(f) + erfinvf(f) + std::max(f, 0.5f) +
           std::min(1, 2) + host_device_math(d, 1L, 2, f);
}
__device__ __constant__ float c_both[4];
template <int N> __global__ void nt(float* p) { p[threadIdx.x] = N; }
void CUDART_CB my_callback(cudaStream_t stream, cudaError_t status, void* data) { (void)stream; (void)status; (void)data; }
__device__ unsigned lane_id() { unsigned id; asm volatile("mov.u32 %0, %%laneid;" : "=r"(id)); return id; }
__device__ float ld_nc(const float* p) { float v; asm volatile("ld.global.nc.f32 %0, [%1];" : "=f"(v) : "l"(p)); return v; }
__device__ float atomicMaxFloat(float* addr, float value) {
    int* a = (int*)addr; int old = *a, assumed;
    do { assumed = old; old = atomicCAS(a, assumed, __float_as_int(fmaxf(value, __int_as_float(assumed)))); } while (assumed != old);
    return __int_as_float(old);
}
__global__ void k3d(cudaPitchedPtr p, cudaExtent e) {
    char* slice = (char*)p.ptr + blockIdx.z * p.pitch * e.height;
    float* row = (float*)(slice + threadIdx.y * p.pitch);
    row[threadIdx.x] = lane_id() + ld_nc(row) + atomicMaxFloat(row, 1.0f) + (float)device_math(1.0, 2.0f, 3LL);
#if __CUDA_ARCH__ >= 700
    __nanosleep(10);
#endif
}
int main() {
    float* d; cudaMalloc(&d, 64);
    nt<128><<<1, 128>>>(d);
    cudaStream_t s; cudaStreamCreate(&s);
    cudaStreamAddCallback(s, my_callback, nullptr, 0);
    cudaExtent ext = make_cudaExtent(64 * sizeof(float), 64, 64);
    cudaPitchedPtr pp; cudaMalloc3D(&pp, ext);
    cudaMemcpy3DParms parms = {0};
    parms.srcPtr = make_cudaPitchedPtr(d, 64 * sizeof(float), 64, 64);
    parms.dstPtr = pp; parms.extent = ext; parms.kind = cudaMemcpyDeviceToDevice;
    parms.srcPos = make_cudaPos(0, 0, 0);
    cudaMemcpy3D(&parms);
    k3d<<<dim3(1, 1, 64), dim3(16, 16)>>>(pp, ext);
    cudaMemcpyToSymbol(c_both, d, 16, 0, cudaMemcpyDeviceToDevice);
    auto lam = [=] __host__ __device__ (int i) { return i * 2; };
    printf("%d %f\n", lam(3), host_device_math(2.0, -1L, -2, 3.0f));
    return 0;
}

void profile_step() {
    nvtxRangePushA("step");
    nvtxEventAttributes_t attributes = {0};
    attributes.version = NVTX_VERSION;
    attributes.size = NVTX_EVENT_ATTRIB_STRUCT_SIZE;
    attributes.colorType = NVTX_COLOR_ARGB;
    attributes.color = 0xff00ff00;
    attributes.messageType = NVTX_MESSAGE_TYPE_ASCII;
    attributes.message.ascii = "colored";
    nvtxRangePushEx(&attributes);
    nvtxRangePop();
    nvtxRangeId_t range = nvtxRangeStartA("range");
    nvtxRangeEnd(range);
    nvtxRangePop();
}
"""#

    /// A cuSPARSE program: handle and stream, legacy matrix descriptors and COO to CSR conversion,
    /// the generic API (CSR, COO and dense descriptors, SpMV and SpMM with their buffer sizes) and
    /// CSR to CSC.
    static let cusparse = #"""
#include <cuda_runtime.h>
#include <cusparse.h>
#include <cstdio>
#include <cstdlib>

#define CHECK_CUSPARSE(call)                                                      \
    do {                                                                          \
        cusparseStatus_t st_ = (call);                                            \
        if (st_ != CUSPARSE_STATUS_SUCCESS) {                                     \
            fprintf(stderr, "%s: %s (%s)\n", #call, cusparseGetErrorString(st_),  \
                    cusparseGetErrorName(st_));                                   \
            exit(EXIT_FAILURE);                                                   \
        }                                                                         \
    } while (0)

#if CUSPARSE_VERSION < 12000
#error "cuSPARSE 12 declarations expected"
#endif

int main() {
    const int m = 4, n = 4, nnz = 6, k = 3;
    int *d_coo_rows = nullptr, *d_rows = nullptr, *d_cols = nullptr, *d_csc_cols = nullptr, *d_csc_rows = nullptr;
    float *d_vals = nullptr, *d_csc_vals = nullptr, *d_x = nullptr, *d_y = nullptr, *d_b = nullptr, *d_c = nullptr;
    cudaMalloc(&d_coo_rows, nnz * sizeof(int));
    cudaMalloc(&d_rows, (m + 1) * sizeof(int));
    cudaMalloc(&d_cols, nnz * sizeof(int));
    cudaMalloc(&d_vals, nnz * sizeof(float));
    cudaMalloc(&d_x, n * sizeof(float));
    cudaMalloc(&d_y, m * sizeof(float));
    cudaMalloc(&d_b, n * k * sizeof(float));
    cudaMalloc(&d_c, m * k * sizeof(float));

    cusparseHandle_t handle;
    CHECK_CUSPARSE(cusparseCreate(&handle));
    cudaStream_t stream;
    cudaStreamCreate(&stream);
    CHECK_CUSPARSE(cusparseSetStream(handle, stream));
    CHECK_CUSPARSE(cusparseSetPointerMode(handle, CUSPARSE_POINTER_MODE_HOST));
    int version = 0;
    CHECK_CUSPARSE(cusparseGetVersion(handle, &version));

    cusparseMatDescr_t descr;
    CHECK_CUSPARSE(cusparseCreateMatDescr(&descr));
    CHECK_CUSPARSE(cusparseSetMatType(descr, CUSPARSE_MATRIX_TYPE_GENERAL));
    CHECK_CUSPARSE(cusparseSetMatIndexBase(descr, CUSPARSE_INDEX_BASE_ZERO));
    CHECK_CUSPARSE(cusparseXcoo2csr(handle, d_coo_rows, nnz, m, d_rows, cusparseGetMatIndexBase(descr)));

    cusparseSpMatDescr_t csr, coo;
    cusparseDnVecDescr_t x, y;
    cusparseDnMatDescr_t b, c;
    CHECK_CUSPARSE(cusparseCreateCsr(&csr, m, n, nnz, d_rows, d_cols, d_vals, CUSPARSE_INDEX_32I, CUSPARSE_INDEX_32I,
                                     CUSPARSE_INDEX_BASE_ZERO, CUDA_R_32F));
    CHECK_CUSPARSE(cusparseCreateCoo(&coo, m, n, nnz, d_coo_rows, d_cols, d_vals, CUSPARSE_INDEX_32I,
                                     CUSPARSE_INDEX_BASE_ZERO, CUDA_R_32F));
    CHECK_CUSPARSE(cusparseCreateDnVec(&x, n, d_x, CUDA_R_32F));
    CHECK_CUSPARSE(cusparseCreateDnVec(&y, m, d_y, CUDA_R_32F));
    CHECK_CUSPARSE(cusparseCreateDnMat(&b, n, k, n, d_b, CUDA_R_32F, CUSPARSE_ORDER_COL));
    CHECK_CUSPARSE(cusparseCreateDnMat(&c, m, k, m, d_c, CUDA_R_32F, CUSPARSE_ORDER_COL));
    int64_t rows = 0, cols = 0, entries = 0;
    CHECK_CUSPARSE(cusparseSpMatGetSize(csr, &rows, &cols, &entries));

    const float alpha = 1.0f, beta = 0.0f;
    size_t spmv_bytes = 0, spmm_bytes = 0;
    CHECK_CUSPARSE(cusparseSpMV_bufferSize(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, &alpha, csr, x, &beta, y, CUDA_R_32F,
                                           CUSPARSE_SPMV_CSR_ALG1, &spmv_bytes));
    CHECK_CUSPARSE(cusparseSpMM_bufferSize(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, CUSPARSE_OPERATION_NON_TRANSPOSE,
                                           &alpha, coo, b, &beta, c, CUDA_R_32F, CUSPARSE_SPMM_ALG_DEFAULT, &spmm_bytes));
    void* buffer = nullptr;
    cudaMalloc(&buffer, spmv_bytes > spmm_bytes ? spmv_bytes : spmm_bytes);
    CHECK_CUSPARSE(cusparseSpMV(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, &alpha, csr, x, &beta, y, CUDA_R_32F,
                                CUSPARSE_SPMV_CSR_ALG1, buffer));
    CHECK_CUSPARSE(cusparseSpMM(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, CUSPARSE_OPERATION_NON_TRANSPOSE, &alpha, coo,
                                b, &beta, c, CUDA_R_32F, CUSPARSE_SPMM_ALG_DEFAULT, buffer));

    cudaMalloc(&d_csc_cols, (n + 1) * sizeof(int));
    cudaMalloc(&d_csc_rows, nnz * sizeof(int));
    cudaMalloc(&d_csc_vals, nnz * sizeof(float));
    size_t csc_bytes = 0;
    CHECK_CUSPARSE(cusparseCsr2cscEx2_bufferSize(handle, m, n, nnz, d_vals, d_rows, d_cols, d_csc_vals, d_csc_cols,
                                                 d_csc_rows, CUDA_R_32F, CUSPARSE_ACTION_NUMERIC, CUSPARSE_INDEX_BASE_ZERO,
                                                 CUSPARSE_CSR2CSC_ALG1, &csc_bytes));
    CHECK_CUSPARSE(cusparseCsr2cscEx2(handle, m, n, nnz, d_vals, d_rows, d_cols, d_csc_vals, d_csc_cols, d_csc_rows,
                                      CUDA_R_32F, CUSPARSE_ACTION_NUMERIC, CUSPARSE_INDEX_BASE_ZERO, CUSPARSE_CSR2CSC_ALG1,
                                      buffer));

    CHECK_CUSPARSE(cusparseDestroyDnMat(b));
    CHECK_CUSPARSE(cusparseDestroyDnMat(c));
    CHECK_CUSPARSE(cusparseDestroyDnVec(x));
    CHECK_CUSPARSE(cusparseDestroyDnVec(y));
    CHECK_CUSPARSE(cusparseDestroySpMat(coo));
    CHECK_CUSPARSE(cusparseDestroySpMat(csr));
    CHECK_CUSPARSE(cusparseDestroyMatDescr(descr));
    CHECK_CUSPARSE(cusparseDestroy(handle));
    printf("cuSPARSE %d: %lld x %lld, %lld nonzeros\n", version, (long long)rows, (long long)cols, (long long)entries);
    return 0;
}
"""#

    /// A cuSOLVER program: the dense API (Cholesky, LU, QR, SVD, symmetric and Hermitian
    /// eigensolvers, Jacobi variants with their info objects, batched Cholesky, a mixed-precision
    /// solve), the 64-bit API with cusolverDnParams_t, and the sparse and refactorization handles.
    static let cusolver = #"""
#include <cuda_runtime.h>
#include <cusolverDn.h>
#include <cusolverSp.h>
#include <cusolverRf.h>
#include <cstdio>
#include <cstdlib>

#define CHECK_SOLVER(call)                                                        \
    do {                                                                          \
        cusolverStatus_t st_ = (call);                                            \
        if (st_ != CUSOLVER_STATUS_SUCCESS) {                                     \
            fprintf(stderr, "%s failed with status %d\n", #call, (int)st_);       \
            exit(EXIT_FAILURE);                                                   \
        }                                                                         \
    } while (0)

#if !defined(CUSOLVER_VERSION) || CUSOLVER_VERSION < 11000
#error "cuSOLVER 11 declarations expected"
#endif

int main() {
    const int n = 8, nrhs = 2;
    cusolverDnHandle_t dn;
    CHECK_SOLVER(cusolverDnCreate(&dn));
    cudaStream_t stream;
    cudaStreamCreate(&stream);
    CHECK_SOLVER(cusolverDnSetStream(dn, stream));
    int major = 0, version = 0;
    CHECK_SOLVER(cusolverGetProperty(MAJOR_VERSION, &major));
    CHECK_SOLVER(cusolverGetVersion(&version));

    float *A = nullptr, *B = nullptr, *work = nullptr, *tau = nullptr, *S = nullptr, *U = nullptr, *VT = nullptr, *W = nullptr;
    double *dA = nullptr, *dB = nullptr, *dX = nullptr;
    cuComplex *cA = nullptr, *cWork = nullptr;
    int *info = nullptr, *ipiv = nullptr;
    cudaMalloc(&A, n * n * sizeof(float));
    cudaMalloc(&B, n * nrhs * sizeof(float));
    cudaMalloc(&tau, n * sizeof(float));
    cudaMalloc(&S, n * sizeof(float));
    cudaMalloc(&U, n * n * sizeof(float));
    cudaMalloc(&VT, n * n * sizeof(float));
    cudaMalloc(&W, n * sizeof(float));
    cudaMalloc(&cA, n * n * sizeof(cuComplex));
    cudaMalloc(&info, sizeof(int));
    cudaMalloc(&ipiv, n * sizeof(int));

    int lwork = 0, lw = 0;
    CHECK_SOLVER(cusolverDnSpotrf_bufferSize(dn, CUBLAS_FILL_MODE_LOWER, n, A, n, &lwork));
    CHECK_SOLVER(cusolverDnSgetrf_bufferSize(dn, n, n, A, n, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSgeqrf_bufferSize(dn, n, n, A, n, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSormqr_bufferSize(dn, CUBLAS_SIDE_LEFT, CUBLAS_OP_T, n, nrhs, n, A, n, tau, B, n, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSorgqr_bufferSize(dn, n, n, n, A, n, tau, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSgesvd_bufferSize(dn, n, n, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSsyevd_bufferSize(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_UPPER, n, A, n, W, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSsytrf_bufferSize(dn, n, A, n, &lw)); lwork = lw > lwork ? lw : lwork;
    CHECK_SOLVER(cusolverDnSpotri_bufferSize(dn, CUBLAS_FILL_MODE_LOWER, n, A, n, &lw)); lwork = lw > lwork ? lw : lwork;
    cudaMalloc(&work, lwork * sizeof(float));

    CHECK_SOLVER(cusolverDnSpotrf(dn, CUBLAS_FILL_MODE_LOWER, n, A, n, work, lwork, info));
    CHECK_SOLVER(cusolverDnSpotrs(dn, CUBLAS_FILL_MODE_LOWER, n, nrhs, A, n, B, n, info));
    CHECK_SOLVER(cusolverDnSpotri(dn, CUBLAS_FILL_MODE_LOWER, n, A, n, work, lwork, info));
    CHECK_SOLVER(cusolverDnSgetrf(dn, n, n, A, n, work, ipiv, info));
    CHECK_SOLVER(cusolverDnSgetrs(dn, CUBLAS_OP_N, n, nrhs, A, n, ipiv, B, n, info));
    CHECK_SOLVER(cusolverDnSgeqrf(dn, n, n, A, n, tau, work, lwork, info));
    CHECK_SOLVER(cusolverDnSormqr(dn, CUBLAS_SIDE_LEFT, CUBLAS_OP_T, n, nrhs, n, A, n, tau, B, n, work, lwork, info));
    CHECK_SOLVER(cusolverDnSorgqr(dn, n, n, n, A, n, tau, work, lwork, info));
    CHECK_SOLVER(cusolverDnSgesvd(dn, 'A', 'A', n, n, A, n, S, U, n, VT, n, work, lwork, nullptr, info));
    CHECK_SOLVER(cusolverDnSsyevd(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_UPPER, n, A, n, W, work, lwork, info));
    CHECK_SOLVER(cusolverDnSsytrf(dn, CUBLAS_FILL_MODE_LOWER, n, A, n, ipiv, work, lwork, info));

    // Complex: Hermitian eigensolver and unitary Q.
    int clwork = 0;
    CHECK_SOLVER(cusolverDnCheevd_bufferSize(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_LOWER, n, cA, n, W, &clwork));
    cudaMalloc(&cWork, clwork * sizeof(cuComplex));
    CHECK_SOLVER(cusolverDnCheevd(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_LOWER, n, cA, n, W, cWork, clwork, info));
    CHECK_SOLVER(cusolverDnCpotrf(dn, CUBLAS_FILL_MODE_UPPER, n, cA, n, cWork, clwork, info));
    cuDoubleComplex* zA = nullptr;
    int zlwork = 0;
    CHECK_SOLVER(cusolverDnZungqr_bufferSize(dn, n, n, n, zA, n, zA, &zlwork));

    // Jacobi eigensolver and SVD with their settings.
    syevjInfo_t syevj;
    CHECK_SOLVER(cusolverDnCreateSyevjInfo(&syevj));
    CHECK_SOLVER(cusolverDnXsyevjSetTolerance(syevj, 1e-7));
    CHECK_SOLVER(cusolverDnXsyevjSetMaxSweeps(syevj, 100));
    CHECK_SOLVER(cusolverDnSsyevj_bufferSize(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_LOWER, n, A, n, W, &lw, syevj));
    CHECK_SOLVER(cusolverDnSsyevj(dn, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_LOWER, n, A, n, W, work, lwork, info, syevj));
    double residual = 0.0;
    int sweeps = 0;
    CHECK_SOLVER(cusolverDnXsyevjGetResidual(dn, syevj, &residual));
    CHECK_SOLVER(cusolverDnXsyevjGetSweeps(dn, syevj, &sweeps));
    CHECK_SOLVER(cusolverDnDestroySyevjInfo(syevj));
    gesvdjInfo_t gesvdj;
    CHECK_SOLVER(cusolverDnCreateGesvdjInfo(&gesvdj));
    CHECK_SOLVER(cusolverDnXgesvdjSetSortEig(gesvdj, 1));
    CHECK_SOLVER(cusolverDnSgesvdj_bufferSize(dn, CUSOLVER_EIG_MODE_VECTOR, 1, n, n, A, n, S, U, n, VT, n, &lw, gesvdj));
    CHECK_SOLVER(cusolverDnSgesvdj(dn, CUSOLVER_EIG_MODE_VECTOR, 1, n, n, A, n, S, U, n, VT, n, work, lwork, info, gesvdj));
    CHECK_SOLVER(cusolverDnDestroyGesvdjInfo(gesvdj));

    // Batched Cholesky over an array of device pointers.
    float* batch[2] = {A, A};
    CHECK_SOLVER(cusolverDnSpotrfBatched(dn, CUBLAS_FILL_MODE_LOWER, n, batch, n, info, 2));

    // Mixed precision: double data, single-precision factorization inside.
    cudaMalloc(&dA, n * n * sizeof(double));
    cudaMalloc(&dB, n * sizeof(double));
    cudaMalloc(&dX, n * sizeof(double));
    size_t irs_bytes = 0;
    cusolver_int_t iters = 0;
    CHECK_SOLVER(cusolverDnDSgesv_bufferSize(dn, n, 1, dA, n, ipiv, dB, n, dX, n, nullptr, &irs_bytes));
    void* irs_work = nullptr;
    cudaMalloc(&irs_work, irs_bytes);
    CHECK_SOLVER(cusolverDnDSgesv(dn, n, 1, dA, n, ipiv, dB, n, dX, n, irs_work, irs_bytes, &iters, info));

    // The 64-bit API.
    cusolverDnParams_t params;
    CHECK_SOLVER(cusolverDnCreateParams(&params));
    CHECK_SOLVER(cusolverDnSetAdvOptions(params, CUSOLVERDN_GETRF, CUSOLVER_ALG_0));
    size_t device_bytes = 0, host_bytes = 0;
    CHECK_SOLVER(cusolverDnXpotrf_bufferSize(dn, params, CUBLAS_FILL_MODE_LOWER, n, CUDA_R_64F, dA, n, CUDA_R_64F,
                                             &device_bytes, &host_bytes));
    void* device_work = nullptr;
    cudaMalloc(&device_work, device_bytes);
    void* host_work = malloc(host_bytes > 0 ? host_bytes : 1);
    CHECK_SOLVER(cusolverDnXpotrf(dn, params, CUBLAS_FILL_MODE_LOWER, n, CUDA_R_64F, dA, n, CUDA_R_64F, device_work,
                                  device_bytes, host_work, host_bytes, info));
    CHECK_SOLVER(cusolverDnXpotrs(dn, params, CUBLAS_FILL_MODE_LOWER, n, 1, CUDA_R_64F, dA, n, CUDA_R_64F, dB, n, info));
    int64_t* ipiv64 = nullptr;
    cudaMalloc(&ipiv64, n * sizeof(int64_t));
    CHECK_SOLVER(cusolverDnXgetrf_bufferSize(dn, params, n, n, CUDA_R_64F, dA, n, CUDA_R_64F, &device_bytes, &host_bytes));
    CHECK_SOLVER(cusolverDnXgetrf(dn, params, n, n, CUDA_R_64F, dA, n, ipiv64, CUDA_R_64F, device_work, device_bytes,
                                  host_work, host_bytes, info));
    CHECK_SOLVER(cusolverDnXgetrs(dn, params, CUBLAS_OP_N, n, 1, CUDA_R_64F, dA, n, ipiv64, CUDA_R_64F, dB, n, info));
    CHECK_SOLVER(cusolverDnXsyevd_bufferSize(dn, params, CUSOLVER_EIG_MODE_VECTOR, CUBLAS_FILL_MODE_LOWER, n, CUDA_R_64F,
                                             dA, n, CUDA_R_64F, dX, CUDA_R_64F, &device_bytes, &host_bytes));
    CHECK_SOLVER(cusolverDnXgesvd_bufferSize(dn, params, 'S', 'S', n, n, CUDA_R_64F, dA, n, CUDA_R_64F, dX, CUDA_R_64F,
                                             dB, n, CUDA_R_64F, dB, n, CUDA_R_64F, &device_bytes, &host_bytes));
    CHECK_SOLVER(cusolverDnDestroyParams(params));
    CHECK_SOLVER(cusolverDnDestroy(dn));

    // Sparse: Cholesky solve of a CSR system.
    cusolverSpHandle_t sp;
    CHECK_SOLVER(cusolverSpCreate(&sp));
    CHECK_SOLVER(cusolverSpSetStream(sp, stream));
    cusparseMatDescr_t descr;
    cusparseCreateMatDescr(&descr);
    int *rows = nullptr, *cols = nullptr, singularity = -1;
    double* vals = nullptr;
    CHECK_SOLVER(cusolverSpDcsrlsvchol(sp, n, n, descr, vals, rows, cols, dB, 1e-12, 0, dX, &singularity));
    cusparseDestroyMatDescr(descr);
    CHECK_SOLVER(cusolverSpDestroy(sp));

    // Refactorization handle.
    cusolverRfHandle_t rf;
    CHECK_SOLVER(cusolverRfCreate(&rf));
    CHECK_SOLVER(cusolverRfSetAlgs(rf, CUSOLVERRF_FACTORIZATION_ALG0, CUSOLVERRF_TRIANGULAR_SOLVE_ALG1));
    CHECK_SOLVER(cusolverRfSetMatrixFormat(rf, CUSOLVERRF_MATRIX_FORMAT_CSR, CUSOLVERRF_UNIT_DIAGONAL_STORED_L));
    CHECK_SOLVER(cusolverRfDestroy(rf));

    printf("cuSOLVER %d (major %d): residual %g after %d sweeps, %d iterations\n", version, major, residual, sweeps, (int)iters);
    free(host_work);
    return 0;
}
"""#

    /// A CUB program: block and warp reductions with shared TempStorage (a template kernel and a
    /// 2-D block), the two-phase device-wide reductions (Sum, Max, Reduce with an operator, ArgMax
    /// into a KeyValuePair) and the version and helper macros.
    static let cub = #"""
#include <cub/cub.cuh>
#include <cstdio>

#if CUB_VERSION < 200000 || CUB_MAJOR_VERSION != 2
#error "CUB 2 declarations expected"
#endif

template <int BLOCK_THREADS, int ITEMS>
__global__ void block_sum(const int* in, int* out, int n) {
    typedef cub::BlockReduce<int, BLOCK_THREADS> BlockReduceT;
    __shared__ typename BlockReduceT::TempStorage temp;
    int items[ITEMS];
    for (int i = 0; i < ITEMS; ++i) {
        const int idx = (blockIdx.x * ITEMS + i) * BLOCK_THREADS + threadIdx.x;
        items[i] = idx < n ? in[idx] : 0;
    }
    const int total = BlockReduceT(temp).Sum(items);
    if (threadIdx.x == 0) out[blockIdx.x] = total;
}

__global__ void tile_max(const float* in, float* out) {
    typedef cub::BlockReduce<float, 16, cub::BLOCK_REDUCE_RAKING, 16> BlockReduce2D;
    typedef cub::WarpReduce<float> WarpReduceT;
    __shared__ typename BlockReduce2D::TempStorage block_temp;
    __shared__ typename WarpReduceT::TempStorage warp_temp[8];
    const int tid = threadIdx.y * 16 + threadIdx.x;
    const float v = in[blockIdx.x * 256 + tid];
    const float block_max = BlockReduce2D(block_temp).Reduce(v, cub::Max());
    const float warp_sum = WarpReduceT(warp_temp[tid / 32]).Sum(v);
    const float partial = BlockReduce2D().Reduce(v, cub::Min(), 100);
    if (tid == 0) out[blockIdx.x] = CUB_MAX(block_max, warp_sum) + partial;
}

struct AbsMax {
    __host__ __device__ float operator()(float a, float b) const { return fabsf(a) > fabsf(b) ? a : b; }
};

int main() {
    const int n = 1 << 16;
    int *d_in = nullptr, *d_out = nullptr;
    float *d_f = nullptr, *d_fmax = nullptr;
    cub::KeyValuePair<int, float>* d_argmax = nullptr;
    cudaMalloc(&d_in, n * sizeof(int));
    cudaMalloc(&d_out, n * sizeof(int));
    cudaMalloc(&d_f, n * sizeof(float));
    cudaMalloc(&d_fmax, sizeof(float));
    cudaMalloc(&d_argmax, sizeof(*d_argmax));
    block_sum<128, 4><<<CUB_QUOTIENT_CEILING(n, 512), 128>>>(d_in, d_out, n);
    tile_max<<<n / 256, dim3(16, 16)>>>(d_f, d_fmax);

    cudaStream_t stream;
    cudaStreamCreate(&stream);
    void* d_temp = nullptr;
    size_t temp_bytes = 0, bytes = 0;
    CubDebugExit(cub::DeviceReduce::Sum(d_temp, temp_bytes, d_in, d_out, n, stream));
    cub::DeviceReduce::Max(nullptr, bytes, d_f, d_fmax, n);
    temp_bytes = CUB_MAX(temp_bytes, bytes);
    cub::DeviceReduce::Reduce(nullptr, bytes, d_f, d_fmax, n, AbsMax(), 0.0f, stream);
    temp_bytes = CUB_MAX(temp_bytes, bytes);
    cub::DeviceReduce::ArgMax(nullptr, bytes, d_f, d_argmax, n, stream);
    temp_bytes = CUB_MAX(temp_bytes, bytes);
    cudaMalloc(&d_temp, temp_bytes);
    cudaError_t err = cub::DeviceReduce::Sum(d_temp, temp_bytes, d_in, d_out, n, stream);
    err = cub::DeviceReduce::Reduce(d_temp, temp_bytes, d_f, d_fmax, n, cub::Sum(), 0.0f, stream);
    cudaStreamSynchronize(stream);
    printf("CUB %d.%d.%d: %s\n", CUB_MAJOR_VERSION, CUB_MINOR_VERSION, CUB_SUBMINOR_VERSION, cudaGetErrorString(err));
    cudaFree(d_temp); cudaFree(d_in); cudaFree(d_out); cudaFree(d_f); cudaFree(d_fmax); cudaFree(d_argmax);
    cudaStreamDestroy(stream);
    return 0;
}
"""#

    /// Declarations real programs (NVIDIA's samples) needed: compute modes (driver and runtime),
    /// the occupancy calculator with its callback type, CUDA 12.5's context parameters,
    /// block_tile_memory, tiled_partition of a block, meta_group_rank/size, cg::reduce with the
    /// cooperative_groups functors, and a user macro named like a parameter (`N`) defined before
    /// the includes.
    static let samplesGaps = #"""
#define N 1024
#include <cuda.h>
#include <cooperative_groups.h>
#include <cooperative_groups/reduce.h>
namespace cg = cooperative_groups;

__global__ void tiles(const int* in, float* x, int* out) {
    __shared__ cg::block_tile_memory<256> scratch;
    cg::thread_block block = cg::this_thread_block(scratch);
    cg::thread_block_tile<32> tile = cg::tiled_partition<32>(block);
    cg::thread_block_tile<64> wide = cg::tiled_partition<64>(block);
    x[tile.meta_group_rank()] = static_cast<float>(tile.meta_group_size() + N);
    int v = in[block.thread_rank()];
    int sum = cg::reduce(tile, v, cg::plus<int>());
    int lowest = cg::reduce(tile, v, cg::less<int>());
    int highest = cg::reduce(wide, v, cg::greater<int>());
    unsigned bits = cg::reduce(tile, static_cast<unsigned>(v), cg::bit_and<unsigned>()) |
                    cg::reduce(tile, static_cast<unsigned>(v), cg::bit_or<unsigned>()) |
                    cg::reduce(tile, static_cast<unsigned>(v), cg::bit_xor<unsigned>());
    if (tile.thread_rank() == 0) out[wide.meta_group_rank()] = sum + lowest + highest + static_cast<int>(bits);
}

__global__ void plain(float* x) {
    cg::thread_block block = cg::this_thread_block();
    cg::thread_block_tile<16> tile = cg::tiled_partition<16>(block);
    x[block.thread_rank()] = static_cast<float>(tile.meta_group_rank());
}

static size_t no_shared(int) { return 0; }

int query(CUfunction f, CUcontext* context, CUdevice device) {
    int grid = 0, block = 0, mode = 0, active = 0;
    size_t available = 0;
    cuOccupancyMaxPotentialBlockSize(&grid, &block, f, 0, 0, 0);
    cuOccupancyMaxPotentialBlockSize(&grid, &block, f, no_shared, 0, 0);
    cuOccupancyMaxPotentialBlockSizeWithFlags(&grid, &block, f, 0, 0, 0, CU_OCCUPANCY_DEFAULT);
    cuOccupancyMaxActiveBlocksPerMultiprocessor(&active, f, block, 0);
    cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(&active, f, block, 0, CU_OCCUPANCY_DISABLE_CACHING_OVERRIDE);
    cuOccupancyAvailableDynamicSMemPerBlock(&available, f, active, block);
    CUoccupancyB2DSize callback = no_shared;
    cuDeviceGetAttribute(&mode, CU_DEVICE_ATTRIBUTE_COMPUTE_MODE, device);
    CUctxCreateParams params = {};
    cuCtxCreate_v4(context, &params, 0, device);
    CUcontext legacy = nullptr;
    cuCtxCreate(&legacy, CU_CTX_SCHED_AUTO, device);
    static_assert(CU_COMPUTEMODE_DEFAULT == 0 && CU_COMPUTEMODE_PROHIBITED == 2 && CU_COMPUTEMODE_EXCLUSIVE_PROCESS == 3,
                  "driver compute modes");
    static_assert(cudaComputeModeDefault == 0 && cudaComputeModeExclusive == 1 && cudaComputeModeProhibited == 2 &&
                  cudaComputeModeExclusiveProcess == 3, "runtime compute modes");
    if (mode == CU_COMPUTEMODE_PROHIBITED || mode == cudaComputeModeProhibited) return -1;
    return grid * block + static_cast<int>(available + callback(block));
}
"""#

    /// Macros named like common parameter names, defined before the CUDA headers are included
    /// (`#define N 1024` is common in NVIDIA's samples). Parameter, template-parameter and local
    /// names in the headers are spelled `__name` so that such macros cannot expand inside them,
    /// and the attribute macros (`__device__`, ...) spell `__device__` rather than `device`.
    /// Struct members, member functions and enumerators belong to CUDA's API and keep CUDA's names
    /// (`dim3::x`, `cudaLaunchConfig_t::stream`, `thread_group::size()`, ...), so a word naming one
    /// can only be defined after the header that declares it; in a .cu file that holds for the
    /// headers cuda_runtime.h includes, which nvcc (and cu2hip) include first. Some words
    /// (`index`, `offset`, `state`, `size`, `beta`, ...) also name functions or members of glibc's
    /// or libstdc++'s headers and cannot be macros before those either.
    static let userMacroWords = #"""
#define N 1024
#define M 8
#define K 4
#define n 3
#define m 2
#define k 1
#define a 61
#define b 62
#define j 14
#define p 11
#define q 12
#define s 13
#define t 16
#define u 15
#define g 17
#define h 18
#define l 19
#define r 20
#define count 5
#define flags 2
#define data 6
#define alpha 0.5f
#define handle 21
#define mode 22
#define len 23
#define length 24
#define num 25
#define src 26
#define input 27
#define lda 29
#define ldb 30
#define ldc 31
#define total 36
#define error 40
#define level 41
#define option 42
#define options 43
#define values 44
#define nnz 45
#define info 46
#define grid 47
#define block 48
#define tile 49
#define group 50
#define mask 51
#define delta 52
#define var 53
#define lane 54
#define op 55
#define pred 56
#define label 57
#define parent 58
#define host 59
#define global 60
#define shared 63
#define T float
#define U double
#define Size 64
#define Ty int

"""#

    /// Host C++ (no implicit cuda_runtime.h) with `userMacroWords` defined before every host header.
    static let userMacrosHost = userMacroWords + #"""
#include <cuda_runtime.h>
#include <cuda.h>
#include <cublas_v2.h>
#include <cudnn.h>
#include <cufft.h>
#include <curand.h>
#include <cusparse.h>
#include <cuda_profiler_api.h>
#include <cuComplex.h>
#include <cuda_fp16.h>

static_assert(N == 1024 && M == 8 && K == 4 && n == 3 && count == 5 && flags == 2, "the user's macros are in effect");

int main() {
    float *buffer = nullptr;
    cudaStream_t queue = nullptr;
    cudaMalloc(&buffer, 64 * sizeof(float));
    cudaStreamCreateWithFlags(&queue, cudaStreamNonBlocking);
    cudaMemsetAsync(buffer, 0, 64 * sizeof(float), queue);
    CUdevice dev0 = 0;
    cuDeviceGet(&dev0, 0);
    cublasHandle_t blas = nullptr;
    cublasCreate(&blas);
    float one = 1.0f;
    cublasSscal(blas, 64, &one, buffer, 1);
    cudnnHandle_t dnn = nullptr;
    cudnnCreate(&dnn);
    cufftHandle fft = 0;
    cufftPlan1d(&fft, 64, CUFFT_C2C, 1);
    curandGenerator_t gen = nullptr;
    curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_DEFAULT);
    curandGenerateUniform(gen, buffer, 64);
    cusparseHandle_t sparse = nullptr;
    cusparseCreate(&sparse);
    cuFloatComplex z0 = make_cuFloatComplex(1.0f, 2.0f);
    return static_cast<int>(cuCrealf(z0)) + (cudaFree(buffer) == cudaSuccess ? 0 : 1);
}
"""#

    /// A .cu file (cuda_runtime.h included implicitly first, as under nvcc) with `userMacroWords`
    /// and words naming members of cuda_runtime.h's types (`stream`, `value`, `width`, `device`,
    /// ...) defined before the other headers; `size` (`thread_group::size()`) follows
    /// cooperative_groups.h.
    static let userMacrosCUDA = userMacroWords + #"""
#define stream 1
#define value 9
#define width 70
#define height 71
#define depth 72
#define pitch 73
#define ptr 74
#define device 75
#define dst 76
#define bytes 77
#define kind 78
#define func 79
#define name 80
#define offset 81
#define state 82
#define index 83
#define constant 84
#define result 85
#define priority 86
#include <cooperative_groups.h>
#include <cooperative_groups/reduce.h>
#include <cooperative_groups/scan.h>
#define size 7
#include <cuda.h>
#include <cublas_v2.h>
#include <cudnn.h>
#include <cufft.h>
#include <curand.h>
#include <cusparse.h>
#include <mma.h>
#include <cuda_bf16.h>
#include <sm_32_intrinsics.h>
namespace cg = cooperative_groups;

static_assert(N == 1024 && count == 5 && size == 7 && value == 9 && stream == 1 && flags == 2, "the user's macros are in effect");

__constant__ float scale_factor[4];
__device__ int hits;

template <int Elems>
__global__ void __launch_bounds__(256) reduce_rows(const float *in, float *out) {
    __shared__ float cache[Elems];
    cg::thread_block blk = cg::this_thread_block();
    cg::thread_block_tile<32> warp32 = cg::tiled_partition<32>(blk);
    float x0 = __ldg(&in[blk.thread_rank()]) * scale_factor[0];
    cache[blk.thread_rank() % Elems] = x0;
    blk.sync();
    float total32 = cg::reduce(warp32, x0, cg::plus<float>());
    float first = cg::inclusive_scan(warp32, x0);
    float shuffled = warp32.shfl_down(total32, 1) + __shfl_xor_sync(0xffffffffu, first, 2);
    if (warp32.thread_rank() == 0) {
        atomicAdd(&out[warp32.meta_group_rank()], shuffled + cache[0] + __expf(x0) + fminf(x0, 1.0f));
        atomicAdd(&hits, 1);
    }
}

int main() {
    float *rows = nullptr, *sums = nullptr;
    cudaMalloc(&rows, 1024 * sizeof(float));
    cudaMalloc(&sums, 32 * sizeof(float));
    cudaStream_t queue = nullptr;
    cudaStreamCreate(&queue);
    reduce_rows<256><<<4, 256, 0, queue>>>(rows, sums);
    cudaMemcpyAsync(rows, sums, 32 * sizeof(float), cudaMemcpyDeviceToDevice, queue);
    cudaStreamSynchronize(queue);
    CUdevice dev0 = 0;
    cuDeviceGet(&dev0, 0);
    cublasHandle_t blas = nullptr;
    cublasCreate(&blas);
    cudnnHandle_t dnn = nullptr;
    cudnnCreate(&dnn);
    cufftHandle fft = 0;
    cufftPlan1d(&fft, 64, CUFFT_R2C, 1);
    curandGenerator_t gen = nullptr;
    curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_DEFAULT);
    cusparseHandle_t sparse = nullptr;
    cusparseCreate(&sparse);
    cudaFree(rows);
    cudaFree(sums);
    return 0;
}
"""#

    /// A cuBLASLt program: handle, matmul descriptor with attributes and epilogue, layouts with
    /// attributes, preference, heuristics and matmul, algorithm ids, configuration and capability
    /// queries, descriptor initialisation in caller storage, matrix transform, status strings and
    /// logging.
    static let cublasLt = #"""
#include <cublasLt.h>
#include <cstdio>

#define LT_CHECK(call)                                                                  \
    do {                                                                                \
        cublasStatus_t st_ = (call);                                                    \
        if (st_ != CUBLAS_STATUS_SUCCESS) printf("%s\n", cublasLtGetStatusString(st_)); \
    } while (0)

static void logger(int level, const char* function, const char* message) { printf("%d %s %s\n", level, function, message); }

int main() {
    cublasLtHandle_t lt;
    LT_CHECK(cublasLtCreate(&lt));
    printf("%zu %zu %s\n", cublasLtGetVersion(), cublasLtGetCudartVersion(), cublasLtGetStatusName(CUBLAS_STATUS_SUCCESS));
    int major = 0;
    LT_CHECK(cublasLtGetProperty(MAJOR_VERSION, &major));
    LT_CHECK(cublasLtLoggerSetCallback(logger));
    LT_CHECK(cublasLtLoggerSetLevel(2));
    LT_CHECK(cublasLtHeuristicsCacheSetCapacity(1024));

    cublasLtMatmulDesc_t op;
    LT_CHECK(cublasLtMatmulDescCreate(&op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
    cublasOperation_t transa = CUBLAS_OP_T;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSA, &transa, sizeof(transa)));
    cublasLtEpilogue_t epilogue = CUBLASLT_EPILOGUE_GELU_BIAS;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)));
    cudaDataType_t scale = CUDA_R_32F;
    size_t written = 0;
    LT_CHECK(cublasLtMatmulDescGetAttribute(op, CUBLASLT_MATMUL_DESC_SCALE_TYPE, &scale, sizeof(scale), &written));
    cublasLtPointerMode_t mode = CUBLASLT_POINTER_MODE_HOST;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_POINTER_MODE, &mode, sizeof(mode)));

    cublasLtMatrixLayout_t a, b, c;
    LT_CHECK(cublasLtMatrixLayoutCreate(&a, CUDA_R_16F, 64, 32, 64));
    LT_CHECK(cublasLtMatrixLayoutCreate(&b, CUDA_R_16F, 64, 48, 64));
    cublasLtMatrixLayoutOpaque_t storage;
    c = &storage;
    LT_CHECK(cublasLtMatrixLayoutInit(c, CUDA_R_16F, 32, 48, 32));
    cublasLtOrder_t order = CUBLASLT_ORDER_ROW;
    LT_CHECK(cublasLtMatrixLayoutSetAttribute(c, CUBLASLT_MATRIX_LAYOUT_ORDER, &order, sizeof(order)));
    int64_t stride = 0;
    LT_CHECK(cublasLtMatrixLayoutGetAttribute(c, CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, &stride, sizeof(stride), &written));

    cublasLtMatmulPreference_t preference;
    LT_CHECK(cublasLtMatmulPreferenceCreate(&preference));
    uint64_t workspace = 1 << 22;
    LT_CHECK(cublasLtMatmulPreferenceSetAttribute(preference, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &workspace, sizeof(workspace)));
    uint32_t alignment = 16;
    LT_CHECK(cublasLtMatmulPreferenceSetAttribute(preference, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, &alignment, sizeof(alignment)));

    cublasLtMatmulHeuristicResult_t results[4] = {};
    int returned = 0;
    LT_CHECK(cublasLtMatmulAlgoGetHeuristic(lt, op, a, b, c, c, preference, 4, results, &returned));
    int ids[8];
    int count = 0;
    LT_CHECK(cublasLtMatmulAlgoGetIds(lt, CUBLAS_COMPUTE_32F, CUDA_R_32F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, 8, ids, &count));
    cublasLtMatmulAlgo_t algo;
    LT_CHECK(cublasLtMatmulAlgoInit(lt, CUBLAS_COMPUTE_32F, CUDA_R_32F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, ids[0], &algo));
    cublasLtMatmulTile_t tile = CUBLASLT_MATMUL_TILE_128x128;
    LT_CHECK(cublasLtMatmulAlgoConfigSetAttribute(&algo, CUBLASLT_ALGO_CONFIG_TILE_ID, &tile, sizeof(tile)));
    cublasLtMatmulStages_t stages = CUBLASLT_MATMUL_STAGES_64x3;
    LT_CHECK(cublasLtMatmulAlgoConfigSetAttribute(&algo, CUBLASLT_ALGO_CONFIG_STAGES_ID, &stages, sizeof(stages)));
    uint32_t reduction = CUBLASLT_REDUCTION_SCHEME_NONE;
    LT_CHECK(cublasLtMatmulAlgoCapGetAttribute(&algo, CUBLASLT_ALGO_CAP_REDUCTION_SCHEME_MASK, &reduction, sizeof(reduction), &written));
    cublasLtNumericalImplFlags_t flags = CUBLASLT_NUMERICAL_IMPL_FLAGS_HMMA | CUBLASLT_NUMERICAL_IMPL_FLAGS_ACCUMULATOR_32F;
    (void)flags;
    cublasLtMatmulHeuristicResult_t check;
    LT_CHECK(cublasLtMatmulAlgoCheck(lt, op, a, b, c, c, &algo, &check));

    const float alpha = 1.0f, beta = 0.0f;
    LT_CHECK(cublasLtMatmul(lt, op, &alpha, nullptr, a, nullptr, b, &beta, nullptr, c, nullptr, c, &results[0].algo, nullptr,
                            results[0].workspaceSize, 0));

    cublasLtMatrixTransformDesc_t transform;
    LT_CHECK(cublasLtMatrixTransformDescCreate(&transform, CUDA_R_32F));
    LT_CHECK(cublasLtMatrixTransformDescSetAttribute(transform, CUBLASLT_MATRIX_TRANSFORM_DESC_TRANSA, &transa, sizeof(transa)));
    LT_CHECK(cublasLtMatrixTransform(lt, transform, &alpha, nullptr, a, &beta, nullptr, a, nullptr, a, 0));
    LT_CHECK(cublasLtMatrixTransformDescDestroy(transform));

    LT_CHECK(cublasLtMatmulPreferenceDestroy(preference));
    LT_CHECK(cublasLtMatrixLayoutDestroy(b));
    LT_CHECK(cublasLtMatrixLayoutDestroy(a));
    LT_CHECK(cublasLtMatmulDescDestroy(op));
    LT_CHECK(cublasLtLoggerForceDisable());
    LT_CHECK(cublasLtDestroy(lt));
    return 0;
}
"""#
}
