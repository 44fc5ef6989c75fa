"""How long a student waits for `mlptutor check`: a cold run on a complete exercise folder and on one file.

    python benchmarks/check_speed.py [--runs 7] [--against PATH] [--formulas right|wrong|unfinished] [--twelve]

Copies tests/solutions/*.py (every exercise, solved) into a temporary
folder, then runs in rounds, each command once per round in a fresh
process: the baseline `python -c 'import numpy'`, `mlptutor check FOLDER`
and `mlptutor check FOLDER/softmax.py` (this checkout's .venv). Prints the
median wall seconds of each and its ratio to the baseline's median (the
target: the folder in at most 5x the baseline). Medians of interleaved
runs, so a load that comes and goes weighs on all alike.

--twelve: the folder holds the first twelve exercises only (course_grade.py's
TWELVE: the course when issue 15 asked for 5x, its unit of a complete
folder), not the nine added since.

--formulas wrong|unfinished: the folder's derivatives.py returns wrong
formulas (each a text the numbers refute) or is the untouched stub, instead
of the solution's right formulas (which SymPy must confirm: its companion's
start, about 0.4 s of CPU, is part of every first check of a right file).

--against PATH: another checkout of mlptutor with its own .venv (e.g. a
`git worktree` of an older commit), whose checks run in the same rounds on
the same folder, first and repeated alike (a cache folder of its own); prints
before (PATH), after (this checkout) and after / before.

The disk cache (grader/diskcache.py: the reference's results and SymPy's
verdicts that a new computation would give again, kept from one check to the
next): each check of this checkout runs twice a round, "first" with an empty
cache folder of its own (the first check ever made on this machine, or after
the grader changed) and "repeated" with one folder kept over the run (warmed
by the warm-up round: a student checking again). An --against checkout older
than the cache ignores it (MLPTUTOR_CACHE): its two figures are alike.

Bytecode: every command runs with its compiled modules cached, as a pip
install leaves them (`pip install` compiles them; a checkout's editable
install writes them on first use), in a cache of this run
(PYTHONPYCACHEPREFIX, written by the warm-up round), whatever
PYTHONDONTWRITEBYTECODE says: with it set, mlptutor's ~150 modules are
compiled again by every check (about 0.12 s of CPU, 2026-12-05), while
numpy's came compiled. --no-bytecode-cache measures that way instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks")]

from course_grade import TWELVE  # noqa: E402

SOLUTIONS = ROOT / "tests" / "solutions"
ONE_FILE = "softmax.py"
FUNCTIONS = ("sigmoid_derivative", "tanh_derivative", "softmax_diagonal", "softmax_off_diagonal", "softmax_ce_gradient",
             "l2_gradient", "chain_rule_w1")
EXIT = [0]  # the exit status of a check of the folder: 0 with every solution, 1 with --formulas wrong|unfinished
WRONG = "".join(f"def {name}():\n    return '1 - s_i'\n\n\n" for name in FUNCTIONS)  # wrong or unknown names


def venv_bin(checkout: Path, name: str) -> str:
    path = checkout / ".venv" / "bin" / name
    if not path.exists():
        sys.exit(f"check_speed: {path} is missing: make the checkout's venv (python3 -m venv .venv && "
                 f".venv/bin/pip install -e .)")
    return str(path)


def exercise_files(twelve: bool) -> list[Path]:
    """The solutions copied into the checked folder: every exercise's, or (twelve) the first twelve's."""
    return sorted(file for file in SOLUTIONS.glob("*.py") if not twelve or file.stem in TWELVE)


def commands(checkout: Path, folder: Path) -> dict[str, list[str]]:
    mlptutor = venv_bin(checkout, "mlptutor")
    return {"folder": [mlptutor, "check", str(folder)], "one file": [mlptutor, "check", str(folder / ONE_FILE)]}


CACHES = ("first", "repeated")  # an empty cache folder for each run, one folder kept over the run


def environment(pycache: Path | None) -> dict[str, str]:
    """The commands' environment: compiled modules cached in `pycache`, or (None) never written."""
    env = dict(os.environ)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def wall(command: list[str], env: dict[str, str], cache: str | None = None) -> float:
    """Seconds of one run; `cache`: the disk cache's folder (a new empty one when it does not exist yet)."""
    if cache is not None:
        env = {**env, "MLPTUTOR_CACHE": cache}
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    seconds = time.perf_counter() - start
    folder = command[1:2] == ["check"] and not command[-1].endswith(ONE_FILE)  # not the one file, not the baseline
    if done.returncode != (EXIT[0] if folder else 0):  # else a broken run, not a figure
        print(f"  note: {' '.join(command[-2:])} exited {done.returncode}: {done.stderr.strip()[-200:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (each command once per round)")
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--formulas", choices=("right", "wrong", "unfinished"), default="right",
                        help="the folder's derivatives.py: the solution, wrong formulas, or the stub")
    parser.add_argument("--twelve", action="store_true", help="a folder of the first twelve exercises only")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile every module in every run (as under PYTHONDONTWRITEBYTECODE=1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mlptutor-check-speed-") as tmp:
        env = environment(None if args.no_bytecode_cache else Path(tmp) / "pycache")
        folder = Path(tmp) / "exercises"
        folder.mkdir()
        files = exercise_files(args.twelve)
        for file in files:
            shutil.copy(file, folder / file.name)
        EXIT[0] = 0 if args.formulas == "right" else 1
        if args.formulas == "wrong":
            (folder / "derivatives.py").write_text(WRONG)
        elif args.formulas == "unfinished":
            shutil.copy(ROOT / "exercises" / "derivatives.py", folder / "derivatives.py")
        runs = {("baseline", "numpy"): [venv_bin(ROOT, "python"), "-c", "import numpy"]}
        runs.update({("after", k, cache): v for k, v in commands(ROOT, folder).items() for cache in CACHES})
        if args.against:
            runs.update({("before", k, cache): v for k, v in commands(args.against.resolve(), folder).items()
                         for cache in CACHES})
        counter = iter(range(1_000_000))

        def cache_of(key: tuple) -> str:
            """The cache folder of a run: kept (one per checkout), or a new one (empty: it does not exist yet)."""
            return f"{tmp}/cache-{f'kept-{key[0]}' if 'repeated' in key else next(counter)}"
        for key, command in runs.items():  # warm the file cache, the .pyc files and the kept cache folder
            wall(command, env, cache_of(key))
        times: dict[tuple, list[float]] = {key: [] for key in runs}
        keys = list(runs)
        for round_ in range(args.runs):
            for key in keys[round_ % len(keys):] + keys[:round_ % len(keys)]:  # each round starts elsewhere
                times[key].append(wall(runs[key], env, cache_of(key)))
    median = {key: statistics.median(values) for key, values in times.items()}
    base = median[("baseline", "numpy")]
    bytecode = "compiled in every run" if args.no_bytecode_cache else "bytecode cached"
    formulas = "" if args.formulas == "right" else f", derivatives.py {args.formulas}"
    print(f"cold mlptutor check ({bytecode}{formulas}), median of {args.runs} interleaved runs; baseline "
          f"`python -c 'import numpy'`: {base:.3f} s")
    for what, label in (("folder", f"a complete folder ({len(files)} exercise files{', the first twelve' if args.twelve else ''})"), ("one file", f"one file ({ONE_FILE})")):
        print(f"  {label}{' (target: at most 5x)' if what == 'folder' else ''}:")
        for cache, name in zip(CACHES, ("first check (empty cache)", "repeated check (cache kept)")):
            after = median[("after", what, cache)]
            line = f"    {name}: {after:.2f} s = {after / base:.1f}x the baseline"
            if args.against:
                before = median[("before", what, cache)]
                line += f"; before {before:.2f} s = {before / base:.1f}x; after/before {after / before:.2f}"
            print(line)


if __name__ == "__main__":
    main()
