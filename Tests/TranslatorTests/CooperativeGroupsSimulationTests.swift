import Foundation
import Testing
import TestSupport
@testable import Translator

// cu2hip/cooperative_groups_reduce.h runs on AMD GPUs, which the tests do not have: its algorithms
// run here instead, unchanged, on a CPU model of HIP's group shuffles (one thread per lane, every
// shuffle a step between barriers), for 32- and 64-lane wavefronts, every tile size, and
// coalesced groups of many sizes and shapes. hipcc compiling the header is checked by the
// cg-warp-reduce fixture (HIPCompileTests).

/// A C++20 compiler from $CXX, PATH or /usr/bin.
private func findCXX() -> String? {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [String] = []
    if let explicit = environment["CXX"], !explicit.isEmpty { candidates.append(explicit) }
    for directory in (environment["PATH"] ?? "").split(separator: ":") { candidates += ["\(directory)/c++", "\(directory)/g++"] }
    candidates += ["/usr/bin/c++", "/usr/bin/g++"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

@Suite("cu2hip's cooperative-groups header on a model of HIP's shuffles")
struct CooperativeGroupsSimulationTests {
    @Test("reduce, the scans and reduce_store_async agree with sequential results")
    func simulation() throws {
        guard let compiler = findCXX() else {
            Issue.record("no C++ compiler (looked for $CXX, c++ and g++ on PATH and in /usr/bin): run `bash Scripts/setup.sh`, which installs g++ (CI does)")
            return
        }
        let scratch = try TestSupport.temporaryDirectory("cu2hip-cg-simulation")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The header as cu2hip writes it, less its HIP includes; __device__/__host__ mean nothing here.
        let header = CooperativeGroupsSupport.header.contents.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#include <hip/") }.joined(separator: "\n")
        #expect(header.count < CooperativeGroupsSupport.header.contents.count, "the header's HIP includes were not found")
        try header.write(to: scratch.appendingPathComponent("cooperative_groups_reduce_body.h"), atomically: true, encoding: .utf8)
        try simulator.write(to: scratch.appendingPathComponent("simulation.cpp"), atomically: true, encoding: .utf8)
        let binary = scratch.appendingPathComponent("simulation").path
        let build = try TestSupport.run(compiler, ["-std=c++20", "-O1", "-pthread", "-Wall", "-Werror",
                                                   scratch.appendingPathComponent("simulation.cpp").path, "-o", binary])
        try #require(build.status == 0, "\(compiler) failed:\n\(build.stderr)\(build.stdout)")
        let run = try TestSupport.run(binary, [])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains(" checks, 0 failures"), "\(run.stdout)")
    }
}

/// The model: a tile is HIP's width-N segments of the wavefront (`__shfl_down(v, d, N)` and
/// `__shfl_up` give the own value when the source leaves the segment); a coalesced group counts
/// member lanes (a missing source gives the own value), as HIP's coalesced_group does.
private let simulator = #"""
#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstdio>
#include <cstring>
#include <random>
#include <thread>
#include <type_traits>
#include <vector>
#define __device__
#define __host__
#include "cooperative_groups_reduce_body.h"

struct Shared {
    explicit Shared(int participants) : barrier(participants) {}
    std::barrier<> barrier;
    alignas(16) unsigned char slots[64][64];
};

// One collective step: every participating lane publishes its word, then reads its source's.
template <typename W> W exchange(Shared* shared, int lane, W word, int source) {
    std::memcpy(shared->slots[lane], &word, sizeof(W));
    shared->barrier.arrive_and_wait();
    W result;
    std::memcpy(&result, shared->slots[source], sizeof(W));
    shared->barrier.arrive_and_wait();
    return result;
}

struct Tile {
    Shared* shared; int lane; unsigned n;
    unsigned size() const { return n; }
    unsigned thread_rank() const { return lane % n; }
    bool shares_group_with(int other) const { return other / (int)n == lane / (int)n; }
    template <class T> T shfl_down(T v, unsigned d) const {
        return exchange(shared, lane, v, (lane % n) + d < n ? lane + (int)d : lane);
    }
    template <class T> T shfl_up(T v, unsigned d) const {
        return exchange(shared, lane, v, (unsigned)(lane % n) >= d ? lane - (int)d : lane);
    }
    template <class T> T shfl(T v, int s) const { return exchange(shared, lane, v, lane - lane % (int)n + s % (int)n); }
};

struct Coalesced {
    Shared* shared; int lane; unsigned long long mask;
    unsigned size() const { return __builtin_popcountll(mask); }
    unsigned thread_rank() const { return __builtin_popcountll(mask & ((1ull << lane) - 1)); }
    bool shares_group_with(int) const { return true; }
    int member(int rank) const {
        for (int l = 0; l < 64; ++l) if ((mask >> l) & 1) { if (rank-- == 0) return l; }
        return -1;
    }
    template <class T> T shfl_down(T v, unsigned d) const {
        int source = member(thread_rank() + d);
        return exchange(shared, lane, v, source < 0 ? lane : source);
    }
    template <class T> T shfl_up(T v, unsigned d) const {
        int rank = (int)thread_rank() - (int)d;
        return exchange(shared, lane, v, rank < 0 ? lane : member(rank));
    }
    template <class T> T shfl(T v, int s) const { return exchange(shared, lane, v, member(s % (int)size())); }
};

// x -> a*x + b (mod 2^32), composed left to right: associative, not commutative, 8 bytes (moves as words).
struct Affine { unsigned a, b; bool operator==(const Affine&) const = default; };
struct Then { Affine operator()(const Affine& f, const Affine& g) const { return Affine{g.a * f.a, g.a * f.b + g.b}; } };
// 12 bytes of ints: moves as three words.
struct Triple { int x, y, z; };
struct AddTriple { Triple operator()(const Triple& p, const Triple& q) const { return Triple{p.x + q.x, p.y + q.y, p.z + q.z}; } };

static std::atomic<int> failures{0}, checks{0};
#define CHECK(cond, ...) do { ++checks; if (!(cond) && failures++ < 20) { std::printf(__VA_ARGS__); std::printf("\n"); } } while (0)

// Runs every collective in every participating lane and compares with the sequential result
// over the lane's group, in rank order.
template <class Make>
void run(const std::vector<int>& participants, Make make, const char* what, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<int> iv(64); std::vector<unsigned> uv(64); std::vector<Affine> av(64); std::vector<double> dv(64);
    for (int l = 0; l < 64; ++l) {
        iv[l] = (int)(rng() % 2001) - 1000; uv[l] = (unsigned)rng();
        av[l] = Affine{(unsigned)rng() | 1u, (unsigned)rng()}; dv[l] = (rng() % 1000) / 8.0;
    }
    Shared shared((int)participants.size());
    std::vector<std::thread> threads;
    for (int lane : participants) threads.emplace_back([&, lane] {
        auto group = make(&shared, lane);
        std::vector<int> members(group.size(), -1);
        for (int other : participants)
            if (group.shares_group_with(other)) members[make(nullptr, other).thread_rank()] = other;
        const int rank = group.thread_rank();
        const int v = iv[lane];
        long long sum = 0; int lowest = 1 << 30, highest = -(1 << 30); unsigned all = ~0u, any = 0, odd = 0; double dsum = 0;
        for (int m : members) {
            sum += iv[m]; lowest = std::min(lowest, iv[m]); highest = std::max(highest, iv[m]);
            all &= uv[m]; any |= uv[m]; odd ^= uv[m]; dsum += dv[m];
        }
        CHECK(cu2hip::cg::reduce(group, v, cu2hip::cg::plus<int>()) == sum, "%s lane %d: reduce plus", what, lane);
        CHECK(cu2hip::cg::reduce(group, v, cu2hip::cg::less<int>()) == lowest, "%s lane %d: reduce less", what, lane);
        CHECK(cu2hip::cg::reduce(group, v, cu2hip::cg::greater<int>()) == highest, "%s lane %d: reduce greater", what, lane);
        CHECK(cu2hip::cg::reduce(group, uv[lane], cu2hip::cg::bit_and<unsigned>()) == all, "%s lane %d: bit_and", what, lane);
        CHECK(cu2hip::cg::reduce(group, uv[lane], cu2hip::cg::bit_or<unsigned>()) == any, "%s lane %d: bit_or", what, lane);
        CHECK(cu2hip::cg::reduce(group, uv[lane], cu2hip::cg::bit_xor<unsigned>()) == odd, "%s lane %d: bit_xor", what, lane);
        CHECK(cu2hip::cg::reduce(group, dv[lane], cu2hip::cg::plus<double>()) == dsum, "%s lane %d: reduce double", what, lane);
        const Triple t = cu2hip::cg::reduce(group, Triple{v, 1, -v}, AddTriple());
        CHECK(t.x == sum && t.y == (int)members.size() && t.z == -sum, "%s lane %d: reduce struct", what, lane);
        long long before = 0; Affine composed{1, 0}; int running_max = -(1 << 30);
        for (int i = 0; i < rank; ++i) { before += iv[members[i]]; composed = Then()(composed, av[members[i]]); }
        for (int i = 0; i <= rank; ++i) running_max = std::max(running_max, iv[members[i]]);
        CHECK(cu2hip::cg::exclusive_scan(group, v) == before, "%s lane %d: exclusive_scan", what, lane);
        CHECK(cu2hip::cg::inclusive_scan(group, v) == before + v, "%s lane %d: inclusive_scan", what, lane);
        CHECK(cu2hip::cg::inclusive_scan(group, v, cu2hip::cg::greater<int>()) == running_max, "%s lane %d: inclusive max scan", what, lane);
        CHECK(cu2hip::cg::inclusive_scan(group, av[lane], Then()) == Then()(composed, av[lane]), "%s lane %d: inclusive ordered scan", what, lane);
        const Affine excluded = cu2hip::cg::exclusive_scan(group, av[lane], Then());
        CHECK(rank == 0 ? (excluded == Affine{0, 0}) : (excluded == composed), "%s lane %d: exclusive ordered scan", what, lane);
        int stored = 12345;
        cu2hip::cg::reduce_store_async(group, &stored, v, cu2hip::cg::plus<int>());
        CHECK(rank == 0 ? stored == sum : stored == 12345, "%s lane %d: reduce_store_async", what, lane);
    });
    for (auto& thread : threads) thread.join();
}

int main() {
    for (int wave : {32, 64}) {
        const unsigned long long full = wave == 64 ? ~0ull : 0xffffffffull;
        std::vector<int> lanes;
        for (int l = 0; l < wave; ++l) lanes.push_back(l);
        for (unsigned n = 1; n <= (unsigned)wave; n *= 2) {
            char what[64];
            std::snprintf(what, sizeof what, "wave%d tile%u", wave, n);
            run(lanes, [n](Shared* s, int lane) { return Tile{s, lane, n}; }, what, n * 7 + wave);
        }
        // Coalesced groups: the first 1..wave lanes, then random masks.
        std::mt19937_64 rng(wave);
        for (int trial = 0; trial < wave + 100; ++trial) {
            unsigned long long mask = trial < wave ? full >> (wave - 1 - trial) : rng() & full;
            if (mask == 0) mask = 1;
            std::vector<int> members;
            for (int l = 0; l < wave; ++l) if ((mask >> l) & 1) members.push_back(l);
            char what[64];
            std::snprintf(what, sizeof what, "wave%d coalesced %016llx", wave, mask);
            run(members, [mask](Shared* s, int lane) { return Coalesced{s, lane, mask}; }, what, trial);
        }
    }
    std::printf("%d checks, %d failures\n", checks.load(), failures.load());
    return failures == 0 ? 0 : 1;
}
"""#
