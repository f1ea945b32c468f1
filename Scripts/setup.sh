#!/usr/bin/env bash
# Installs what cu2hip needs on Debian 12: libclang (parsing), and the HIP compiler used by the
# tests to compile translated code for AMD GPUs (hipcc, libamdhip64-dev, rocm-device-libs, and
# hipRAND/rocRAND for the cuRAND fixtures; the other ROCm libraries' fixtures compile against the
# headers in ../shared/rocm-headers, as Debian's hipSPARSE alone pulls in 1.3 GB), g++ (the cooperative-groups header's CPU model),
# pip, which fetches AMD's HIP Python bindings for the PyPI cross-check test (its .pxd files only,
# into .build/pypi-crosscheck; nothing is installed), python3-venv and jsonschema from PyPI (into
# .build/check-venv: the tests validate `cu2hip check`'s SARIF and JSON against their schemas), and
# chromium (the tests render `cu2hip check --format html` headless). Swift 6 must already be on PATH.
set -euo pipefail
packages=(libclang-dev hipcc libamdhip64-dev rocm-device-libs libhiprand-dev librocrand-dev g++ git patch python3 python3-pip python3-venv chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6 first" >&2; exit 1; }
# The pinned HIP Python wheels for the PyPI cross-check (a no-op once fetched). Without network the
# test reports the failure itself; CU2HIP_OFFLINE=1 skips this step (and, outside CI, the test).
if [ "${CU2HIP_OFFLINE:-}" != "1" ]; then
  python3 "$(dirname "$0")/pypi_crosscheck.py" --fetch-only --quiet \
    || echo "setup: could not fetch the HIP Python wheels from PyPI; the PyPI cross-check test will fail" >&2
fi
# jsonschema for the schema-validation tests of `cu2hip check` (a no-op once installed). Debian 12's
# Python is externally managed, so it goes into a virtual environment under .build.
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.build/check-venv"
if ! "$venv/bin/python" -c "import jsonschema" >/dev/null 2>&1; then
  { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check "jsonschema==4.26.0"; } \
    || echo "setup: could not install jsonschema from PyPI into $venv; the check schema-validation tests will fail" >&2
fi
