/// One token of a file, as clang's lexer sees it, with what the AST says about it.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case punctuation, keyword, identifier, literal, comment
    }

    public var kind: Kind
    public var spelling: String
    public var range: ByteRange
    /// What the AST knows about this token (nil in inactive code and where clang did not understand it).
    public var reference: Reference?

    public init(kind: Kind, spelling: String, range: ByteRange, reference: Reference? = nil) {
        self.kind = kind
        self.spelling = spelling
        self.range = range
        self.reference = reference
    }
}

/// The declaration an identifier refers to, as far as libclang resolved it.
public struct Reference: Hashable, Sendable {
    /// The kind of the cursor annotating the token, e.g. "DeclRefExpr", "CallExpr", "TypeRef".
    public var cursorKind: String
    /// The kind of the referenced declaration, e.g. "FunctionDecl", "FunctionTemplate"; nil if none.
    public var declarationKind: String?
    /// The file holding the referenced declaration ("" when unknown or a builtin).
    public var declarationFile: String
    /// True when the token is itself the name of a declaration (not a use).
    public var isDeclaration: Bool
    /// True when the annotating cursor is a declaration (the token may be its type, say), so
    /// `declarationKind`/`declarationFile` describe that declaration, not something it uses.
    public var cursorIsDeclaration: Bool
    /// For a reference to a function template specialization: its template arguments, spelled.
    public var templateArguments: [String]?

    /// For a reference to a field: the record that declares it (`__half2`), by name.
    public var declarationParent: String?
    /// For a reference to a function: its parameters' types as clang spells them
    /// (`const cuComplex *`), typedef names kept.
    public var parameterTypes: [String]?

    public init(cursorKind: String, declarationKind: String?, declarationFile: String, isDeclaration: Bool,
                cursorIsDeclaration: Bool = false, templateArguments: [String]?, declarationParent: String? = nil,
                parameterTypes: [String]? = nil) {
        self.declarationParent = declarationParent
        self.parameterTypes = parameterTypes
        self.cursorIsDeclaration = cursorIsDeclaration
        self.cursorKind = cursorKind
        self.declarationKind = declarationKind
        self.declarationFile = declarationFile
        self.isDeclaration = isDeclaration
        self.templateArguments = templateArguments
    }
}

/// An `#include` as clang resolved it.
public struct Inclusion: Hashable, Sendable {
    /// The file containing the directive.
    public var includer: String
    /// Byte offset of the directive's header name in `includer`.
    public var offset: ByteOffset
    /// The file that was included (absolute path as clang opened it).
    public var included: String

    public init(includer: String, offset: ByteOffset, included: String) {
        self.includer = includer
        self.offset = offset
        self.included = included
    }
}
