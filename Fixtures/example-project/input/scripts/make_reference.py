#!/usr/bin/env python3
"""Reference LayerNorm + softmax for tinyhead, written as raw float32."""
import argparse

import numpy as np


def layernorm(x, gamma, beta, eps):
    mean = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("cols", type=int)
    parser.add_argument("--out", default="reference.bin")
    args = parser.parse_args()
    i = np.arange(args.rows * args.cols, dtype=np.int64).reshape(args.rows, args.cols)
    x = ((i * 37) % 101).astype(np.float32) / 25.0 - 2.0
    c = np.arange(args.cols, dtype=np.float32)
    gamma = 1.0 + 0.01 * (c % 7)
    beta = 0.05 * (c % 3)
    softmax(layernorm(x, gamma, beta, 1e-5)).astype(np.float32).tofile(args.out)


if __name__ == "__main__":
    main()
