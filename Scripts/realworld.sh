#!/usr/bin/env bash
# The real-world benchmark: translates the public CUDA code in ../shared/corpus with cu2hip and
# with the regex translator hipify-perl (../shared/peers, same files, same run), compiles every
# translation unit of both translations for gfx90a with ../shared/corpus/compile_check.sh, and
# prints per corpus: units, units compiled after each tool, and cu2hip's failures grouped by
# cause, each checked against cu2hip's own report (a failure no finding explains is a bug).
#
# Usage: bash Scripts/realworld.sh [--work DIR] [--jobs N] [--corpora "cuda-samples rodinia"]
#                                  [--skip-peer] [--skip-compile]
#   --work DIR        keep everything here (default: a temporary folder, removed at the end)
#   --jobs N          workers for cu2hip, hipify-perl and the compiles (default: nproc)
#   --skip-peer       translate and compile with cu2hip only; hipify-perl's results already in
#                     --work (from an earlier run) are kept and summarised
#   --skip-compile    reuse the compile results already in --work (summary only)
# Takes about 35 minutes on a 2-core machine (two compile checks of about 15 minutes each).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd) || { echo "realworld: ../shared is missing (it holds the corpus)" >&2; exit 1; }
corpus="$shared/corpus"
work=""
jobs=$(nproc)
corpora="cuda-samples rodinia"
skip_peer=0
skip_compile=0
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --corpora) corpora=$2; shift 2 ;;
    --skip-peer) skip_peer=1; shift ;;
    --skip-compile) skip_compile=1; shift ;;
    *) echo "realworld: unknown option $1" >&2; exit 64 ;;
  esac
done
command -v hipcc >/dev/null || { echo "realworld: hipcc is missing; run bash Scripts/setup.sh" >&2; exit 1; }
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)

swift build -c release >&2
cu2hip="$repo/.build/release/cu2hip"

if [ "$skip_compile" = 0 ]; then
  rm -rf "$work/cu2hip" "$work/reports"
  [ "$skip_peer" = 1 ] || rm -rf "$work/hipify-perl"
  for name in $corpora; do
    # cu2hip: the whole tree in one run; it finds the project's include folders itself.
    start=$(date +%s.%N)
    set +e
    "$cu2hip" convert "$corpus/$name" --out "$work/cu2hip/$name" --report-dir "$work/reports/$name" \
      --rocm-version 5.2 -j "$jobs" --quiet 2>"$work/reports-$name.stderr"
    status=$?
    set -e
    end=$(date +%s.%N)
    echo "cu2hip $name: exit $status, $(awk "BEGIN { printf \"%.1f\", $end - $start }") s" | tee "$work/timing-cu2hip-$name"
    if [ "$skip_peer" = 0 ]; then
      # hipify-perl: one process per C/C++/CUDA file, the rest copied, same number of workers.
      mkdir -p "$work/hipify-perl"
      cp -r "$corpus/$name" "$work/hipify-perl/$name"
      start=$(date +%s.%N)
      (cd "$corpus/$name" && find . -type f \( -name '*.cu' -o -name '*.cuh' -o -name '*.c' -o -name '*.cc' -o -name '*.cpp' \
          -o -name '*.cxx' -o -name '*.h' -o -name '*.hh' -o -name '*.hpp' -o -name '*.inl' \) -print0 \
        | xargs -0 -n 1 -P "$jobs" sh -c 'perl "$0" -quiet-warnings "$2" -o "$1/$2" >/dev/null 2>&1 || true' \
            "$shared/peers/hipify-perl" "$work/hipify-perl/$name")
      end=$(date +%s.%N)
      echo "hipify-perl $name: $(awk "BEGIN { printf \"%.1f\", $end - $start }") s" | tee "$work/timing-hipify-perl-$name"
    fi
  done
  tools=cu2hip
  [ "$skip_peer" = 1 ] || tools="cu2hip hipify-perl"
  for tool in $tools; do
    [ -d "$work/$tool" ] || continue
    echo "compiling the $tool translation ($(date +%H:%M))" >&2
    CORPORA="$corpora" JOBS="$jobs" bash "$corpus/compile_check.sh" "$work/$tool" | tee "$work/compile-$tool.txt"
  done
fi

python3 "$repo/Scripts/realworld_summary.py" --work "$work" --corpus "$corpus" --corpora "$corpora"
