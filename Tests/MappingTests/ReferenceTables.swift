import Foundation

/// Paths to the repository and the read-only reference tables, found from this file's location
/// (`<repo>/Tests/MappingTests/ReferenceTables.swift`).
enum ReferenceTables {
    /// The repository root.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // MappingTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    /// `<repo>/../shared/reference/hipify-tables`, the generator's default input.
    static let directory: URL = repositoryRoot
        .deletingLastPathComponent()
        .appendingPathComponent("shared/reference/hipify-tables", isDirectory: true)

    /// Whether the reference tables are present on this machine.
    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static let missingMessage = "../shared/reference/hipify-tables does not exist beside the repository root"
}
