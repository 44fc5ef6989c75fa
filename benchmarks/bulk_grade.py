"""How fast does `mlptutor grade` go, and where does the time go?

    python benchmarks/bulk_grade.py [--submissions 1000] [--baseline 40] [--workers N]
    python benchmarks/bulk_grade.py --against PATH [--submissions 200] [--rounds 2] [--workers N]
    --twelve: complete submissions of the first twelve exercises only (issue 15's unit), else of every exercise

Generates N submissions (each a complete set of exercise files: the correct
solutions, every other one carrying one catalogued mistake, as in
examples/make_class.py), measures the baseline of this run, a fork of this
process (numpy imported) and its exit, then prints:

1. the bulk run (`grade_class` with the local pool, isolation as in
   production): submissions per second, the cost of one submission in
   worker-milliseconds and as a multiple of the fork, and peak memory of
   the coordinator and of the largest worker;
2. the same jobs with a fresh interpreter per submission
   (Sandbox(fork_server=False)) on fewer submissions, and the ratio;
3. where one submission's time goes, in one process: the sandbox job
   (fork, imports, calls, decoding results), the trusted steps around it
   (planning, judging, naming mistakes), and the coordinator's own work
   (feedback files and one gradebook commit), each also in forks.

--against PATH: another checkout of mlptutor with its own .venv (e.g. a
`git worktree` of an older commit). Instead of the above, `mlptutor grade`
of both checkouts (each its own .venv's command, a fresh output folder each
time) grades the same class in alternation, `--rounds` times each; prints
the median submissions per second of before (PATH), after (this checkout)
and after / before, and the fork baseline. With each rate, the CPU the run
took per submission in all its processes (`run_cpu`): the coordinator and
its workers, which it waits for, and the sandboxes' zygotes with the job
children they reaped, which nobody waits for (bwrap is killed), read from
/proc while the run goes. On a shared machine the rate follows the load;
the CPU hardly does, and 2 cores / CPU per submission is the rate a quiet
machine allows. Every run has its compiled modules cached (as a pip install
leaves them; check_speed.py's `environment`), whatever PYTHONDONTWRITEBYTECODE
says, after a warm-up run of each checkout. `--sizes` adds runs of a class of that many submissions
(default 4), so the fixed cost of a run (start-up, the zygotes' boots, the
class files) and the cost per further submission come apart.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np  # noqa: F401  (the fork baseline is a fork of a process holding numpy, as a pool worker is)

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

import check_speed  # noqa: E402
import course_grade  # noqa: E402

from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.bulk.gradebook import Gradebook  # noqa: E402
from mlptutor.grader.bulk.outputs import OutputFolder  # noqa: E402
from mlptutor.grader.bulk.pool import LocalPool  # noqa: E402
from mlptutor.grader.bulk.run import grade_class  # noqa: E402


def make_submissions(folder: Path, count: int, twelve: bool = False) -> None:
    """`count` complete submissions (of the first twelve exercises only with `twelve`: issue 15's unit)."""
    course_grade.make_submissions(folder, count, (lambda name: name in course_grade.TWELVE) if twelve else (lambda name: True))


def fork_ms(count: int = 200) -> float:
    """The baseline: median milliseconds of os.fork() of this process, the child's _exit and the wait for it."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def timed_run(folder: Path, out: Path, engine: Engine, workers: int) -> float:
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        summary = grade_class(folder, out, engine, LocalPool(engine, workers), progress=quiet)
    seconds = time.perf_counter() - start
    if summary.failed or summary.graded != summary.found:
        print(f"  warning: {summary.line()}")
    return seconds


def breakdown(folder: Path, out: Path, count: int, fork: float) -> None:
    """Per-submission time of the sandbox job, the trusted steps and the coordinator, in this process."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.sandbox import Sandbox

    engine = Engine()
    submissions = discover(folder, engine.exercises()).submissions[:count]
    with engine.open() as grade:
        grade("warm-up", submissions[0].modules)
        sandbox_seconds = 0.0
        original = Sandbox.run

        def counted(self, *args, **kwargs):  # times every sandbox job of this process
            nonlocal sandbox_seconds
            start = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                sandbox_seconds += time.perf_counter() - start

        Sandbox.run = counted
        try:
            start = time.perf_counter()
            reports = [grade(s.student, s.modules) for s in submissions]
            total = time.perf_counter() - start
        finally:
            Sandbox.run = original
    folder_out = OutputFolder(out)
    start = time.perf_counter()
    with Gradebook(folder_out.gradebook) as gradebook:
        for report in reports:
            folder_out.write_student(report)
            gradebook.record("breakdown", report)
    coordinator = time.perf_counter() - start
    n = len(reports)
    calls = sum(len(r.checks) for r in reports) / n
    print(f"3. one submission ({n} graded in one process, {calls:.0f} checks each):")
    for label, seconds, what in (
            ("grading", total, f"one core: at most {n / total:.1f} submissions/s"),
            ("  sandbox job", sandbox_seconds, "fork, import the student's files, run the calls, decode results"),
            ("  trusted steps", total - sandbox_seconds, "plan hidden inputs, judge, name mistakes"),
            ("coordinator", coordinator, "Markdown + HTML + results.json, one gradebook commit")):
        ms = 1000 * seconds / n
        print(f"   {label:16s} {ms:7.1f} ms = {ms / fork:5.1f} forks  ({what})")


TICK = os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in map(int, f.read().split()):
                    found += [child, *_tree(child)]
    except OSError:  # gone meanwhile
        pass
    return found


def _zygote_cpu(pid: int) -> float | None:
    """A sandbox's interpreter (`python -S`) whose parent is not one (a job child is): its own CPU and that of
    the job children it reaped, in seconds; None for any other process."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().split(b"\0")
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{fields[1]}/cmdline", "rb") as f:
            parent = f.read().split(b"\0")
    except OSError:
        return None
    if b"-S" not in argv[1:3] or b"-S" in parent[1:3]:
        return None
    return sum(int(value) for value in fields[11:15]) / TICK


def run_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run `command` (output captured); (wall seconds, CPU seconds of it and the workers it waits for, CPU
    seconds of the sandboxes' zygotes and their job children), the last read from /proc every 20 ms: at most the
    last 20 ms of each zygote go uncounted."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    zygotes: dict[int, float] = {}
    while process.poll() is None:
        for pid in _tree(process.pid):
            if (seconds := _zygote_cpu(pid)) is not None:
                zygotes[pid] = max(seconds, zygotes.get(pid, 0.0))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode not in (0, 1):
        print(f"  warning: {command[0]} exited {process.returncode}: {error.strip()[-300:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, waited, sum(zygotes.values())


def against(other: Path, count: int, rounds: int, workers: int, twelve: bool, sizes: list[int]) -> None:
    """`mlptutor grade` of this checkout and of `other` on one class, alternating; before/after submissions/s."""
    trees = {"before": other.resolve(), "after": ROOT}
    for tree in trees.values():
        if not (tree / ".venv" / "bin" / "mlptutor").exists():
            sys.exit(f"bulk_grade: {tree}/.venv/bin/mlptutor is missing: make the checkout's venv first")
    fork = fork_ms()
    sizes = sorted({count, *sizes})
    runs: dict[tuple[str, int], list[tuple[float, float, float]]] = {(name, n): [] for name in trees for n in sizes}
    with tempfile.TemporaryDirectory(prefix="mlptutor-bench-") as tmp:
        tmp = Path(tmp)
        for n in sizes:
            make_submissions(tmp / f"class-{n}", n, twelve)
        env = check_speed.environment(tmp / "pycache")  # compiled modules cached, as a pip install leaves them
        for name in trees:  # writes each checkout's compiled modules there
            run_cpu([str(trees[name] / ".venv" / "bin" / "mlptutor"), "grade", str(tmp / f"class-{sizes[0]}"),
                     "--out", str(tmp / f"out-{name}-warm"), "--workers", str(workers)], env)
        for round_ in range(rounds):
            for name in (list(trees) if round_ % 2 == 0 else list(trees)[::-1]):
                for n in sizes:
                    command = [str(trees[name] / ".venv" / "bin" / "mlptutor"), "grade", str(tmp / f"class-{n}"),
                               "--out", str(tmp / f"out-{name}-{n}-{round_}"), "--workers", str(workers)]
                    runs[name, n].append(run_cpu(command, env))
    what = "complete submissions of the first 12 exercises" if twelve else "complete submissions"
    print(f"mlptutor grade of {count} {what}, {workers} workers, median of {rounds} alternating runs each "
          f"(start-up included); baseline: a fork of a numpy process, {fork:.2f} ms")
    rates, cpus = {}, {}
    for name in trees:
        for n in sizes:
            wall, waited, sandbox = (statistics.median(figure) for figure in zip(*runs[name, n]))
            rates[name, n], cpus[name, n] = n / wall, waited + sandbox
            per = 1000 * workers * wall / n
            print(f"  {name:6s} {n:5d} submissions: {n / wall:5.1f}/s, {per:.0f} worker-ms = {per / fork:.0f} forks "
                  f"per submission; CPU {1000 * (waited + sandbox) / n:.1f} ms per submission (coordinator and "
                  f"workers {1000 * waited / n:.1f}, sandboxes {1000 * sandbox / n:.1f})")
        if len(sizes) > 1:  # the CPU of a run as fixed + n x each further submission, from the smallest and largest
            small, large = sizes[0], sizes[-1]
            each = (cpus[name, large] - cpus[name, small]) / (large - small)
            print(f"  {name:6s} ({trees[name]}): a run's fixed CPU {cpus[name, small] - small * each:.2f} s, "
                  f"{1000 * each:.1f} ms per further submission: 2 cores allow at most {2 / each:.0f}/s")
    print(f"  after / before: {rates['after', count] / rates['before', count]:.2f}x the submissions per second, "
          f"{cpus['after', count] / cpus['before', count]:.2f}x the CPU ({count} submissions)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=40, help="submissions for the fresh-interpreter baseline and the breakdown (0: skip both)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--rounds", type=int, default=2, help="with --against: runs of each checkout")
    parser.add_argument("--twelve", action="store_true", help="submissions of the first twelve exercises only")
    parser.add_argument("--sizes", type=int, nargs="*", default=[4],
                        help="with --against: classes of these sizes graded too (fixed and per-submission CPU)")
    args = parser.parse_args()
    if args.against:
        return against(args.against, args.submissions, args.rounds, args.workers, args.twelve, args.sizes)
    fork = fork_ms()
    print(f"baseline: a fork of a numpy process and its exit, {fork:.2f} ms")
    with tempfile.TemporaryDirectory(prefix="mlptutor-bench-") as tmp:
        tmp = Path(tmp)
        make_submissions(tmp / "class", args.submissions, args.twelve)

        seconds = timed_run(tmp / "class", tmp / "out", Engine(), args.workers)
        rate = args.submissions / seconds
        per = 1000 * args.workers / rate
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"1. bulk run: {args.submissions} submissions, {args.workers} workers: {seconds:.1f} s, "
              f"{rate:.1f} submissions/s, {per:.0f} worker-ms = {per / fork:.0f} forks per submission; "
              f"peak memory: coordinator {own:.0f} MiB, largest worker {worker:.0f} MiB")

        if args.baseline <= 0:
            return
        make_submissions(tmp / "small", args.baseline, args.twelve)
        base = timed_run(tmp / "small", tmp / "out-fresh", Engine(fork_server=False), args.workers)
        base_rate = args.baseline / base
        print(f"2. fresh interpreter per submission: {args.baseline} submissions: {base:.1f} s, "
              f"{base_rate:.1f} submissions/s; the fork server is {rate / base_rate:.1f}x faster")

        breakdown(tmp / "small", tmp / "out-breakdown", args.baseline, fork)


if __name__ == "__main__":
    main()
