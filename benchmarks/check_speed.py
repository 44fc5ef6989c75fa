"""How long a student waits for `mlptutor check`: a cold run on a complete exercise folder and on one file.

    python benchmarks/check_speed.py [--runs 7] [--against PATH]

Copies tests/solutions/*.py (every exercise, solved) into a temporary
folder, then runs in rounds, each command once per round in a fresh
process: the baseline `python -c 'import numpy'`, `mlptutor check FOLDER`
and `mlptutor check FOLDER/softmax.py` (this checkout's .venv). Prints the
median wall seconds of each and its ratio to the baseline's median (the
target: the folder in at most 5x the baseline). Medians of interleaved
runs, so a load that comes and goes weighs on all alike.

--against PATH: another checkout of mlptutor with its own .venv (e.g. a
`git worktree` of an older commit), whose two checks run in the same
rounds on the same folder; prints before (PATH), after (this checkout) and
after / before.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "tests" / "solutions"
ONE_FILE = "softmax.py"


def venv_bin(checkout: Path, name: str) -> str:
    path = checkout / ".venv" / "bin" / name
    if not path.exists():
        sys.exit(f"check_speed: {path} is missing: make the checkout's venv (python3 -m venv .venv && "
                 f".venv/bin/pip install -e .)")
    return str(path)


def commands(checkout: Path, folder: Path) -> dict[str, list[str]]:
    mlptutor = venv_bin(checkout, "mlptutor")
    return {"folder": [mlptutor, "check", str(folder)], "one file": [mlptutor, "check", str(folder / ONE_FILE)]}


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:  # the solutions pass every check: anything else is a broken run, not a figure
        print(f"  note: {' '.join(command[-2:])} exited {done.returncode}: {done.stderr.strip()[-200:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (each command once per round)")
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mlptutor-check-speed-") as tmp:
        folder = Path(tmp) / "exercises"
        folder.mkdir()
        for file in SOLUTIONS.glob("*.py"):
            shutil.copy(file, folder / file.name)
        runs = {("baseline", "numpy"): [venv_bin(ROOT, "python"), "-c", "import numpy"]}
        runs.update({("after", k): v for k, v in commands(ROOT, folder).items()})
        if args.against:
            runs.update({("before", k): v for k, v in commands(args.against.resolve(), folder).items()})
        for command in runs.values():  # warm the file cache and the .pyc files: every timed run is cold the same way
            wall(command)
        times: dict[tuple, list[float]] = {key: [] for key in runs}
        keys = list(runs)
        for round_ in range(args.runs):
            for key in keys[round_ % len(keys):] + keys[:round_ % len(keys)]:  # each round starts elsewhere
                times[key].append(wall(runs[key]))
    median = {key: statistics.median(values) for key, values in times.items()}
    base = median[("baseline", "numpy")]
    count = len(list(SOLUTIONS.glob("*.py")))
    print(f"cold mlptutor check, median of {args.runs} interleaved runs; baseline `python -c 'import numpy'`: "
          f"{base:.3f} s")
    for what, label in (("folder", f"a complete folder ({count} exercise files)"), ("one file", f"one file ({ONE_FILE})")):
        after = median[("after", what)]
        line = f"  {label}: {after:.2f} s = {after / base:.1f}x the baseline"
        if args.against:
            before = median[("before", what)]
            line += (f"; before ({args.against}) {before:.2f} s = {before / base:.1f}x, "
                     f"after/before {after / before:.2f}")
        print(line + (" (target: at most 5x)" if what == "folder" else ""))


if __name__ == "__main__":
    main()
