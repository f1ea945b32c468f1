#!/usr/bin/env python3
"""Runs ./reduce over a range of sizes and prints a CSV of the results.

cudaMalloc and friends are not used here; this script only drives the binary.
"""
import subprocess
import sys


def main() -> int:
    binary = sys.argv[1] if len(sys.argv) > 1 else "./reduce"
    print("n,result")
    for exponent in range(10, 27, 2):
        n = 1 << exponent
        out = subprocess.run([binary, str(n)], capture_output=True, text=True)
        status = "PASSED" if out.returncode == 0 else "FAILED"
        print(f"{n},{status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
