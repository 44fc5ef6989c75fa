"""Per-job latency of the sandbox for a trivial job: zygote fork vs a fresh interpreter, at each available level.

    python benchmarks/sandbox_overhead.py [--jobs N] [--calls C]

For each isolation level that can run here, prints the time to start the
Sandbox and the median and 90th-percentile wall time of one job (import a
one-function module, call it once with a small array), with the zygote
(fork_server=True) and with a fresh sandboxed interpreter per job; then the
same for a job of C calls (default 400, about one submission's worth), each
taking two small arrays and returning a tuple, and what one call adds.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mlptutor.grader.sandbox import Call, Sandbox  # noqa: E402
from mlptutor.grader.sandbox.levels import LEVELS, unavailable  # noqa: E402
from mlptutor.grader.sandbox.runtime import runtime  # noqa: E402

MODULE = {"trivial": "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"}
MODULE["layer"] = "def forward(x, w):\n    return x @ w, {'x': x}\n"
CALLS = [Call("double", "trivial", "double", (np.arange(4.0),))]


def many_calls(count: int) -> list[Call]:
    x, w = np.ones((8, 4)), np.ones((4, 3))
    return [Call(f"c{i}", "layer", "forward", (x, w)) for i in range(count)]


def measure(level: str, fork_server: bool, jobs: int, calls: list[Call] = CALLS) -> tuple[float, list[float]]:
    start = time.perf_counter()
    with Sandbox(level=level, fork_server=fork_server) as sb:
        sb.run(MODULE, calls)  # the zygote boots in the background: starting ends with the first job
        started = time.perf_counter() - start
        times = []
        for _ in range(jobs):
            t = time.perf_counter()
            result = sb.run(MODULE, calls)
            times.append(time.perf_counter() - t)
            assert all(o.status == "ok" for o in result.outcomes.values()), result.outcomes
    return started, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=30, help="jobs per configuration (default 30)")
    parser.add_argument("--calls", type=int, default=400, help="calls in the many-call job (default 400)")
    args = parser.parse_args()
    print(f"{'level':8} {'mode':8} {'start s':>8} {'median ms':>10} {'p90 ms':>8}  (start: the Sandbox and its first job)")
    available = []
    for level in LEVELS:
        reason = unavailable(level, runtime(("numpy",)))
        if reason:
            print(f"{level:8} unavailable: {reason}")
            continue
        available.append(level)
        medians = {}
        for mode, fork_server, jobs in (("zygote", True, args.jobs), ("fresh", False, max(3, args.jobs // 5))):
            started, times = measure(level, fork_server, jobs)
            p90 = sorted(times)[int(0.9 * (len(times) - 1))]
            medians[mode] = statistics.median(times)
            print(f"{level:8} {mode:8} {started:8.3f} {1000 * medians[mode]:10.1f} {1000 * p90:8.1f}")
        print(f"{level:8} a job with the zygote takes {medians['zygote'] / medians['fresh']:.3f}x the baseline, "
              "a fresh sandboxed interpreter per job")
    print(f"\n{'level':8} {'calls':>6} {'median ms':>10} {'p90 ms':>8} {'per call us':>12}")
    for level in available:
        one = statistics.median(measure(level, True, args.jobs)[1])
        times = measure(level, True, args.jobs, many_calls(args.calls))[1]
        median, p90 = statistics.median(times), sorted(times)[int(0.9 * (len(times) - 1))]
        per_call = 1e6 * (median - one) / max(1, args.calls - 1)
        print(f"{level:8} {args.calls:6d} {1000 * median:10.1f} {1000 * p90:8.1f} {per_call:12.1f}")


if __name__ == "__main__":
    main()
