internal import CClang

/// Failures of libclang itself (not diagnostics in the parsed code).
public enum ClangError: Error, CustomStringConvertible, Equatable, Sendable {
    /// libclang could not create an index.
    case indexCreationFailed
    /// `clang_parseTranslationUnit2` failed outright for `path`.
    case parseFailed(path: String, code: Int, reason: String)
    /// `clang_saveTranslationUnit` failed.
    case saveFailed(path: String, code: Int)

    init(code: CXErrorCode, path: String) {
        let reason: String
        switch code {
        case CXError_Crashed: reason = "libclang crashed while parsing"
        case CXError_InvalidArguments: reason = "libclang rejected the compiler arguments"
        case CXError_ASTReadError: reason = "libclang could not read the AST"
        default: reason = "libclang failed to parse"
        }
        self = .parseFailed(path: path, code: Int(code.rawValue), reason: reason)
    }

    public var description: String {
        switch self {
        case .indexCreationFailed:
            return "libclang could not create an index; check that libclang (Debian: libclang-dev) is installed"
        case let .parseFailed(path, code, reason):
            return "\(path): \(reason) (CXErrorCode \(code)); the file is not translated"
        case let .saveFailed(path, code):
            return "\(path): libclang could not save the precompiled header (CXSaveError \(code))"
        }
    }
}
