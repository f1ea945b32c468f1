import Clang
import Mapping
import Reporting

/// The result of translating one file's tokens.
public struct FileTranslation: Sendable {
    public var output: [UInt8]
    public var edits: [EditRecord]
    public var findings: [Finding]
    public var references: ReferenceCounts
    /// Paths of the support headers the output includes (``SupportHeader``).
    public var supportHeaders: Set<String> = []
}

/// Runs every rule over one file's token stream and applies the edits.
public enum FileTranslator {
    public static func translate(_ stream: TokenStream, facts: FileFacts, options: TranslationOptions,
                                 database: MappingDatabase = .builtIn) -> FileTranslation {
        let context = RuleContext(stream: stream, options: options, database: database, facts: facts)
        var output = RuleOutput()
        for rule in RuleRegistry.rules {
            rule.apply(context, &output)
        }
        let source = stream.source
        var (bytes, applied, conflicts) = EditPlanner.apply(output.edits, to: source.bytes)
        let alignment = ContinuationAlignment.edits(for: applied, in: stream)
        if !alignment.isEmpty {
            (bytes, applied, _) = EditPlanner.apply(applied + alignment, to: source.bytes)
        }
        var findings = output.findings.map { item in
            let (line, column) = source.location(of: item.offset)
            return Finding(rule: item.rule, severity: item.severity, position: SourcePosition(line: line, column: column),
                           message: item.message, name: item.name)
        }
        for conflict in conflicts {
            let (line, column) = source.location(of: conflict.dropped.range.start)
            findings.append(Finding(rule: conflict.dropped.rule, severity: .error, position: SourcePosition(line: line, column: column),
                                    message: conflict.description))
        }
        findings.sort { ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message) }
        let edits = applied.map { edit in
            let (line, column) = source.location(of: edit.range.start)
            return EditRecord(rule: edit.rule, position: SourcePosition(line: line, column: column),
                              before: source.text(edit.range), after: edit.replacement,
                              tokenLevel: isTokenLevel(edit.range.start, stream))
        }
        return FileTranslation(output: bytes, edits: edits, findings: findings, references: output.references,
                               supportHeaders: output.supportHeaders)
    }

    /// True when `offset` lies in inactive code or inside a directive (a macro body, say), where
    /// only tokens, not the AST, guided the rewrite.
    static func isTokenLevel(_ offset: ByteOffset, _ stream: TokenStream) -> Bool {
        var low = 0
        var high = stream.count - 1
        guard high >= 0 else { return false }
        while low < high {
            let middle = (low + high + 1) / 2
            if stream[middle].range.start <= offset { low = middle } else { high = middle - 1 }
        }
        let token = stream[low]
        return !token.isActive || token.directive.map { stream.directives[$0].name == "define" } == true
    }
}
