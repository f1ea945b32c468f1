import Mapping

/// Which ROCm library each CUDA library is translated to. The hip* libraries are thin portable
/// layers; the roc* libraries (and MIOpen) are AMD's native ones.
public struct LibraryChoice: Sendable, Hashable, Codable {
    public enum BLAS: String, CaseIterable, Sendable, Codable { case hipblas, rocblas }
    public enum DNN: String, CaseIterable, Sendable, Codable { case miopen, hipdnn }
    public enum RAND: String, CaseIterable, Sendable, Codable { case hiprand, rocrand }
    public enum Sparse: String, CaseIterable, Sendable, Codable { case hipsparse, rocsparse }
    public enum Solver: String, CaseIterable, Sendable, Codable { case hipsolver, rocsolver }

    public var blas: BLAS
    public var dnn: DNN
    public var rand: RAND
    public var sparse: Sparse
    public var solver: Solver

    public init(blas: BLAS = .hipblas, dnn: DNN = .miopen, rand: RAND = .hiprand, sparse: Sparse = .hipsparse, solver: Solver = .hipsolver) {
        self.blas = blas
        self.dnn = dnn
        self.rand = rand
        self.sparse = sparse
        self.solver = solver
    }

    /// True when `library` goes to its ROCm-native target (the database's `rocName`).
    public func usesROCName(for library: Library) -> Bool {
        switch library {
        case .cublas: blas == .rocblas
        case .cudnn: dnn == .miopen
        case .curand: rand == .rocrand
        case .cusparse: sparse == .rocsparse
        case .cusolver: solver == .rocsolver
        default: false
        }
    }

    /// The name of the target library, for messages ("hipBLAS", "MIOpen", ...).
    public func targetName(for library: Library) -> String {
        switch library {
        case .cublas: blas == .rocblas ? "rocBLAS" : "hipBLAS"
        case .cudnn: dnn == .miopen ? "MIOpen" : "hipDNN"
        case .curand: rand == .rocrand ? "rocRAND" : "hipRAND"
        case .cusparse: sparse == .rocsparse ? "rocSPARSE" : "hipSPARSE"
        case .cusolver: solver == .rocsolver ? "rocSOLVER" : "hipSOLVER"
        case .cufft: "hipFFT"
        case .cub: "hipCUB"
        case .rtc: "hipRTC"
        default: "HIP"
        }
    }

    /// The header that replaces a CUDA library's main header.
    func header(for library: Library, kernelSide: Bool = false) -> String {
        switch library {
        case .cublas: blas == .rocblas ? "rocblas/rocblas.h" : "hipblas/hipblas.h"
        case .cudnn: dnn == .miopen ? "miopen/miopen.h" : "hipDNN.h"
        case .curand:
            switch (rand, kernelSide) {
            case (.hiprand, false): "hiprand/hiprand.h"
            case (.hiprand, true): "hiprand/hiprand_kernel.h"
            case (.rocrand, false): "rocrand/rocrand.h"
            case (.rocrand, true): "rocrand/rocrand_kernel.h"
            }
        case .cusparse: sparse == .rocsparse ? "rocsparse/rocsparse.h" : "hipsparse/hipsparse.h"
        case .cusolver: solver == .rocsolver ? "rocsolver/rocsolver.h" : "hipsolver/hipsolver.h"
        case .cufft: "hipfft/hipfft.h"
        case .cub: "hipcub/hipcub.hpp"
        case .rtc: "hip/hiprtc.h"
        default: HeaderMap.runtimeHeader
        }
    }
}
