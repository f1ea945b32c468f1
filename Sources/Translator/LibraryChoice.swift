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

    /// The CUDA libraries that go to their ROCm-native target (the database's `rocName`).
    public var rocmNativeLibraries: Set<Library> {
        var libraries: Set<Library> = []
        if blas == .rocblas { libraries.insert(.cublas) }
        if dnn == .miopen { libraries.insert(.cudnn) }
        if rand == .rocrand { libraries.insert(.curand) }
        if sparse == .rocsparse { libraries.insert(.cusparse) }
        if solver == .rocsolver { libraries.insert(.cusolver) }
        return libraries
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
