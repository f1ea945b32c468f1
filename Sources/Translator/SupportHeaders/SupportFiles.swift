import Reporting

/// A support header to write into the output tree, with the files that include it.
public struct SupportFile: Sendable {
    public var header: SupportHeader
    /// Root-relative paths of the translated files that include it, sorted.
    public var users: [String]
    public var bytes: [UInt8] { Array(header.contents.utf8) }

    public var report: FileReport {
        FileReport(path: header.path, status: .generated,
                   reason: "support header written by cu2hip: \(header.summary); included by \(users.joined(separator: ", "))")
    }

    /// The support headers a run's translated files include. One the input tree already holds
    /// with the same bytes is not written again; one it holds with other bytes is not written
    /// either, and is an error (its includers expect cu2hip's).
    /// Errors name the path with `displayPrefix` before it.
    /// `users`: support header path → the files that include it; `existing`: the bytes of input
    /// files at support header paths.
    public static func plan(users: [String: [String]], existing: [String: [UInt8]],
                            displayPrefix: String = "") -> (files: [SupportFile], errors: [String]) {
        let users = users.filter { !$0.value.isEmpty }
        var planned: [SupportFile] = []
        var errors: [String] = []
        for path in users.keys.sorted() {
            guard let header = SupportHeader.all[path] else { continue }
            let file = SupportFile(header: header, users: users[path]!.sorted())
            if let existing = existing[path] {
                if existing != file.bytes {
                    errors.append("\(displayPrefix)\(path): already in the input tree with other contents than cu2hip's support header; "
                                  + "left as it is; the files that include it expect cu2hip's (\(file.users.joined(separator: ", "))): compare the two")
                }
                continue
            }
            planned.append(file)
        }
        return (planned, errors)
    }
}
