import Clang
import Mapping
import Reporting

/// `cudaDeviceProp` fields that `hipDeviceProp_t` lacks before ROCm 6.0, whose
/// `hipDeviceProp_t` took over CUDA's layout. Reading one does not compile for an older target.
public struct DevicePropertyRule: Rule {
    /// cu2hip's `cudaDeviceProp` fields missing from `hipDeviceProp_t` in HIP 5.2 (Debian 12's),
    /// found by comparing the two declarations.
    static let missingBefore6: Set<String> = [
        "accessPolicyMaxWindowSize", "asyncEngineCount", "canUseHostPointerForRegisteredMem", "clusterLaunch",
        "computePreemptionSupported", "deferredMappingCudaArraySupported", "deviceOverlap", "globalL1CacheSupported",
        "gpuDirectRDMAFlushWritesOptions", "gpuDirectRDMASupported", "gpuDirectRDMAWritesOrdering", "hostNativeAtomicSupported",
        "hostRegisterReadOnlySupported", "hostRegisterSupported", "ipcEventSupported", "localL1CacheSupported", "luid",
        "luidDeviceNodeMask", "maxBlocksPerMultiProcessor", "maxSurface1D", "maxSurface1DLayered", "maxSurface2D",
        "maxSurface2DLayered", "maxSurface3D", "maxSurfaceCubemap", "maxSurfaceCubemapLayered", "maxTexture1DLayered",
        "maxTexture1DMipmap", "maxTexture2DGather", "maxTexture2DLayered", "maxTexture2DLinear", "maxTexture2DMipmap",
        "maxTexture3DAlt", "maxTextureCubemap", "maxTextureCubemapLayered", "memoryPoolSupportedHandleTypes",
        "memoryPoolsSupported", "multiGpuBoardGroupID", "persistingL2CacheMaxSize", "regsPerMultiprocessor",
        "reservedSharedMemPerBlock", "sharedMemPerBlockOptin", "sharedMemPerMultiprocessor",
        "singleToDoublePrecisionPerfRatio", "sparseCudaArraySupported", "streamPrioritiesSupported", "surfaceAlignment",
        "timelineSemaphoreInteropSupported", "unifiedAddressing", "unifiedFunctionPointers", "uuid",
    ]
    static let complete = Version([6, 0])

    public static let description = RuleDescription(
        identifier: "device-property",
        name: "Device properties",
        summary: "Reports cudaDeviceProp fields that hipDeviceProp_t lacks before ROCm 6.0 (deviceOverlap, uuid, unifiedAddressing, ...).",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            bool overlaps(int device) {
                cudaDeviceProp prop;
                cudaGetDeviceProperties(&prop, device);
                return prop.deviceOverlap && prop.multiProcessorCount > 1;
            }
            """, """
            #include <hip/hip_runtime.h>
            bool overlaps(int device) {
                hipDeviceProp_t prop;
                hipGetDeviceProperties(&prop, device);
                return prop.deviceOverlap && prop.multiProcessorCount > 1;
            }
            """, options: TranslationOptions(rocmVersion: Version([5, 2])), fileName: "props.cpp",
               reports: ["5: hipDeviceProp_t has no 'deviceOverlap' before ROCm 6.0"]),
            // ROCm 6.0's hipDeviceProp_t has the field.
            Example("""
            #include <cuda_runtime.h>
            bool overlaps(cudaDeviceProp* prop) { return prop->deviceOverlap != 0; }
            """, """
            #include <hip/hip_runtime.h>
            bool overlaps(hipDeviceProp_t* prop) { return prop->deviceOverlap != 0; }
            """, options: TranslationOptions(rocmVersion: Version([6, 2])), fileName: "props.cpp"),
        ],
        nonTriggering: [
            Example("""
            struct Props { int deviceOverlap; };
            int overlaps(Props p) { return p.deviceOverlap; }
            """, fileName: "own.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        guard context.options.rocmVersion < Self.complete else { return }
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && Self.missingBefore6.contains(token.spelling) {
            guard let reference = token.token.reference, reference.declarationKind == "FieldDecl",
                  ParseSetup.isVirtualPath(reference.declarationFile),
                  let previous = stream.previous(before: token.index), [".", "->"].contains(stream[previous].spelling) else { continue }
            output.references.found += 1
            output.references.unsupported += 1
            output.report(token.range.start, .warning, rule: identifier,
                          "hipDeviceProp_t has no '\(token.spelling)' before ROCm 6.0 (targeting \(context.options.rocmVersion)); "
                              + "ROCm 6.0's hipDeviceProp_t has CUDA's fields: target it, or query the property another way",
                          name: token.spelling)
        }
    }
}
