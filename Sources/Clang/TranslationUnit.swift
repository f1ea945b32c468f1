internal import CClang
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libclang index. One per concurrent worker; never shared across threads.
public final class Index {
    let raw: CXIndex

    public init() throws {
        guard let raw = clang_createIndex(0, 0) else { throw ClangError.indexCreationFailed }
        self.raw = raw
    }

    deinit { clang_disposeIndex(raw) }
}

/// A file handed to libclang from memory instead of disk.
public struct UnsavedFile: Sendable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, contents: String) {
        self.init(path: path, contents: Array(contents.utf8))
    }
}

/// A parsed file with everything it includes. Keeps its index alive; not thread-safe.
public final class TranslationUnit {
    let raw: CXTranslationUnit
    private let index: Index
    /// The path of the main file as given to the parser.
    public let path: String

    /// Parses `path` with `arguments` (compiler flags without the file name).
    ///
    /// Parsing keeps going after errors and records a detailed preprocessing record, so inactive
    /// `#if` ranges and inclusion directives are available. Throws ``ClangError`` only when
    /// libclang produces no translation unit at all; errors in the code are ``diagnostics``.
    /// `forSerialization` prepares the unit to be saved as a precompiled header with ``save(to:)``.
    public init(index: Index, path: String, arguments: [String], unsavedFiles: [UnsavedFile] = [], forSerialization: Bool = false) throws {
        self.index = index
        self.path = path
        var options = CXTranslationUnit_DetailedPreprocessingRecord.rawValue
            | CXTranslationUnit_KeepGoing.rawValue
        if forSerialization { options |= CXTranslationUnit_ForSerialization.rawValue }
        // C strings that must outlive the parse call.
        let cArguments = arguments.map { strdup($0) }
        let cPaths = unsavedFiles.map { strdup($0.path) }
        let buffers: [UnsafeMutablePointer<CChar>] = unsavedFiles.map { file in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(file.contents.count, 1))
            file.contents.withUnsafeBufferPointer { bytes in
                if let base = bytes.baseAddress {
                    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { buffer.update(from: $0, count: bytes.count) }
                }
            }
            return buffer
        }
        defer {
            cArguments.forEach { free($0) }
            cPaths.forEach { free($0) }
            buffers.forEach { $0.deallocate() }
        }
        var cUnsaved: [CXUnsavedFile] = zip(zip(cPaths, buffers), unsavedFiles).map { pair, file in
            CXUnsavedFile(Filename: pair.0, Contents: pair.1, Length: UInt(file.contents.count))
        }
        var argumentPointers: [UnsafePointer<CChar>?] = cArguments.map { UnsafePointer($0) }
        var unit: CXTranslationUnit?
        let code = argumentPointers.withUnsafeMutableBufferPointer { argv in
            cUnsaved.withUnsafeMutableBufferPointer { unsaved in
                clang_parseTranslationUnit2(
                    index.raw, path, argv.baseAddress, Int32(argv.count),
                    unsaved.baseAddress, UInt32(unsaved.count), UInt32(options), &unit)
            }
        }
        guard code == CXError_Success, let unit else {
            throw ClangError(code: code, path: path)
        }
        self.raw = unit
    }

    deinit { clang_disposeTranslationUnit(raw) }

    /// Writes the unit as a precompiled header that later parses load with `-include-pch`.
    public func save(to file: String) throws {
        let result = clang_saveTranslationUnit(raw, file, clang_defaultSaveOptions(raw))
        guard result == CXSaveError_None.rawValue else {
            throw ClangError.saveFailed(path: file, code: Int(result))
        }
    }

    /// Every diagnostic clang produced, in clang's order.
    public var diagnostics: [Diagnostic] {
        let count = clang_getNumDiagnostics(raw)
        var result: [Diagnostic] = []
        result.reserveCapacity(Int(count))
        for position in 0..<count {
            guard let diagnostic = clang_getDiagnostic(raw, position) else { continue }
            defer { clang_disposeDiagnostic(diagnostic) }
            let severity: Diagnostic.Severity
            switch clang_getDiagnosticSeverity(diagnostic) {
            case CXDiagnostic_Fatal: severity = .fatal
            case CXDiagnostic_Error: severity = .error
            case CXDiagnostic_Warning: severity = .warning
            default: severity = .note
            }
            var file: CXFile?
            var line: UInt32 = 0
            var column: UInt32 = 0
            clang_getFileLocation(clang_getDiagnosticLocation(diagnostic), &file, &line, &column, nil)
            let fileName = file.map { clang_getFileName($0).consume() } ?? ""
            result.append(Diagnostic(
                severity: severity, file: fileName, line: Int(line), column: Int(column),
                message: clang_getDiagnosticSpelling(diagnostic).consume()))
        }
        return result
    }

    private func file(_ path: String) -> CXFile? {
        clang_getFile(raw, path)
    }

    /// Inactive preprocessor ranges (`#if 0`, the false side of `#ifdef`, ...) in `path`.
    ///
    /// Each range spans from the directive that opened the skipped block to the one that closed it.
    public func skippedRanges(inFile path: String) -> [ByteRange] {
        guard let file = file(path), let list = clang_getSkippedRanges(raw, file) else { return [] }
        defer { clang_disposeSourceRangeList(list) }
        var result: [ByteRange] = []
        for position in 0..<Int(list.pointee.count) {
            let range = list.pointee.ranges[position]
            let start = Self.offset(of: clang_getRangeStart(range))
            let end = Self.offset(of: clang_getRangeEnd(range))
            if end >= start { result.append(ByteRange(start: start, end: end)) }
        }
        return result.sorted { $0.start < $1.start }
    }

    /// Files included (directly or not) by the main file, with where each directive is.
    public var inclusions: [Inclusion] {
        final class Box { var items: [Inclusion] = [] }
        let box = Box()
        withExtendedLifetime(box) {
            let context = Unmanaged.passUnretained(box).toOpaque()
            clang_getInclusions(raw, { included, stack, depth, context in
                guard depth > 0, let included, let stack, let context else { return }
                let box = Unmanaged<Box>.fromOpaque(context).takeUnretainedValue()
                var file: CXFile?
                var offset: UInt32 = 0
                clang_getFileLocation(stack[0], &file, nil, nil, &offset)
                guard let file else { return }
                box.items.append(Inclusion(
                    includer: clang_getFileName(file).consume(),
                    offset: ByteOffset(Int(offset)),
                    included: clang_getFileName(included).consume()))
            }, context)
        }
        return box.items
    }

    /// Every token of `path` (which must be part of this unit), each annotated with what the AST
    /// knows about it. `length` is the file's size in bytes.
    /// `parameterTypesUnder`: folders whose functions get ``Reference/parameterTypes`` (spelling
    /// every parameter of every called function costs time: only the API's declarations need it).
    public func tokens(inFile path: String, length: Int, parameterTypesUnder: [String] = []) -> [Token] {
        guard let file = file(path) else { return [] }
        let range = clang_getRange(
            clang_getLocationForOffset(raw, file, 0),
            clang_getLocationForOffset(raw, file, UInt32(length)))
        var rawTokens: UnsafeMutablePointer<CXToken>?
        var count: UInt32 = 0
        clang_tokenize(raw, range, &rawTokens, &count)
        guard let rawTokens, count > 0 else { return [] }
        defer { clang_disposeTokens(raw, rawTokens, count) }
        var cursors = [CXCursor](repeating: clang_getNullCursor(), count: Int(count))
        cursors.withUnsafeMutableBufferPointer { buffer in
            clang_annotateTokens(raw, rawTokens, count, buffer.baseAddress)
        }
        var result: [Token] = []
        result.reserveCapacity(Int(count))
        var kindNames: [UInt32: String] = [:]
        func kindName(_ kind: CXCursorKind) -> String {
            if let name = kindNames[kind.rawValue] { return name }
            let name = clang_getCursorKindSpelling(kind).consume()
            kindNames[kind.rawValue] = name
            return name
        }
        for position in 0..<Int(count) {
            let token = rawTokens[position]
            let extent = clang_getTokenExtent(raw, token)
            let start = Self.offset(of: clang_getRangeStart(extent))
            let end = Self.offset(of: clang_getRangeEnd(extent))
            let kind: Token.Kind
            switch clang_getTokenKind(token) {
            case CXToken_Punctuation: kind = .punctuation
            case CXToken_Keyword: kind = .keyword
            case CXToken_Identifier: kind = .identifier
            case CXToken_Literal: kind = .literal
            default: kind = .comment
            }
            let spelling = clang_getTokenSpelling(raw, token).consume()
            var reference: Reference?
            if kind == .identifier || kind == .keyword
                // A call's opening parenthesis names the function called when the name before it
                // is a macro (cublasCaxpy expanding to cublasCaxpy_v2, say); only then, since
                // resolving every call's parenthesis costs time.
                || (kind == .punctuation && spelling == "(" && position > 0
                    && clang_getCursorKind(cursors[position - 1]) == CXCursor_MacroExpansion
                    && clang_getCursorKind(cursors[position]) == CXCursor_CallExpr) {
                reference = Self.reference(for: cursors[position], tokenStart: start, kindName: kindName,
                                           parameterTypesUnder: parameterTypesUnder)
            }
            result.append(Token(
                kind: kind, spelling: spelling,
                range: ByteRange(start: start, end: max(start, end)), reference: reference))
        }
        return result
    }

    private static func reference(for cursor: CXCursor, tokenStart: Int, kindName: (CXCursorKind) -> String,
                                  parameterTypesUnder: [String]) -> Reference? {
        let kind = clang_getCursorKind(cursor)
        if clang_isInvalid(kind) != 0 || kind == CXCursor_TranslationUnit { return nil }
        let isDeclaration = clang_isDeclaration(kind) != 0 && offset(of: clang_getCursorLocation(cursor)) == tokenStart
        var referenced = clang_getCursorReferenced(cursor)
        if kind == CXCursor_OverloadedDeclRef {
            // A name looked up but not yet resolved (a call with dependent arguments in a
            // template, say) "references" itself; its candidates tell where it is declared.
            referenced = clang_getNumOverloadedDecls(cursor) > 0 ? clang_getOverloadedDecl(cursor, 0) : clang_getNullCursor()
        }
        var declarationKind: String?
        var declarationFile = ""
        var templateArguments: [String]?
        var declarationParent: String?
        var parameterTypes: [String]?
        if clang_Cursor_isNull(referenced) == 0, clang_isInvalid(clang_getCursorKind(referenced)) == 0 {
            let referencedKind = clang_getCursorKind(referenced)
            declarationKind = kindName(referencedKind)
            var file: CXFile?
            clang_getFileLocation(clang_getCursorLocation(referenced), &file, nil, nil, nil)
            declarationFile = file.map { clang_getFileName($0).consume() } ?? ""
            if referencedKind == CXCursor_FieldDecl {
                declarationParent = clang_getCursorSpelling(clang_getCursorSemanticParent(referenced)).consume()
            }
            if referencedKind == CXCursor_FunctionDecl {
                let count = clang_Cursor_getNumTemplateArguments(referenced)
                if count > 0 {
                    templateArguments = (0..<UInt32(count)).map { templateArgument(referenced, $0) }
                }
                let type = clang_getCursorType(referenced)
                let parameters = parameterTypesUnder.contains { declarationFile.hasPrefix($0 + "/") } ? clang_getNumArgTypes(type) : 0
                if parameters > 0 {
                    parameterTypes = (0..<UInt32(parameters)).map { clang_getTypeSpelling(clang_getArgType(type, $0)).consume() }
                }
            }
        }
        return Reference(
            cursorKind: kindName(kind), declarationKind: declarationKind, declarationFile: declarationFile,
            isDeclaration: isDeclaration, cursorIsDeclaration: clang_isDeclaration(kind) != 0, templateArguments: templateArguments,
            declarationParent: declarationParent, parameterTypes: parameterTypes)
    }

    private static func templateArgument(_ cursor: CXCursor, _ position: UInt32) -> String {
        switch clang_Cursor_getTemplateArgumentKind(cursor, position) {
        case CXTemplateArgumentKind_Type:
            return clang_getTypeSpelling(clang_Cursor_getTemplateArgumentType(cursor, position)).consume()
        case CXTemplateArgumentKind_Integral:
            let type = clang_Cursor_getTemplateArgumentType(cursor, position)
            if type.kind == CXType_Bool {
                return clang_Cursor_getTemplateArgumentValue(cursor, position) != 0 ? "true" : "false"
            }
            if clang_getCanonicalType(type).kind.rawValue >= CXType_UShort.rawValue
                && clang_getCanonicalType(type).kind.rawValue <= CXType_UInt128.rawValue {
                return String(clang_Cursor_getTemplateArgumentUnsignedValue(cursor, position))
            }
            return String(clang_Cursor_getTemplateArgumentValue(cursor, position))
        default:
            return "?"
        }
    }

    private static func offset(of location: CXSourceLocation) -> Int {
        var offset: UInt32 = 0
        clang_getFileLocation(location, nil, nil, nil, &offset)
        return Int(offset)
    }
}

/// The version string of the libclang cu2hip runs with.
public var libclangVersion: String {
    clang_getClangVersion().consume()
}
