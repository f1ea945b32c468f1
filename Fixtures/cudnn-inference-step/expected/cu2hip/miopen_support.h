// Written by cu2hip: MIOpen helpers for code translated from cuDNN.
//
// MIOpen runs a convolution only with an algorithm its Find call returned for the same
// descriptors. cuDNN's algorithm queries that take no buffers (cudnnGetConvolution*Algorithm_v7,
// cudnnFindConvolution*Algorithm) become the find* functions below. They keep cuDNN's argument
// order, allocate scratch tensors of the descriptors' sizes and the largest workspace MIOpen
// asks for, run MIOpen's Find, and free the scratch. The results are sorted fastest first; each
// carries the algorithm in the field of its direction (fwd_algo, bwd_data_algo,
// bwd_weights_algo), its time and its workspace size (memory).
#ifndef CU2HIP_MIOPEN_SUPPORT_H
#define CU2HIP_MIOPEN_SUPPORT_H

#include <hip/hip_runtime.h>
#include <miopen/miopen.h>

#include <cstddef>
#include <map>
#include <mutex>

namespace cu2hip {

// Array sizes for Find results: one more than MIOpen's largest algorithm value per direction.
constexpr int kConvolutionFwdAlgoCount = 6;
constexpr int kConvolutionBwdDataAlgoCount = 6;
constexpr int kConvolutionBwdWeightsAlgoCount = 6;

// A zero scaling factor: every byte is zero, so it reads as 0 whether MIOpen reads a float
// or a double.
static const double kZeroScale = 0.0;

namespace detail {

// Device memory of at least one byte, freed when it goes out of scope.
class Scratch {
public:
    explicit Scratch(std::size_t bytes) {
        if (hipMalloc(&data_, bytes > 0 ? bytes : 1) != hipSuccess) data_ = nullptr;
    }
    ~Scratch() {
        if (data_ != nullptr) (void)hipFree(data_);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    void* get() const { return data_; }

private:
    void* data_ = nullptr;
};

inline std::size_t tensorBytes(miopenTensorDescriptor_t descriptor) {
    std::size_t bytes = 0;
    return miopenGetTensorNumBytes(descriptor, &bytes) == miopenStatusSuccess ? bytes : 0;
}

}  // namespace detail

// cudnnGetConvolutionForwardAlgorithm_v7 / cudnnFindConvolutionForwardAlgorithm.
inline miopenStatus_t findConvolutionForwardAlgorithm(miopenHandle_t handle, miopenTensorDescriptor_t xDesc,
                                                      miopenTensorDescriptor_t wDesc,
                                                      miopenConvolutionDescriptor_t convDesc,
                                                      miopenTensorDescriptor_t yDesc, int requestedAlgoCount,
                                                      int* returnedAlgoCount, miopenConvAlgoPerf_t* perfResults) {
    std::size_t workspaceBytes = 0;
    miopenStatus_t status = miopenConvolutionForwardGetWorkSpaceSize(handle, wDesc, xDesc, convDesc, yDesc, &workspaceBytes);
    if (status != miopenStatusSuccess) return status;
    detail::Scratch x(detail::tensorBytes(xDesc)), w(detail::tensorBytes(wDesc)), y(detail::tensorBytes(yDesc));
    detail::Scratch workspace(workspaceBytes);
    if (x.get() == nullptr || w.get() == nullptr || y.get() == nullptr || workspace.get() == nullptr) return miopenStatusAllocFailed;
    return miopenFindConvolutionForwardAlgorithm(handle, xDesc, x.get(), wDesc, w.get(), convDesc, yDesc, y.get(),
                                                 requestedAlgoCount, returnedAlgoCount, perfResults, workspace.get(),
                                                 workspaceBytes, false);
}

// cudnnGetConvolutionBackwardDataAlgorithm_v7 / cudnnFindConvolutionBackwardDataAlgorithm.
inline miopenStatus_t findConvolutionBackwardDataAlgorithm(miopenHandle_t handle, miopenTensorDescriptor_t wDesc,
                                                           miopenTensorDescriptor_t dyDesc,
                                                           miopenConvolutionDescriptor_t convDesc,
                                                           miopenTensorDescriptor_t dxDesc, int requestedAlgoCount,
                                                           int* returnedAlgoCount, miopenConvAlgoPerf_t* perfResults) {
    std::size_t workspaceBytes = 0;
    miopenStatus_t status = miopenConvolutionBackwardDataGetWorkSpaceSize(handle, dyDesc, wDesc, convDesc, dxDesc, &workspaceBytes);
    if (status != miopenStatusSuccess) return status;
    detail::Scratch w(detail::tensorBytes(wDesc)), dy(detail::tensorBytes(dyDesc)), dx(detail::tensorBytes(dxDesc));
    detail::Scratch workspace(workspaceBytes);
    if (w.get() == nullptr || dy.get() == nullptr || dx.get() == nullptr || workspace.get() == nullptr) return miopenStatusAllocFailed;
    return miopenFindConvolutionBackwardDataAlgorithm(handle, dyDesc, dy.get(), wDesc, w.get(), convDesc, dxDesc, dx.get(),
                                                      requestedAlgoCount, returnedAlgoCount, perfResults, workspace.get(),
                                                      workspaceBytes, false);
}

// cudnnGetConvolutionBackwardFilterAlgorithm_v7 / cudnnFindConvolutionBackwardFilterAlgorithm.
inline miopenStatus_t findConvolutionBackwardWeightsAlgorithm(miopenHandle_t handle, miopenTensorDescriptor_t xDesc,
                                                              miopenTensorDescriptor_t dyDesc,
                                                              miopenConvolutionDescriptor_t convDesc,
                                                              miopenTensorDescriptor_t dwDesc, int requestedAlgoCount,
                                                              int* returnedAlgoCount, miopenConvAlgoPerf_t* perfResults) {
    std::size_t workspaceBytes = 0;
    miopenStatus_t status = miopenConvolutionBackwardWeightsGetWorkSpaceSize(handle, dyDesc, xDesc, convDesc, dwDesc, &workspaceBytes);
    if (status != miopenStatusSuccess) return status;
    detail::Scratch x(detail::tensorBytes(xDesc)), dy(detail::tensorBytes(dyDesc)), dw(detail::tensorBytes(dwDesc));
    detail::Scratch workspace(workspaceBytes);
    if (x.get() == nullptr || dy.get() == nullptr || dw.get() == nullptr || workspace.get() == nullptr) return miopenStatusAllocFailed;
    return miopenFindConvolutionBackwardWeightsAlgorithm(handle, dyDesc, dy.get(), xDesc, x.get(), convDesc, dwDesc, dw.get(),
                                                         requestedAlgoCount, returnedAlgoCount, perfResults, workspace.get(),
                                                         workspaceBytes, false);
}

// Pooling for training: MIOpen's backward pass reads what its forward pass wrote to a workspace
// (the max positions). cuDNN has no such workspace, so each pooling output buffer y gets one,
// allocated by the forward pass on first use and kept for the rest of the program.
namespace detail {

struct PoolingWorkspace {
    void* data = nullptr;
    std::size_t bytes = 0;
};

inline std::mutex& poolingMutex() {
    static std::mutex mutex;
    return mutex;
}

inline std::map<const void*, PoolingWorkspace>& poolingWorkspaces() {
    static std::map<const void*, PoolingWorkspace> workspaces;
    return workspaces;
}

}  // namespace detail

// The workspace of the forward pass that writes y (grown to what yDesc needs).
inline void* poolingForwardWorkspace(miopenPoolingDescriptor_t poolDesc, miopenTensorDescriptor_t yDesc, const void* y) {
    std::size_t bytes = 0;
    if (miopenPoolingGetWorkSpaceSizeV2(poolDesc, yDesc, &bytes) != miopenStatusSuccess) return nullptr;
    std::lock_guard<std::mutex> lock(detail::poolingMutex());
    detail::PoolingWorkspace& workspace = detail::poolingWorkspaces()[y];
    if (workspace.data == nullptr || workspace.bytes < bytes) {
        if (workspace.data != nullptr) (void)hipFree(workspace.data);
        workspace = detail::PoolingWorkspace();
        if (hipMalloc(&workspace.data, bytes > 0 ? bytes : 1) != hipSuccess) return nullptr;
        workspace.bytes = bytes;
    }
    return workspace.data;
}

inline std::size_t poolingWorkspaceSize(miopenPoolingDescriptor_t poolDesc, miopenTensorDescriptor_t yDesc) {
    std::size_t bytes = 0;
    return miopenPoolingGetWorkSpaceSizeV2(poolDesc, yDesc, &bytes) == miopenStatusSuccess ? bytes : 0;
}

// The workspace the forward pass wrote for y; null when no forward pass wrote one, which
// MIOpen's backward max pooling rejects.
inline void* poolingBackwardWorkspace(const void* y) {
    std::lock_guard<std::mutex> lock(detail::poolingMutex());
    auto found = detail::poolingWorkspaces().find(y);
    return found == detail::poolingWorkspaces().end() ? nullptr : found->second.data;
}

}  // namespace cu2hip

#endif  // CU2HIP_MIOPEN_SUPPORT_H
