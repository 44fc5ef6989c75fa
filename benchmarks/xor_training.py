"""Time to train the course's XOR network with the reference (target: well under a second per seed).

    python benchmarks/xor_training.py [--seeds 50]

Prints, over seeds 0..N-1, the wall time of reference.xor.train_xor, the
gradient steps of the final start, how many starts needed a restart, and
how many seeds reached 4/4.
"""

import argparse
import time

import numpy as np

from mlptutor.reference.xor import train_xor


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=50, help="seeds 0..N-1 to train")
    seeds = range(parser.parse_args().seeds)
    times, results = [], []
    for seed in seeds:
        start = time.perf_counter()
        results.append(train_xor(seed=seed))
        times.append(time.perf_counter() - start)
    times = np.array(times)
    print(f"seeds: {len(times)}  time per seed: median {np.median(times) * 1e3:.1f} ms, max {times.max() * 1e3:.1f} ms")
    print(f"epochs of the final start: median {np.median([r['epochs'] for r in results]):.0f}, "
          f"max {max(r['epochs'] for r in results)}")
    print(f"seeds that restarted: {sum(r['restarts'] > 0 for r in results)}, "
          f"most restarts: {max(r['restarts'] for r in results)}")
    print(f"seeds at 4/4: {sum(r['correct'] == 4 for r in results)}/{len(results)}")


if __name__ == "__main__":
    main()
