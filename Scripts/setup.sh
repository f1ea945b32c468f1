#!/usr/bin/env bash
# Installs what cu2hip needs on Debian 12: libclang (parsing), and the HIP compiler used by the
# tests to compile translated code for AMD GPUs (hipcc, libamdhip64-dev, rocm-device-libs).
# Swift 6 must already be on PATH.
set -euo pipefail
packages=(libclang-dev hipcc libamdhip64-dev rocm-device-libs git patch python3)
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
