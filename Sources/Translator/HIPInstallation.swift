import Foundation
import Mapping

/// An installed HIP, found by its `hip/hip_version.h`.
public struct HIPInstallation: Sendable, Equatable {
    /// HIP_VERSION_MAJOR.HIP_VERSION_MINOR.HIP_VERSION_PATCH, e.g. 5.2.21153.
    public var version: Version
    /// HIP_VERSION_GITHASH, when the header defines it.
    public var gitHash: String?
    /// The `hip_version.h` the version was read from.
    public var headerPath: String

    /// The installation's root: the folder above `include/hip/hip_version.h` (clang's
    /// `--rocm-path`), or nil when the header does not sit there.
    public var root: String? {
        let suffix = "/include/hip/hip_version.h"
        guard headerPath.hasSuffix(suffix) else { return nil }
        let root = String(headerPath.dropLast(suffix.count))
        return root.isEmpty ? "/" : root
    }

    public init(version: Version, gitHash: String? = nil, headerPath: String) {
        self.version = version
        self.gitHash = gitHash
        self.headerPath = headerPath
    }

    /// The ROCm release this HIP belongs to: its major.minor.
    public var rocmVersion: Version {
        Version(Array(version.components.prefix(2)))
    }

    /// The environment variable that replaces ``defaultSearchPath`` (colon-separated; empty
    /// searches nothing).
    public static let searchPathVariable = "CU2HIP_HIP_SEARCH_PATH"

    /// Include directories searched for `hip/hip_version.h`, in order: `$ROCM_PATH/include`
    /// (when set), `/opt/rocm/include`, `/usr/include`, `/usr/local/include`.
    public static func defaultSearchPath(rocmPath: String?) -> [String] {
        var directories: [String] = []
        if let rocmPath, !rocmPath.isEmpty { directories.append(rocmPath + "/include") }
        return directories + ["/opt/rocm/include", "/usr/include", "/usr/local/include"]
    }

    /// The search path for `environment`: ``searchPathVariable`` when it is set (split on ':',
    /// empty entries dropped), ``defaultSearchPath(rocmPath:)`` with `ROCM_PATH` otherwise.
    public static func searchPath(environment: [String: String]) -> [String] {
        if let list = environment[searchPathVariable] {
            return list.split(separator: ":").map(String.init)
        }
        return defaultSearchPath(rocmPath: environment["ROCM_PATH"])
    }

    /// The first directory of `searchPath` whose `hip/hip_version.h` gives a version, or nil.
    /// A header that is missing, unreadable or without the three version macros is skipped.
    public static func find(in searchPath: [String]) -> HIPInstallation? {
        for directory in searchPath {
            let path = directory.hasSuffix("/") ? directory + "hip/hip_version.h" : directory + "/hip/hip_version.h"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            if let installation = parse(String(decoding: data, as: UTF8.self), headerPath: path) {
                return installation
            }
        }
        return nil
    }

    /// Reads HIP_VERSION_MAJOR, _MINOR and _PATCH (and _GITHASH) from the text of a
    /// `hip_version.h`; nil when one of the three numbers is missing.
    public static func parse(_ text: String, headerPath: String) -> HIPInstallation? {
        let macros = defines(in: text)
        guard let major = macros["HIP_VERSION_MAJOR"].flatMap(Int.init),
              let minor = macros["HIP_VERSION_MINOR"].flatMap(Int.init),
              let patch = macros["HIP_VERSION_PATCH"].flatMap(Int.init) else { return nil }
        let hash = macros["HIP_VERSION_GITHASH"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        return HIPInstallation(version: Version([major, minor, patch]), gitHash: hash?.isEmpty == false ? hash : nil,
                               headerPath: headerPath)
    }

    /// `#define NAME VALUE` lines (`# define` too) → NAME: the first word of VALUE; the first
    /// definition of a name wins.
    static func defines(in text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.first == "#" else { continue }
            let words = trimmed.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 3, words[0] == "define", result[String(words[1])] == nil else { continue }
            result[String(words[1])] = String(words[2])
        }
        return result
    }
}

/// The ROCm release a run targets and why.
public struct ROCmTarget: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// `--rocm-version` was given.
        case option
        /// Read from an installed HIP.
        case installation(HIPInstallation)
        /// No option and no HIP installation found.
        case defaultVersion
    }

    public var version: Version
    public var source: Source

    public init(version: Version, source: Source) {
        self.version = version
        self.source = source
    }

    /// The option's value when given, else the installation's major.minor, else
    /// ``TranslationOptions/defaultROCmVersion``.
    public static func choose(option: Version?, installation: HIPInstallation?) -> ROCmTarget {
        if let option { return ROCmTarget(version: option, source: .option) }
        if let installation { return ROCmTarget(version: installation.rocmVersion, source: .installation(installation)) }
        return ROCmTarget(version: TranslationOptions.defaultROCmVersion, source: .defaultVersion)
    }

    /// ``choose(option:installation:)`` with the installation found on the search path that
    /// `environment` gives (see ``HIPInstallation/searchPath(environment:)``); nothing is searched
    /// when `option` is given.
    public static func detect(option: Version?,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> ROCmTarget {
        if option != nil { return choose(option: option, installation: nil) }
        return choose(option: nil, installation: HIPInstallation.find(in: HIPInstallation.searchPath(environment: environment)))
    }

    /// The `hip_version.h` the version was read from, when it was.
    public var installationHeader: String? {
        if case .installation(let installation) = source { return installation.headerPath }
        return nil
    }

    /// For the report's `rocm-version-source`: "--rocm-version", the header's path, or
    /// "default (no HIP installation found)".
    public var sourceDescription: String {
        switch source {
        case .option: return "--rocm-version"
        case .installation(let installation): return installation.headerPath
        case .defaultVersion: return "default (no HIP installation found)"
        }
    }

    /// The note for stderr, or nil when the version was given on the command line.
    public var note: String? {
        switch source {
        case .option:
            return nil
        case .installation(let installation):
            return "targeting ROCm \(version) (HIP \(installation.version) found in \(installation.headerPath))"
        case .defaultVersion:
            return "targeting ROCm \(version), the default (no HIP installation found; choose another with --rocm-version)"
        }
    }
}
