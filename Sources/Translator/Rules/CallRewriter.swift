import Clang
import Reporting

/// One call whose target library takes different arguments: the target function and where each
/// of its arguments comes from. Data for ``CallRewriter``.
struct CallRewrite: Sendable {
    /// Where an argument of the new call comes from.
    enum Source: Sendable, Hashable {
        /// The original call's argument at this position, translated.
        case argument(Int)
        /// Fixed text.
        case text(String)
        /// The original argument at this position when it is one of the keys (replaced by the
        /// value); anything else is translated as usual and reported.
        case mapped(Int, [String: String])
        /// The original argument at this position, translated and cast to `void*`: the target
        /// declares a non-const pointer for data it only reads (MIOpen's batch-norm scale, ...),
        /// where the CUDA call took `const void*`.
        case constCast(Int)
    }

    var cuda: String
    var target: String
    /// How many arguments the CUDA call has; other counts are left alone and reported.
    var arity: Int
    var arguments: [Source]
    /// Argument position → the only CUDA spellings this rewrite is valid for.
    var requires: [Int: Set<String>] = [:]
    /// Said in the report at every rewrite (what still needs a human).
    var warning: String?
    /// When set, the call is not rewritten at all (the target needs more than a local change)
    /// and this says what to do.
    var manual: String?
    /// When set, the call becomes this expression of its translated arguments instead of
    /// `target(arguments)` (for a CUDA call whose HIP form is not one call). The flag says the
    /// call is a whole expression statement, so its value is unused.
    var expression: (@Sendable (_ arguments: [String], _ isStatement: Bool) -> String)?
}

/// Applies a table of ``CallRewrite``s: finds each call, rebuilds it with the target's argument
/// list (arguments translated, the call's line breaks kept), or leaves it whole and reports why.
struct CallRewriter {
    var rewrites: [String: CallRewrite]
    /// The identifier of the rule using it, for edits and findings.
    var rule: String

    func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier {
            guard let rewrite = rewrites[token.spelling], let call = stream.call(at: token.index) else { continue }
            output.claimed.insert(token.index)
            output.references.found += 1
            let arguments = call.arguments
            let complete = arguments.count == rewrite.arity && arguments.allSatisfy { $0.first != nil }
            let unmet = rewrite.requires.first { position, allowed in
                !(complete && arguments[position].first == arguments[position].last
                    && allowed.contains(stream[arguments[position].first!].spelling))
            }
            guard complete, unmet == nil, rewrite.manual == nil else {
                output.references.unsupported += 1
                let reason: String
                if let manual = rewrite.manual, complete, unmet == nil {
                    reason = "'\(token.spelling)': \(manual)"
                } else if !complete {
                    reason = "'\(token.spelling)' called with \(arguments.count) argument(s), expected \(rewrite.arity)"
                } else {
                    let position = unmet!.key
                    reason = "'\(token.spelling)' with argument \(position + 1) = '\(stream.text(from: arguments[position].first!, to: arguments[position].last!))' has no \(rewrite.target) form (supported: \(unmet!.value.sorted().joined(separator: ", ")))"
                }
                output.report(token.range.start, .warning, rule: rule, "\(reason); left as written: needs manual work", name: token.spelling)
                // Leave the whole call untouched, arguments included, so it stays consistent.
                output.claim(from: token.index, through: call.close, in: stream)
                continue
            }
            let texts = arguments.map { argument in
                translatedText(from: argument.first!, to: argument.last!, context, &output)
            }
            // Keep the call's layout: the k-th new argument follows the text that separated the
            // k-th original one from its predecessor (comma, line break, indentation).
            let separators = [""] + (1..<arguments.count).map { position in
                stream.source.verbatim(ByteRange(start: stream[arguments[position - 1].last!].range.end.value,
                                             end: stream[arguments[position].first!].range.start.value))
            }
            if let expression = rewrite.expression {
                output.references.converted += 1
                let before = stream.previous(before: token.index).map { stream[$0].spelling }
                let after = stream.next(after: call.close).map { stream[$0].spelling }
                let isStatement = after == ";" && (before == nil || [";", "{", "}"].contains(before!))
                output.edit(stream.range(from: token.index, to: call.close), expression(texts, isStatement), rule: rule)
                if let warning = rewrite.warning {
                    output.report(token.range.start, .info, rule: rule, warning, name: token.spelling)
                }
                continue
            }
            var callText = "\(rewrite.target)("
            for (position, source) in rewrite.arguments.enumerated() {
                if position > 0 { callText += position < separators.count ? separators[position] : ", " }
                switch source {
                case let .argument(original):
                    callText += texts[original]
                case let .text(text):
                    callText += text
                case let .constCast(original):
                    let argument = arguments[original]
                    callText += argument.first == argument.last || Self.isAddressOfName(argument, stream)
                        ? "(void*)" + texts[original] : "(void*)(" + texts[original] + ")"
                case let .mapped(original, table):
                    let argument = arguments[original]
                    if argument.first == argument.last, let replacement = table[stream[argument.first!].spelling] {
                        callText += replacement
                    } else {
                        callText += texts[original]
                        output.report(stream[argument.first!].range.start, .warning, rule: rule,
                                      "argument \(original + 1) of '\(token.spelling)' is not one of \(table.keys.sorted().joined(separator: ", ")); check its meaning for \(rewrite.target)",
                                      name: token.spelling)
                    }
                }
            }
            output.references.converted += 1
            output.edit(stream.range(from: token.index, to: call.close), callText + ")", rule: rule)
            if let warning = rewrite.warning {
                output.report(token.range.start, .warning, rule: rule, warning, name: token.spelling)
            }
        }
    }

    /// `&name`: binds tighter than a cast, needs no parentheses.
    private static func isAddressOfName(_ argument: CallArgument, _ stream: TokenStream) -> Bool {
        guard let first = argument.first, let last = argument.last, stream[first].spelling == "&",
              stream.next(after: first) == last else { return false }
        return stream[last].kind == .identifier
    }

    /// The source text of tokens `first...last` with every CUDA name in it translated (and claimed),
    /// its bytes kept exactly (``SourceText/verbatim(_:)``).
    private func translatedText(from first: Int, to last: Int, _ context: RuleContext, _ output: inout RuleOutput) -> String {
        let stream = context.stream
        var text = ""
        var cursor = stream[first].range.start.value
        var index: Int? = first
        while let current = index, current <= last {
            let token = stream[current]
            if token.kind == .identifier, let replacement = APIRenameRule.rename(token, context, &output) {
                text += stream.source.verbatim(ByteRange(start: cursor, end: token.range.start.value)) + replacement
                cursor = token.range.end.value
            }
            output.claimed.insert(current)
            index = stream.next(after: current)
        }
        return text + stream.source.verbatim(ByteRange(start: cursor, end: stream[last].range.end.value))
    }
}
