// swift-tools-version:6.0
import PackageDescription
import Foundation

/// Settings every Swift target shares.
let commonSwiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "cu2hip",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cu2hip", targets: ["cu2hip"]),
        .library(name: "Translator", targets: ["Translator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libclang's C API, nothing else.
        .systemLibrary(name: "CClang", path: "Sources/CClang"),
        // The only target that touches unsafe pointers.
        .target(
            name: "Clang",
            dependencies: ["CClang"],
            swiftSettings: commonSwiftSettings + [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmPrefix)/lib", "-Xlinker", "-rpath", "-Xlinker", "\(llvmPrefix)/lib"])]
        ),
        // The CUDA -> HIP database. Pure data, no libclang.
        .target(name: "Mapping", swiftSettings: commonSwiftSettings),
        // The CUDA declarations cu2hip parses with, so no CUDA SDK is needed.
        .target(name: "CUDADeclarations", exclude: ["Headers"], swiftSettings: commonSwiftSettings),
        // Report model, unified diff and formatters.
        .target(name: "Reporting", swiftSettings: commonSwiftSettings),
        // Rules, matching, edit planning, the file pipeline.
        .target(
            name: "Translator",
            dependencies: ["Clang", "Mapping", "CUDADeclarations", "Reporting"],
            swiftSettings: commonSwiftSettings
        ),
        .executableTarget(
            name: "cu2hip",
            dependencies: [
                "Translator", "Reporting", "Mapping",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: commonSwiftSettings
        ),
        .target(name: "TestSupport", dependencies: ["Translator", "Reporting"], path: "Tests/TestSupport", swiftSettings: commonSwiftSettings),
        .testTarget(name: "ClangTests", dependencies: ["Clang", "CUDADeclarations", "TestSupport"], swiftSettings: commonSwiftSettings),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "TestSupport"], swiftSettings: commonSwiftSettings),
        .testTarget(name: "CUDADeclarationsTests", dependencies: ["CUDADeclarations", "Clang", "TestSupport"], swiftSettings: commonSwiftSettings),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"], swiftSettings: commonSwiftSettings),
        .testTarget(name: "TranslatorTests", dependencies: ["Translator", "TestSupport"], swiftSettings: commonSwiftSettings),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], swiftSettings: commonSwiftSettings),
        // Unit tests of the command-line target's own types (the progress line).
        .testTarget(name: "CommandLineTests", dependencies: ["cu2hip"], swiftSettings: commonSwiftSettings),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - Environment-driven settings
//
// LLVM_PREFIX picks the libclang install (headers in <prefix>/include/clang-c, libclang.so in
// <prefix>/lib). Debian 12's libclang-dev is LLVM 14.
var llvmPrefix: String {
    ProcessInfo.processInfo.environment["CU2HIP_LLVM_PREFIX"] ?? "/usr/lib/llvm-14"
}
