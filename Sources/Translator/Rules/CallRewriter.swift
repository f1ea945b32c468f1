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
        /// A call of `function` with the original arguments at these positions, translated.
        case call(String, [Int])
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
    /// Said in the report, as information, at every rewrite (how the rewrite keeps the meaning).
    var note: String?
    /// A support header the rewritten call needs.
    var supportHeader: SupportHeader?
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
    /// Names the rule writes itself inside arguments (instead of the generic rename), each with
    /// the support header that declares what it writes.
    var argumentRenames: [String: (name: String, header: SupportHeader)] = [:]

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
            let repeated = complete ? Self.repeatedArgumentWithEffects(rewrite, arguments, stream) : nil
            guard complete, unmet == nil, rewrite.manual == nil, repeated == nil else {
                output.references.unsupported += 1
                let reason: String
                if let manual = rewrite.manual, complete, unmet == nil {
                    reason = "'\(token.spelling)': \(manual)"
                } else if let repeated {
                    reason = "'\(token.spelling)': argument \(repeated + 1) is used twice by \(rewrite.target) and may have side effects (a call other than an accessor's, ++, -- or an assignment); put it in a variable first"
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
                if let header = rewrite.supportHeader { output.use(header) }
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
                case let .call(function, positions):
                    callText += function + "(" + positions.map { texts[$0] }.joined(separator: ", ") + ")"
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
            if let note = rewrite.note {
                output.report(token.range.start, .info, rule: rule, note, name: token.spelling)
            }
            if let header = rewrite.supportHeader { output.use(header) }
        }
    }

    /// The position of an argument the target call repeats and whose tokens may have side effects.
    private static func repeatedArgumentWithEffects(_ rewrite: CallRewrite, _ arguments: [CallArgument], _ stream: TokenStream) -> Int? {
        var uses: [Int: Int] = [:]
        for source in rewrite.arguments {
            switch source {
            case let .argument(position), let .constCast(position), let .mapped(position, _): uses[position, default: 0] += 1
            case let .call(_, positions): for position in positions { uses[position, default: 0] += 1 }
            case .text: break
            }
        }
        let effects: Set<String> = ["++", "--", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]
        return uses.filter { $0.value > 1 }.keys.sorted().first { position in
            var index: Int? = arguments[position].first
            while let current = index, current <= arguments[position].last! {
                let spelling = stream[current].spelling
                if effects.contains(spelling) { return true }
                // A call may have effects, except an accessor's: `.get()`, `->data()` (a cast's or a
                // grouping parenthesis follows no name).
                let isCall = stream.previous(before: current).map { stream[$0].kind == .identifier || [")", "]", ">"].contains(stream[$0].spelling) } == true
                if spelling == "(", isCall {
                    let isAccessor = stream.next(after: current).map { stream[$0].spelling == ")" } == true
                        && stream.previous(before: current).flatMap { stream.previous(before: $0) }.map { [".", "->"].contains(stream[$0].spelling) } == true
                    if !isAccessor { return true }
                }
                index = stream.next(after: current)
            }
            return false
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
            if token.kind == .identifier, let own = argumentRenames[token.spelling] {
                output.references.found += 1
                output.references.converted += 1
                output.use(own.header)
                text += stream.source.verbatim(ByteRange(start: cursor, end: token.range.start.value)) + own.name
                cursor = token.range.end.value
            } else if token.kind == .identifier, let replacement = APIRenameRule.rename(token, context, &output) {
                text += stream.source.verbatim(ByteRange(start: cursor, end: token.range.start.value)) + replacement
                cursor = token.range.end.value
            }
            output.claimed.insert(current)
            index = stream.next(after: current)
        }
        return text + stream.source.verbatim(ByteRange(start: cursor, end: stream[last].range.end.value))
    }
}
