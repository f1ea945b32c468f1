#!/usr/bin/env bash
# Installs what is needed, builds cu2hip, and converts the bundled example project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release >&2
out="${1:-/tmp/cu2hip-example}"
rm -rf "$out" "$out-report"
set +e
# --rocm-version 5.2 matches the HIP compiler Debian 12 ships (hipcc 5.2).
.build/release/cu2hip convert Fixtures/example-project/input --out "$out" --report-dir "$out-report" --rocm-version 5.2
status=$?
set -e
echo "translated tree: $out" >&2
echo "report: $out-report/report.json   diff: $out-report/changes.diff" >&2
exit $status
