"""Vectorised numpy reference of the Japanese cost-difference settlement, for side-by-side timing.

Reads a little-endian float64 file written by bench/simulator.ts:
    header: paths, years, lag  (3 float64)
    strike[years], volume[years]  (JPY/t and t; volume 0 outside the support period)
    prices[paths * (years + 1)]  (JPY/t; per path the year before the timeline, then each year)
and computes per path and year S = (strike - price[year - lag]) * volume, split into government payments
(S > 0) and clawbacks (S < 0), then the total net outlay. Prints the best compute time of several runs and a
checksum, as JSON.
"""
import json
import sys
import time

import numpy as np


def settle(strike, volume, prices, lag):
    ref = prices[:, 1 - lag : prices.shape[1] - lag]
    s = (strike[None, :] - ref) * volume[None, :]
    support = np.where(s > 0, s, 0.0)
    clawback = np.where(s < 0, -s, 0.0)
    return support, clawback


def main(path, repeats):
    raw = np.fromfile(path, dtype="<f8")
    paths, years, lag = int(raw[0]), int(raw[1]), int(raw[2])
    strike = raw[3 : 3 + years]
    volume = raw[3 + years : 3 + 2 * years]
    prices = raw[3 + 2 * years :].reshape(paths, years + 1)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        support, clawback = settle(strike, volume, prices, lag)
        total = float((support - clawback).sum())
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"ms": best * 1000, "checksum": total, "numpy": np.__version__}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
