// laplacian_spmv.cu -- y = alpha * A * x + beta * y for the 5-point Laplacian of an nx x ny grid.
// The matrix is assembled on the host as sorted COO triplets, the row offsets are built on the
// device with cusparseXcoo2csr, and the product runs through the generic SpMV API. The result is
// checked against a host CSR product.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>
#include <hipsparse/hipsparse.h>

#define CHECK_CUDA(call)                                                                         \
    do {                                                                                         \
        hipError_t status_ = (call);                                                             \
        if (status_ != hipSuccess) {                                                             \
            std::fprintf(stderr, "CUDA error %s at %s:%d\n", hipGetErrorString(status_),       \
                         __FILE__, __LINE__);                                                    \
            std::exit(EXIT_FAILURE);                                                             \
        }                                                                                        \
    } while (0)

#define CHECK_CUSPARSE(call)                                                                     \
    do {                                                                                         \
        hipsparseStatus_t status_ = (call);                                                      \
        if (status_ != HIPSPARSE_STATUS_SUCCESS) {                                               \
            std::fprintf(stderr, "cuSPARSE status %d at %s:%d: %s\n", static_cast<int>(status_), \
                         __FILE__, __LINE__, #call);                                             \
            std::exit(EXIT_FAILURE);                                                             \
        }                                                                                        \
    } while (0)

namespace {

struct Coo {
    int rows = 0;
    std::vector<int> row, col;
    std::vector<float> val;
};

// Row-major numbering of the grid points; entries come out sorted by row, then column.
Coo laplacian(int nx, int ny)
{
    Coo a;
    a.rows = nx * ny;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const int r = j * nx + i;
            auto add = [&](int c, float v) {
                a.row.push_back(r);
                a.col.push_back(c);
                a.val.push_back(v);
            };
            if (j > 0) add(r - nx, -1.0f);
            if (i > 0) add(r - 1, -1.0f);
            add(r, 4.0f);
            if (i < nx - 1) add(r + 1, -1.0f);
            if (j < ny - 1) add(r + nx, -1.0f);
        }
    return a;
}

}  // namespace

int main()
{
    const int nx = 64, ny = 48;
    const Coo a = laplacian(nx, ny);
    const int m = a.rows;
    const int nnz = static_cast<int>(a.val.size());
    const float alpha = 1.0f, beta = 0.5f;

    std::vector<float> h_x(m), h_y(m);
    for (int i = 0; i < m; ++i) {
        h_x[i] = std::sin(0.01f * i);
        h_y[i] = 1.0f;
    }

    int *d_coo_rows = nullptr, *d_csr_offsets = nullptr, *d_columns = nullptr;
    float *d_values = nullptr, *d_x = nullptr, *d_y = nullptr;
    CHECK_CUDA(hipMalloc(&d_coo_rows, nnz * sizeof(int)));
    CHECK_CUDA(hipMalloc(&d_csr_offsets, (m + 1) * sizeof(int)));
    CHECK_CUDA(hipMalloc(&d_columns, nnz * sizeof(int)));
    CHECK_CUDA(hipMalloc(&d_values, nnz * sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_x, m * sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_y, m * sizeof(float)));
    CHECK_CUDA(hipMemcpy(d_coo_rows, a.row.data(), nnz * sizeof(int), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemcpy(d_columns, a.col.data(), nnz * sizeof(int), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemcpy(d_values, a.val.data(), nnz * sizeof(float), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemcpy(d_x, h_x.data(), m * sizeof(float), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemcpy(d_y, h_y.data(), m * sizeof(float), hipMemcpyHostToDevice));

    hipStream_t stream;
    CHECK_CUDA(hipStreamCreate(&stream));
    hipsparseHandle_t handle;
    CHECK_CUSPARSE(hipsparseCreate(&handle));
    CHECK_CUSPARSE(hipsparseSetStream(handle, stream));

    // COO row indices -> CSR row offsets (legacy API, still the simplest way).
    CHECK_CUSPARSE(hipsparseXcoo2csr(handle, d_coo_rows, nnz, m, d_csr_offsets, HIPSPARSE_INDEX_BASE_ZERO));

    hipsparseSpMatDescr_t mat_a;
    hipsparseDnVecDescr_t vec_x, vec_y;
    CHECK_CUSPARSE(hipsparseCreateCsr(&mat_a, m, m, nnz, d_csr_offsets, d_columns, d_values, HIPSPARSE_INDEX_32I,
                                     HIPSPARSE_INDEX_32I, HIPSPARSE_INDEX_BASE_ZERO, HIP_R_32F));
    CHECK_CUSPARSE(hipsparseCreateDnVec(&vec_x, m, d_x, HIP_R_32F));
    CHECK_CUSPARSE(hipsparseCreateDnVec(&vec_y, m, d_y, HIP_R_32F));

    size_t buffer_size = 0;
    CHECK_CUSPARSE(hipsparseSpMV_bufferSize(handle, HIPSPARSE_OPERATION_NON_TRANSPOSE, &alpha, mat_a, vec_x, &beta, vec_y,
                                           HIP_R_32F, HIPSPARSE_SPMV_ALG_DEFAULT, &buffer_size));
    void* d_buffer = nullptr;
    CHECK_CUDA(hipMalloc(&d_buffer, buffer_size));
    CHECK_CUSPARSE(hipsparseSpMV(handle, HIPSPARSE_OPERATION_NON_TRANSPOSE, &alpha, mat_a, vec_x, &beta, vec_y, HIP_R_32F,
                                HIPSPARSE_SPMV_ALG_DEFAULT, d_buffer));

    std::vector<int> h_offsets(m + 1);
    std::vector<float> result(m);
    CHECK_CUDA(hipMemcpyAsync(h_offsets.data(), d_csr_offsets, (m + 1) * sizeof(int), hipMemcpyDeviceToHost, stream));
    CHECK_CUDA(hipMemcpyAsync(result.data(), d_y, m * sizeof(float), hipMemcpyDeviceToHost, stream));
    CHECK_CUDA(hipStreamSynchronize(stream));

    // Host CSR product with the offsets the device built.
    double worst = 0.0;
    bool offsets_ok = h_offsets[0] == 0 && h_offsets[m] == nnz;
    for (int r = 0; r < m; ++r) {
        offsets_ok = offsets_ok && h_offsets[r] <= h_offsets[r + 1];
        double acc = 0.0;
        for (int k = h_offsets[r]; k < h_offsets[r + 1]; ++k) acc += double(a.val[k]) * h_x[a.col[k]];
        const double want = alpha * acc + beta * h_y[r];
        worst = std::fmax(worst, std::fabs(result[r] - want));
    }
    std::printf("%d x %d Laplacian, %d nonzeros, SpMV buffer %zu bytes\n", m, m, nnz, buffer_size);
    std::printf("row offsets %s, max abs error %.3e\n", offsets_ok ? "ok" : "WRONG", worst);

    CHECK_CUSPARSE(hipsparseDestroySpMat(mat_a));
    CHECK_CUSPARSE(hipsparseDestroyDnVec(vec_x));
    CHECK_CUSPARSE(hipsparseDestroyDnVec(vec_y));
    CHECK_CUSPARSE(hipsparseDestroy(handle));
    CHECK_CUDA(hipStreamDestroy(stream));
    for (void* p : {static_cast<void*>(d_coo_rows), static_cast<void*>(d_csr_offsets), static_cast<void*>(d_columns),
                    static_cast<void*>(d_values), static_cast<void*>(d_x), static_cast<void*>(d_y), d_buffer}) {
        CHECK_CUDA(hipFree(p));
    }
    const bool ok = offsets_ok && worst < 1e-4;
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
