"""Where one submission's CPU goes, per process, next to a baseline measured in the same run.

    python benchmarks/grading_cpu.py [--submissions 40] [--rounds 2]
    python benchmarks/grading_cpu.py --against PATH [--submissions 40] [--rounds 3]

Bulk grading on 2 cores is CPU-bound, so its rate is bounded by 2 cores
divided by the CPU one submission costs in all processes together; wall
times (benchmarks/bulk_grade.py) hide the sandbox's share, which runs in
other processes, and swing with the machine's load. Grades submissions made
as benchmarks/bulk_grade.py makes them (half of them with one catalogued
mistake), in one process with one Sandbox, and reads the CPU of the
sandbox's processes from /proc: a zygote's cutime and cstime hold the CPU of
the job children it reaped. Two sets: complete submissions of the first
twelve exercises (the unit of issue 15's target) and of all of them; the
difference is what the later exercises cost. The coordinator of a bulk run
(`mlptutor grade`) shares the cores too: its part, writing each report's
feedback files and committing it to a gradebook, is measured on the same
reports and counted in the rate the cores allow.

Each round grades both sets in a fresh process (its Sandbox's start is not
counted), and the baseline, the CPU of `python -c 'import numpy'`, is
measured between the rounds, so figures compare across machines as ratios.
--against PATH: another checkout with its own .venv (e.g. a `git worktree`
of main); each round grades with both checkouts, alternating which goes
first, and the figures are before (PATH), after (this checkout) and
after / before.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:  # a round of another checkout, run by its own venv: its helpers and its package
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

from course_grade import TWELVE, make_submissions  # noqa: E402

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.bulk.discovery import discover  # noqa: E402
from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.bulk.gradebook import Gradebook  # noqa: E402
from mlptutor.grader.bulk.late import Late  # noqa: E402
from mlptutor.grader.bulk.outputs import OutputFolder  # noqa: E402
from mlptutor.grader.sandbox import Sandbox, wire  # noqa: E402
from mlptutor.grader.sandbox import job as sandbox_job  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            for child in map(int, f.read().split()):
                found += [child, *descendants(child)]
    return found


def zygotes() -> list[int]:
    """The sandboxed interpreters below this process (a Grader has two: calls and symbolic formulas)."""
    found = []
    for pid in descendants(os.getpid()):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                program = f.read().split(b"\0")[0]
        except OSError:
            continue
        if b"python" in os.path.basename(program):
            found.append(pid)
    return found


def _stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command's name: [0] is the state, [7] minflt, [11] utime."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


def cpu(pids: list[int]) -> tuple[float, float, float, float]:
    """Seconds summed over `pids`: own user, own system, reaped children's user and system."""
    total = [0.0] * 4
    for pid in pids:
        for i, value in enumerate(_stat(pid)[11:15]):
            total[i] += int(value) / TICK
    return tuple(total)


def faults(pids: list[int]) -> tuple[int, int]:
    """Minor page faults summed over `pids`: their own, and those of the children they reaped. A job child's are
    mostly the zygote's pages it first writes to (copy on write) and the fresh memory it takes."""
    stats = [_stat(pid) for pid in pids]
    return sum(int(fields[7]) for fields in stats), sum(int(fields[8]) for fields in stats)


def import_numpy_cpu(repeat: int = 5) -> float:
    """Median CPU seconds of `python -c 'import numpy'` (user + system of the child)."""
    seconds = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", "import numpy"], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(seconds)


# the run step's parts in the grading process: encoding the calls message, reading the child's reports off the
# pipe (framing, JSON, array tables) and checking them into outcomes; the rest is the job's bookkeeping and its
# loop's wakeups. Counted by wrapping them while the run step runs (the nineteenth pass instrumented them by hand)
RUN_PARTS = {"calls message": (sandbox_job.SandboxJob, "calls_message"),
             "reading reports": (wire.MessageReader, "feed"), "checking reports": (sandbox_job._ChildRun, "_report")}


def timed_parts(spent: dict, running: list) -> list:
    """Wrap each RUN_PARTS method so that, while running[0], its CPU seconds and its calls add up in `spent`;
    what to put back."""
    kept = []
    for name, (owner, attribute) in RUN_PARTS.items():
        method = getattr(owner, attribute)
        spent[name], spent[name + " calls"] = 0.0, 0

        def wrapped(*args, _method=method, _name=name, **kwargs):
            if not running[0]:
                return _method(*args, **kwargs)
            began = time.process_time()
            try:
                return _method(*args, **kwargs)
            finally:
                spent[_name] += time.process_time() - began
                spent[_name + " calls"] += 1

        setattr(owner, attribute, wrapped)
        kept.append((owner, attribute, method))
    return kept


def measure(grader: pipeline.Grader, submissions: list, out: Path) -> dict[str, float]:
    """CPU seconds per submission: the grading process per step (and the run step's parts, RUN_PARTS), the job
    children, the zygotes; then the coordinator's part on the same reports (feedback files and a gradebook commit
    each, under `out`)."""
    steps = {step.__name__: 0.0 for step in pipeline.STEPS}
    parts: dict = {}
    running = [False]
    kept = timed_parts(parts, running)
    pids = zygotes()
    reports = []
    before, faulted_before, start = cpu(pids), faults(pids), time.process_time()
    for s in submissions:
        job = pipeline.GradingJob(s.student, dict(s.modules))
        for step in pipeline.STEPS:
            running[0] = step is pipeline.run
            began = time.process_time()
            step(job, grader)
            steps[step.__name__] += time.process_time() - began
        running[0] = False
        reports.append(job.report)
    own = time.process_time() - start
    for owner, attribute, method in kept:
        setattr(owner, attribute, method)
    after, faulted = cpu(pids), [a - b for a, b in zip(faults(pids), faulted_before)]
    n = len(submissions)
    figures = {name: seconds / n for name, seconds in {**steps, **parts}.items()}
    figures["grading process"] = own / n
    figures["job children"] = (after[2] + after[3] - before[2] - before[3]) / n
    figures["zygotes"] = (after[0] + after[1] - before[0] - before[1]) / n
    figures["zygote faults"], figures["child faults"] = faulted[0] / n, faulted[1] / n
    figures["total"] = figures["grading process"] + figures["job children"] + figures["zygotes"]
    figures["coordinator"] = coordinator(reports, out)
    return figures


def coordinator(reports: list, out: Path) -> float:
    """CPU seconds per report of a bulk run's coordinator: its feedback files and its gradebook commit."""
    folder = OutputFolder(out)
    with Gradebook(folder.gradebook) as gradebook:
        start = time.process_time()
        for report in reports:
            folder.write_student(report)
            gradebook.record("cpu", report, Late(), folder.render_version)
        return (time.process_time() - start) / len(reports)


def one_round(count: int) -> dict[str, dict[str, float]]:
    """CPU per submission of each set, graded in this process after warming the sandbox and the caches."""
    sets = {"twelve": lambda name: name in TWELVE, "all": lambda name: True}
    results = {}
    with tempfile.TemporaryDirectory(prefix="mlptutor-cpu-") as tmp, Sandbox() as sandbox:
        grader = pipeline.Grader(sandbox)
        folders = {}
        for label, keep in sets.items():
            make_submissions(Path(tmp) / label, count, keep)
            folders[label] = discover(Path(tmp) / label, Engine().exercises()).submissions
            for s in folders[label][:2]:  # warm the zygotes, numpy and the caches
                grader.grade(s.modules, student="warm-" + s.student)
        for label, submissions in folders.items():
            results[label] = measure(grader, submissions, Path(tmp) / f"out-{label}")
        results["isolation"] = sandbox.level
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2, help="measurements of each set, interleaved with the baseline")
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv: before/after figures")
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)  # a round of the checkout ROOT: print JSON
    args = parser.parse_args()
    if args.root:
        return print(json.dumps(one_round(args.submissions)))
    trees = {"before": args.against.resolve(), "after": Path(__file__).resolve().parent.parent} if args.against else {
        "this checkout": Path(__file__).resolve().parent.parent}
    for tree in trees.values():
        if not (tree / ".venv" / "bin" / "python").exists():
            sys.exit(f"grading_cpu: {tree}/.venv/bin/python is missing: make the checkout's venv first")
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    baselines = [import_numpy_cpu()]
    for round_ in range(args.rounds):
        for name in (list(trees) if round_ % 2 == 0 else list(trees)[::-1]):
            done = subprocess.run([str(trees[name] / ".venv" / "bin" / "python"), __file__, "--root", str(trees[name]),
                                   "--submissions", str(args.submissions)], capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"grading_cpu: the round of {trees[name]} failed: {done.stderr.strip()[-500:]}")
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
        baselines.append(import_numpy_cpu())
    base = statistics.median(baselines)
    count = len(Engine().exercises())
    isolation = runs[next(iter(trees))][0]["isolation"]
    print(f"CPU per submission, ms (median of {args.rounds} rounds of {args.submissions} submissions, isolation "
          f"{isolation}); baseline: `python -c 'import numpy'` {1000 * base:.1f} ms CPU in the same run")
    medians = {name: {label: {k: statistics.median(run[label][k] for run in rounds) for k in rounds[0][label]}
                      for label in ("twelve", "all")} for name, rounds in runs.items()}
    for label, title in (("twelve", "the first 12 exercises"), ("all", f"all {count} exercises")):
        print(title)
        for name in trees:
            figures = medians[name][label]
            steps = ", ".join(f"{step.__name__} {1000 * figures[step.__name__]:.1f}" for step in pipeline.STEPS)
            if "reading reports" in figures:  # an older checkout's round measured no parts
                split = "; ".join(f"{part} {1000 * figures[part]:.1f}" for part in RUN_PARTS)
                steps += f"; of run: {split}, {figures['checking reports calls']:.1f} reports a submission"
            bulk = figures["total"] + figures["coordinator"]
            print(f"  {name:13} {1000 * figures['total']:6.1f} = {figures['total'] / base:.3f}x baseline: grading "
                  f"process {1000 * figures['grading process']:.1f} ({steps}), job children "
                  f"{1000 * figures['job children']:.1f} ({figures['child faults']:.0f} page faults), zygotes "
                  f"{1000 * figures['zygotes']:.1f} ({figures['zygote faults']:.0f}); with a bulk run's "
                  f"coordinator ({1000 * figures['coordinator']:.1f}) at most {2 / bulk:.0f} submissions/s on 2 cores")
        if len(trees) == 2:
            print(f"  after / before: {medians['after'][label]['total'] / medians['before'][label]['total']:.2f}")
    for name in trees:
        later = medians[name]["all"]["total"] - medians[name]["twelve"]["total"]
        print(f"the {count - 12} later exercises add ({name}): {1000 * later:.1f} ms = {later / base:.3f}x baseline")


if __name__ == "__main__":
    main()
