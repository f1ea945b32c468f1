import Foundation

/// Which unit translates each project header, while units finish in any order: the header is
/// translated in the context of the first source (by path) that includes it. A unit translates a
/// header only while no earlier source has; the earliest translation wins, so the result does
/// not depend on the schedule or the number of workers.
final class HeaderOwnership: @unchecked Sendable {
    struct Claim {
        /// Position (path order) of the source whose parse translated the header.
        var owner: Int
        var translation: FileResult?
    }

    private var claims: [Int: Claim] = [:]
    private let lock = NSLock()

    /// True when a unit whose main file is at `owner` should translate `header`: no earlier
    /// source has claimed it.
    func wants(_ header: Int, from owner: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let claim = claims[header] else { return true }
        return owner < claim.owner || (owner == claim.owner && claim.translation == nil)
    }

    /// Records that `owner` reaches `header`, with its translation when it made one; an earlier
    /// owner's claim stands.
    func offer(_ header: Int, from owner: Int, translation: FileResult?) {
        lock.lock()
        defer { lock.unlock() }
        if let claim = claims[header] {
            if owner > claim.owner || (owner == claim.owner && (claim.translation != nil || translation == nil)) { return }
        }
        claims[header] = Claim(owner: owner, translation: translation)
    }

    func claim(_ header: Int) -> Claim? {
        lock.lock()
        defer { lock.unlock() }
        return claims[header]
    }
}
