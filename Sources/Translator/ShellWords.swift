/// Splits a command line into words with the POSIX shell's quoting rules (no expansion): blanks
/// separate words; `'...'` is literal; inside `"..."` a backslash escapes only `"`, `\`, `$`,
/// `` ` `` and a newline; elsewhere a backslash escapes the next character (a backslash before a
/// newline joins the lines).
enum ShellWords {
    struct UnterminatedQuote: Error, CustomStringConvertible, Equatable {
        var quote: Character
        var description: String { "unterminated \(quote == "'" ? "single" : "double") quote" }
    }

    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t", "\n", "\r", "\r\n":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "'":
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "'" { closed = true; break }
                    current.append(next)
                }
                if !closed { throw UnterminatedQuote(quote: "'") }
            case "\"":
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "\"" { closed = true; break }
                    if next == "\\" {
                        guard let escaped = characters.next() else { break }
                        switch escaped {
                        case "\"", "\\", "$", "`": current.append(escaped)
                        case "\n": break
                        default:
                            current.append("\\")
                            current.append(escaped)
                        }
                    } else {
                        current.append(next)
                    }
                }
                if !closed { throw UnterminatedQuote(quote: "\"") }
            case "\\":
                if let escaped = characters.next() {
                    if escaped != "\n", escaped != "\r\n" {
                        current.append(escaped)
                        inWord = true
                    }
                } else {
                    current.append("\\")
                    inWord = true
                }
            default:
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
