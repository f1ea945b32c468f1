import Dispatch
import Foundation

/// One line on a terminal that says how far a long run is: files done of the total, files per
/// second, time left. Each update rewrites the line (`\r`, the text, then "erase to the end of
/// the line"); ``finish()`` erases it, so the lines printed after the run start on a clean line.
///
/// Nothing is drawn during the first ``delay`` seconds (short runs show nothing) nor more often
/// than every ``interval`` seconds. ``update(done:total:)`` may be called from any thread.
final class ProgressMeter: @unchecked Sendable {
    /// Seconds since some fixed point, never going back.
    typealias Clock = @Sendable () -> Double
    /// Receives the bytes to write, in order.
    typealias Sink = @Sendable (String) -> Void

    /// Seconds after the start before the first line.
    let delay: Double
    /// Least seconds between two lines.
    let interval: Double

    private let clock: Clock
    private let sink: Sink
    private let lock = NSLock()
    private let start: Double
    private var lastDrawn: Double?
    private var done = 0
    private var total = 0
    private var finished = false

    /// "Erase from the cursor to the end of the line".
    static let eraseLine = "\u{1B}[K"

    init(delay: Double = 0.5, interval: Double = 0.1, clock: @escaping Clock = ProgressMeter.monotonicSeconds,
         sink: @escaping Sink = ProgressMeter.standardError) {
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.sink = sink
        start = clock()
    }

    /// `done` of `total` files are finished. Counts may arrive out of order from several
    /// threads: the largest `done` seen counts.
    func update(done newDone: Int, total newTotal: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        total = max(newTotal, 0)
        done = min(max(done, newDone), total)
        let now = clock()
        guard now - start >= delay else { return }
        if let lastDrawn, now - lastDrawn < interval { return }
        lastDrawn = now
        sink("\r" + Self.line(done: done, total: total, elapsed: now - start) + Self.eraseLine)
    }

    /// Erases the line, if one was drawn; later updates draw nothing.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        if lastDrawn != nil { sink("\r" + Self.eraseLine) }
    }

    /// `cu2hip: 40/120 files, 8.0 files/s, 10 s left`; without a rate yet, `cu2hip: 0/120 files`.
    static func line(done: Int, total: Int, elapsed: Double) -> String {
        var text = "cu2hip: \(done)/\(total) files"
        guard done > 0, elapsed > 0 else { return text }
        let rate = Double(done) / elapsed
        text += ", " + String(format: "%.1f", rate) + " files/s"
        if done < total {
            text += ", " + duration(Int((Double(total - done) / rate).rounded(.up))) + " left"
        }
        return text
    }

    /// `7 s`, `2 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min " + twoDigits(seconds % 60) + " s" }
        return "\(seconds / 3600) h " + twoDigits(seconds % 3600 / 60) + " min"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static let monotonicSeconds: Clock = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static let standardError: Sink = { text in FileHandle.standardError.write(Data(text.utf8)) }
}
