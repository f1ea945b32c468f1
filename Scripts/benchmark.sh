#!/usr/bin/env bash
# Benchmarks cu2hip on a synthetic project (Scripts/make_benchmark_tree.py): wall time and peak
# memory (GNU time), for 1 worker and for every core, in a release build.
# Usage: bash Scripts/benchmark.sh [SOURCES] [HEADERS]
set -euo pipefail
cd "$(dirname "$0")/.."
sources="${1:-200}"
headers="${2:-10}"
command -v /usr/bin/time >/dev/null || { echo "benchmark: needs GNU time (apt-get install time)" >&2; exit 1; }
swift build -c release >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/make_benchmark_tree.py "$work/tree" --sources "$sources" --headers "$headers"
lines=$(cat "$work"/tree/src/*.cu "$work"/tree/include/*.cuh | wc -l)
echo "tree: $sources .cu files, $headers .cuh headers, $lines lines"
for jobs in 1 "$(nproc)"; do
  rm -rf "$work/out" "$work/report"
  /usr/bin/time -f "%e %M" -o "$work/time" .build/release/cu2hip convert "$work/tree" --out "$work/out" \
    --report-dir "$work/report" -j "$jobs" --quiet 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  echo "jobs=$jobs: ${seconds} s wall, $((kilobytes / 1024)) MiB peak RSS, $(awk "BEGIN { printf \"%.0f\", $lines / $seconds }") lines/s"
done
tail -n 1 "$work/stderr" >/dev/null
