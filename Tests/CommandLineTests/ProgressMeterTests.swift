import Dispatch
import Foundation
import Testing
@testable import cu2hip

/// A clock the test moves by hand.
private final class ManualClock: @unchecked Sendable {
    private var now: Double
    private let lock = NSLock()
    init(_ start: Double) { now = start }
    func set(_ value: Double) { lock.lock(); now = value; lock.unlock() }
    func advance(_ seconds: Double) { lock.lock(); now += seconds; lock.unlock() }
    func read() -> Double { lock.lock(); defer { lock.unlock() }; return now }
}

/// Everything the meter wrote, in order.
private final class Recorder: @unchecked Sendable {
    private var writes: [String] = []
    private let lock = NSLock()
    func write(_ text: String) { lock.lock(); writes.append(text); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return writes }
}

private let erase = "\u{1B}[K"

private func meter(clock: ManualClock, recorder: Recorder, delay: Double = 0.5, interval: Double = 0.125) -> ProgressMeter {
    ProgressMeter(delay: delay, interval: interval, clock: { clock.read() }, sink: { recorder.write($0) })
}

@Suite("ProgressMeter: the progress line on a terminal")
struct ProgressMeterTests {
    @Test("nothing is drawn during the delay; then one line with done/total, rate and time left")
    func delayThenLine() {
        let clock = ManualClock(100)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder)
        clock.set(100.25)
        progress.update(done: 3, total: 40)
        clock.set(100.375)
        progress.update(done: 6, total: 40)
        #expect(recorder.all == [])
        clock.set(100.5)
        progress.update(done: 10, total: 40)
        // 10 files in 0.5 s: 20 files/s; 30 left take 1.5 s, shown rounded up.
        #expect(recorder.all == ["\rcu2hip: 10/40 files, 20.0 files/s, 2 s left" + erase])
    }

    @Test("lines come no closer together than the interval")
    func throttled() {
        let clock = ManualClock(0)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder, delay: 1, interval: 0.25)
        clock.set(1)
        progress.update(done: 1, total: 100)
        clock.set(1.125)
        progress.update(done: 2, total: 100)
        clock.set(1.25)
        progress.update(done: 5, total: 100)
        clock.set(1.375)
        progress.update(done: 6, total: 100)
        #expect(recorder.all == [
            "\rcu2hip: 1/100 files, 1.0 files/s, 1 min 39 s left" + erase,
            "\rcu2hip: 5/100 files, 4.0 files/s, 24 s left" + erase,
        ])
    }

    @Test("counts arriving out of order never move the line back; done never exceeds total")
    func outOfOrder() {
        let clock = ManualClock(0)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder, delay: 0, interval: 0)
        clock.set(2)
        progress.update(done: 8, total: 10)
        clock.set(4)
        progress.update(done: 7, total: 10)
        clock.set(5)
        progress.update(done: 12, total: 10)
        #expect(recorder.all == [
            "\rcu2hip: 8/10 files, 4.0 files/s, 1 s left" + erase,
            "\rcu2hip: 8/10 files, 2.0 files/s, 1 s left" + erase,
            "\rcu2hip: 10/10 files, 2.0 files/s" + erase,
        ])
    }

    @Test("finish erases a drawn line once; later updates draw nothing")
    func finishErases() {
        let clock = ManualClock(0)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder, delay: 0, interval: 0)
        clock.set(1)
        progress.update(done: 1, total: 2)
        progress.finish()
        clock.set(2)
        progress.update(done: 2, total: 2)
        progress.finish()
        #expect(recorder.all == ["\rcu2hip: 1/2 files, 1.0 files/s, 1 s left" + erase, "\r" + erase])
    }

    @Test("a run shorter than the delay writes nothing at all, not even the erase")
    func shortRunIsSilent() {
        let clock = ManualClock(0)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder)
        clock.set(0.25)
        progress.update(done: 4, total: 4)
        progress.finish()
        #expect(recorder.all == [])
    }

    @Test("line and duration formats")
    func formats() {
        #expect(ProgressMeter.line(done: 0, total: 120, elapsed: 3) == "cu2hip: 0/120 files")
        #expect(ProgressMeter.line(done: 5, total: 120, elapsed: 0) == "cu2hip: 5/120 files")
        #expect(ProgressMeter.line(done: 120, total: 120, elapsed: 15) == "cu2hip: 120/120 files, 8.0 files/s")
        #expect(ProgressMeter.line(done: 1, total: 4000, elapsed: 1) == "cu2hip: 1/4000 files, 1.0 files/s, 1 h 06 min left")
        #expect([0, 59, 60, 125, 3599, 3600, 3725].map(ProgressMeter.duration)
            == ["0 s", "59 s", "1 min 00 s", "2 min 05 s", "59 min 59 s", "1 h 00 min", "1 h 02 min"])
    }

    @Test("updates from many threads at once: whole lines, in order, counts never going back")
    func concurrentUpdates() throws {
        let clock = ManualClock(0)
        let recorder = Recorder()
        let progress = meter(clock: clock, recorder: recorder, delay: 0, interval: 0)
        let total = 4000
        let counter = ManualClock(0)  // a locked counter
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<(total / 8) {
                counter.advance(1)
                clock.advance(0.001)
                progress.update(done: Int(counter.read()), total: total)
            }
        }
        progress.finish()
        let writes = recorder.all
        #expect(writes.count >= 2)
        #expect(writes.last == "\r" + erase)
        var previous = 0
        for write in writes.dropLast() {
            #expect(write.hasPrefix("\rcu2hip: ") && write.hasSuffix(erase), "\(write.debugDescription)")
            let counts = write.dropFirst("\rcu2hip: ".count).prefix { $0 != " " }.split(separator: "/")
            let done = try #require(Int(counts[0]))
            #expect(counts[1] == "\(total)")
            #expect(done >= previous, "the line went back from \(previous) to \(done)")
            previous = done
        }
    }
}
