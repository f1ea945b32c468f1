#!/usr/bin/env bash
# cu2hip against its peers on the same files in the same run: cu2hip cold (empty cache) and warm
# (a second run over the unchanged tree), hipify-perl (../shared/peers, -quiet-warnings, one
# process per file as its README shows, the same number of workers) and `clang -fsyntax-only`
# over the files cu2hip parses (the parse floor: one clang process per translation unit, with
# cu2hip's own CUDA declarations). Wall time and peak memory come from GNU time; for the
# tools that run a process per file, the peak is the largest single process.
#
# Usage: bash Scripts/benchmark.sh [--jobs N] [--corpora "cuda-samples rodinia synthetic"]
#                                  [--synthetic SOURCES HEADERS] [--runs N] [--markdown FILE]
#   --jobs N         workers for every tool (default: nproc)
#   --corpora LIST   which trees: cuda-samples and rodinia from ../shared/corpus (skipped, saying
#                    so, without ../shared), synthetic (Scripts/make_benchmark_tree.py)
#   --synthetic S H  the synthetic tree's .cu files and .cuh headers (default 1000 20)
#   --runs N         repeat each measurement N times and keep the fastest (default 1)
#   --markdown FILE  also write the table there
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
jobs=$(nproc)
corpora="cuda-samples rodinia synthetic"
synthetic_sources=1000
synthetic_headers=20
runs=1
markdown=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs) jobs=$2; shift 2 ;;
    --corpora) corpora=$2; shift 2 ;;
    --synthetic) synthetic_sources=$2; synthetic_headers=$3; shift 3 ;;
    --runs) runs=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    *) echo "benchmark: unknown option $1" >&2; exit 64 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "benchmark: needs GNU time (apt-get install time)" >&2; exit 1; }
clang_floor=$(command -v clang-15 || command -v clang-14 || command -v clang || true)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd || true)
swift build -c release >&2
cu2hip="$repo/.build/release/cu2hip"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure NAME COMMAND...: runs the command $runs times, keeps the fastest; sets $seconds and $megabytes.
measure() {
  local best_seconds="" best_kilobytes=0
  for _ in $(seq "$runs"); do
    [ -n "${prepare:-}" ] && eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    read -r s k < <(tail -n 1 "$work/time")
    if [ -z "$best_seconds" ] || awk "BEGIN { exit !($s < $best_seconds) }"; then best_seconds=$s; best_kilobytes=$k; fi
  done
  seconds=$best_seconds
  megabytes=$((best_kilobytes / 1024))
}

rows=()
add_row() { # corpus files tool seconds megabytes ratio-base
  local rate ratio
  rate=$(awk "BEGIN { printf \"%.0f\", $2 / ($4 > 0 ? $4 : 0.001) }")
  ratio=$(awk "BEGIN { printf \"%.2f\", $4 / ($6 > 0 ? $6 : 0.001) }")
  rows+=("| $1 | $2 | $3 | $4 s | $5 MiB | $rate | $ratio |")
}

for corpus in $corpora; do
  case "$corpus" in
    synthetic)
      tree="$work/synthetic"
      python3 Scripts/make_benchmark_tree.py "$tree" --sources "$synthetic_sources" --headers "$synthetic_headers"
      label="synthetic ($synthetic_sources .cu + $synthetic_headers .cuh)" ;;
    *)
      if [ -z "$shared" ] || [ ! -d "$shared/corpus/$corpus" ]; then
        echo "benchmark: ../shared/corpus/$corpus is missing; skipped" >&2
        continue
      fi
      tree="$shared/corpus/$corpus"
      label="$corpus" ;;
  esac
  find "$tree" -type f \( -name '*.cu' -o -name '*.cuh' -o -name '*.c' -o -name '*.cc' -o -name '*.cpp' -o -name '*.cxx' \
    -o -name '*.h' -o -name '*.hh' -o -name '*.hpp' -o -name '*.inl' \) | sort > "$work/files"
  find "$tree" -type f \( -name '*.cu' -o -name '*.c' -o -name '*.cc' -o -name '*.cpp' -o -name '*.cxx' \) | sort > "$work/units"
  files=$(wc -l < "$work/files")

  # cu2hip, cold: an empty cache; warm: the same command again.
  prepare="rm -rf '$work/out' '$work/report'"
  measure "$cu2hip" convert "$tree" --out "$work/out" --report-dir "$work/report" --rocm-version 5.2 -j "$jobs" --quiet
  cold_seconds=$seconds; cold_megabytes=$megabytes
  prepare="rm -rf '$work/out'"
  measure "$cu2hip" convert "$tree" --out "$work/out" --report-dir "$work/report" --rocm-version 5.2 -j "$jobs" --quiet
  warm_seconds=$seconds; warm_megabytes=$megabytes
  hits=$(python3 -c "import json,sys; c=json.load(open(sys.argv[1])).get('cache',{}); print(c.get('hits',0), c.get('misses',0))" "$work/report/report.json")
  parsed=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(sum(1 for f in r['files'] if f['status'] in ('converted','unchanged')))" "$work/report/report.json")

  # hipify-perl: one process per file, into a scratch copy.
  prepare="rm -rf '$work/peer'; mkdir -p '$work/peer'"
  if [ -n "$shared" ] && [ -f "$shared/peers/hipify-perl" ]; then
    measure sh -c "cd '$tree' && sed 's|^$tree/||' '$work/files' | tr '\n' '\0' | xargs -0 -n 1 -P '$jobs' sh -c 'mkdir -p \"\$1/\$(dirname \"\$2\")\" && perl \"\$0\" -quiet-warnings \"\$2\" -o \"\$1/\$2\" >/dev/null 2>&1 || true' '$shared/peers/hipify-perl' '$work/peer'"
    peer_seconds=$seconds; peer_megabytes=$megabytes
  else
    echo "benchmark: ../shared/peers/hipify-perl is missing; no peer column" >&2
    peer_seconds=0; peer_megabytes=0
  fi

  # The parse floor: clang -fsyntax-only over every translation unit, with cu2hip's CUDA
  # declarations and the tree's common include folders.
  prepare=""
  if [ -n "$clang_floor" ]; then
    includes="-I $tree"
    for folder in $(find "$tree" -maxdepth 2 -type d \( -name Common -o -name common -o -name include -o -name inc \)); do includes="$includes -I $folder"; done
    measure sh -c "tr '\n' '\0' < '$work/units' | xargs -0 -n 1 -P '$jobs' sh -c '$clang_floor -fsyntax-only -w -ferror-limit=0 -x cuda --cuda-host-only -nocudainc -nocudalib --cuda-path=/nonexistent -std=c++17 -isystem $repo/Sources/CUDADeclarations/Headers -D__CUDACC__ -D__NVCC__ -include cuda_runtime.h $includes \"\$0\" >/dev/null 2>&1 || true'"
    floor_seconds=$seconds; floor_megabytes=$megabytes
  fi

  base=${peer_seconds}
  [ "$base" = 0 ] && base=$cold_seconds
  add_row "$label" "$files" "cu2hip, cold" "$cold_seconds" "$cold_megabytes" "$base"
  add_row "$label" "$files" "cu2hip, warm (cache hits, misses: ${hits/ /, })" "$warm_seconds" "$warm_megabytes" "$base"
  [ "$peer_seconds" = 0 ] || add_row "$label" "$files" "hipify-perl" "$peer_seconds" "$peer_megabytes" "$base"
  [ -z "$clang_floor" ] || add_row "$label" "$(wc -l < "$work/units")" "$(basename "$clang_floor") -fsyntax-only (translation units only)" "$floor_seconds" "$floor_megabytes" "$base"
  echo "$label: cu2hip cold ${cold_seconds} s, warm ${warm_seconds} s (warm/cold $(awk "BEGIN { printf \"%.1f\", 100 * $warm_seconds / $cold_seconds }")%), hipify-perl ${peer_seconds} s, floor ${floor_seconds:-n/a} s; $parsed C/C++/CUDA files" >&2
done

{
  echo "| tree | files | tool | wall | peak RSS | files/s | time / hipify-perl's |"
  echo "| :-- | --: | :-- | --: | --: | --: | --: |"
  for row in "${rows[@]}"; do echo "$row"; done
} | tee "${markdown:-/dev/null}"
