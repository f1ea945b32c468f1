import Foundation

/// Paths to the repository and the reference tables it carries, found from this file's location
/// (`<repo>/Tests/MappingTests/ReferenceTables.swift`).
enum ReferenceTables {
    /// The repository root.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // MappingTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    /// `<repo>/Data/hipify-tables`, the generator's default input (part of every clone).
    static let directory: URL = repositoryRoot
        .appendingPathComponent("Data/hipify-tables", isDirectory: true)
}
