"""The sandbox child's own work on one submission's job, run in this process: CPU time and a profile.

    python benchmarks/child_harness.py [--all] [--rounds 20] [--profile 30]
    python benchmarks/child_harness.py --against PATH [--rounds 30]

A job's child is forked by a zygote inside bwrap, with a cleared
environment and no writable place the grader reads: neither cProfile nor
a sampling profiler sees it whole. This script grades one complete
submission (the correct solutions of the first twelve exercises; `--all`:
of every exercise) with a real Sandbox, keeps the request its job sent (the
header message and the calls message, byte for byte), then runs the
child's harness (grader/sandbox/child.py's ChildJob, with wire.py) on that
request in this process, as often as asked: the imports of the student's
modules, every call, the outcomes encoded into reports (written nowhere).
Not included: the fork and its page faults, limits, the uid switch,
seccomp, the process's exit (a trivial job's child: benchmarks/
sandbox_overhead.py); looking for installed modules that the student's
files would shadow searches this process's sys.path, longer than the
sandbox's, so the imports cost more here. NumPy runs with one BLAS thread,
as in a sandboxed interpreter.

Prints the CPU time of one run (min and median of `--rounds`); the
baseline is the student's own functions called directly on the decoded
arguments in the same rounds (what no harness can save). `--profile N`
adds cProfile's top functions over N runs (CPU time). `--against PATH`: another
checkout's harness (its grader/sandbox/*.py, loaded by path) on the same
request in alternating rounds: before (PATH), after (this checkout), after / before.
`--ablate`: what each per-call feature of the harness costs (the argument and
result checks, the outcome's report, the put-backs after every stage, each
call's module settings and tracers), this checkout's
harness with one feature at a time answering as for a call that changes
nothing (and with all of them so, and no outcome recorded or reported), in
the same alternating rounds: the ceiling of what doing a feature in bulk, or
only where a spec needs it, can save (issue 15, point 3).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
import types
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples"), str(ROOT / "benchmarks")]

from mlptutor.grader.sandbox.levels import THREAD_VARIABLES  # noqa: E402  (imports no NumPy)

# one BLAS thread, as every sandboxed interpreter has (levels.py), set before NumPy loads: with the machine's
# threads the student's functions of all 21 exercises took 262 ms of CPU in this process against 157 with one
# (train's matrix products), and the harness's ratio to them read low (2026-12-07)
os.environ.update(dict.fromkeys(THREAD_VARIABLES, "1"))

from course_grade import TWELVE, make_submissions  # noqa: E402

from mlptutor.grader import pipeline  # noqa: E402
from mlptutor.grader.bulk.discovery import discover  # noqa: E402
from mlptutor.grader.bulk.engine import Engine  # noqa: E402
from mlptutor.grader.sandbox import Sandbox, job  # noqa: E402

HARNESS = ("wire", "ipc", "seccomp", "crashsite", "child")  # what the zygote ships, less its own loop (worker.py)


def captured_request(everything: bool) -> bytes:
    """The request (header and calls messages) of the first job of one correct complete submission."""
    sent: list[bytes] = []
    start, rest = job._ChildRun.__init__, job._ChildRun.send_rest

    def init(self, owner, zygote, stages, strict, request, *fds):
        if not sent:
            sent.append(bytes(request))
        start(self, owner, zygote, stages, strict, request, *fds)

    def send_rest(self, data):
        if len(sent) == 1:
            sent.append(bytes(data))
        rest(self, data)

    job._ChildRun.__init__, job._ChildRun.send_rest = init, send_rest
    try:
        with tempfile.TemporaryDirectory(prefix="mlptutor-child-") as tmp, Sandbox() as sandbox:
            make_submissions(Path(tmp), 1, lambda name: everything or name in TWELVE)
            [submission] = discover(Path(tmp), Engine().exercises()).submissions
            pipeline.Grader(sandbox).grade(submission.modules, student=submission.student)
    finally:
        job._ChildRun.__init__, job._ChildRun.send_rest = start, rest
    return b"".join(sent)


class Harness:
    """One checkout's harness modules, loaded as the zygote loads them (by source, under their shipped names)."""

    def __init__(self, tree: Path):
        self.modules = {}
        for name in HARNESS:
            if not (tree / "grader" / "sandbox" / f"{name}.py").exists():  # an older checkout's harness
                continue
            module = types.ModuleType(f"mlptutor_sandbox_{name}")
            sys.modules[module.__name__] = module  # child.py imports wire and seccomp by these names
            exec(compile((tree / "grader" / "sandbox" / f"{name}.py").read_text(), f"<{name}>", "exec"), module.__dict__)
            self.modules[module.__name__] = module
        child = self.modules["mlptutor_sandbox_child"]
        child.send = lambda data: None  # the reports are encoded, then dropped
        child._owner[0] = os.getpid()
        child._progress.append(memoryview(bytearray(4)).cast("I"))
        getattr(child, "take_namespaces", lambda: None)()  # as the zygote does, once
        self.child = child

    def readable(self, request: bytes) -> bytes:
        """`request` as this harness reads it: an older one, without marshalled requests, gets JSON headers."""
        wire = self.modules["mlptutor_sandbox_wire"]
        if hasattr(wire, "request_message"):
            return request
        return b"".join(wire.message(header, arrays) for header, arrays in job.wire.MessageReader().feed(request))

    def job(self, request: bytes, folder: str):
        """A ChildJob ready to run, reading its request from a file (as the child reads its pipe)."""
        sys.modules.update(self.modules)
        path = os.path.join(folder, "request")
        with open(path, "wb") as f:
            f.write(request)
        self.child.REQUEST_FD = os.open(path, os.O_RDONLY)  # read_calls closes it
        reader = self.child.Request(self.child.REQUEST_FD)
        header, _ = reader.next()
        return self.child.ChildJob(header, reader, tempfile.mkdtemp(dir=folder))

    def calls(self, request: bytes, child_job) -> list:
        """(function, args, kwargs) of every call of the request, its arguments decoded as the child decodes them."""
        wire = self.modules["mlptutor_sandbox_wire"]
        [_, (header, arrays)] = wire.MessageReader().feed(self.readable(request))
        found = []
        for record in wire.CALL.rows(header["calls"]):
            function = getattr(sys.modules.get(record.module), record.function, None)
            try:
                args = wire.decode(record.args, arrays, child_job.marker, copy=True)
                kwargs = wire.decode(record.kwargs, arrays, child_job.marker, copy=True) if record.kwargs else {}
            except Exception:  # a Ref to a call that failed
                continue
            if callable(function):
                found.append((function, args, kwargs))
        return found


def run_once(harness: Harness, request: bytes, student_only: bool = False) -> float:
    """CPU seconds of one ChildJob.run (`student_only`: of the student's functions alone, called directly on the
    arguments decoded beforehand), with this process put back as it was (modules, finder, sys.path, warnings)."""
    names, meta_path, path = set(sys.modules), list(sys.meta_path), list(sys.path)
    with tempfile.TemporaryDirectory(prefix="mlptutor-child-") as folder, warnings.catch_warnings():
        child_job = harness.job(harness.readable(request), folder)
        began = time.process_time()
        child_job.run()
        spent = time.process_time() - began
        if student_only:
            calls = harness.calls(request, child_job)
            began = time.process_time()
            for function, args, kwargs in calls:
                try:
                    function(*args, **kwargs)
                except Exception:
                    pass
            spent = time.process_time() - began
    for name in set(sys.modules) - names:
        del sys.modules[name]
    sys.meta_path[:], sys.path[:] = meta_path, path
    return spent


# feature -> (module, attribute, what stands in for it): as for a call whose arguments and result hold nothing the
# feature looks for (wire.Reporter.outcome: no outcome queued, so no report encoded either)
FEATURES = {
    "again": [("child", "again", lambda *a: [])],
    "handed_back": [("child", "handed_back", lambda *a: [])],
    "held_inside": [("child", "held_inside", lambda *a: [])],
    "changed": [("child.ChildJob", "changed", lambda *a: [])],
    "generators": [("child", "generators", lambda *a: []), ("child", "global_state", lambda: None)],
    "outcome": [("wire.Reporter", "outcome", lambda *a: None)],
    # the put-backs after every stage (builtins, sys.modules, sys's functions, recursion limit, collector, umask,
    # working dir, streams; end_forks and replug return at once in this process: in a child they add about 2 us
    # and 1.3 us a stage, measured by a job timing os.kill(-1, 0) and the three calls, bwrap, 93 host processes)
    "put-backs": [("child.ChildJob", "restore", lambda *a: None)],
    # each call under its module's settings and the job's put back (numpy's names and error handling, warnings)
    "settings": [("child.ModuleSettings", name, lambda *a: None) for name in ("enter", "leave")],
    "tracers": [("child.ModuleSettings", "call", lambda self, function, args, kwargs: function(*args, **kwargs))],
}


@contextlib.contextmanager
def ablated(harness: Harness, names: list[str]):
    """`harness` with the features `names` (FEATURES) stood in for while the context lasts."""
    kept = []
    for name in names:
        for where, attribute, stand_in in FEATURES[name]:
            module, _, owner = where.partition(".")
            target = harness.modules[f"mlptutor_sandbox_{module}"]
            target = getattr(target, owner) if owner else target
            kept.append((target, attribute, getattr(target, attribute)))
            setattr(target, attribute, stand_in)
    try:
        yield
    finally:
        for target, attribute, value in reversed(kept):
            setattr(target, attribute, value)


def ablate(harness: Harness, request: bytes, rounds: int) -> None:
    """CPU of the harness with each feature stood in for, interleaved: min / median and what it saves (median)."""
    variants = {"whole harness": [], **{name: [name] for name in FEATURES}, "all of them": list(FEATURES)}
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(rounds):
        for name in (list(variants) if round_ % 2 == 0 else list(variants)[::-1]):
            with ablated(harness, variants[name]):
                times[name].append(run_once(harness, request))
    whole = statistics.median(times["whole harness"])
    print(f"each feature stood in for (CPU ms, min / median of {rounds} rounds; saves: the whole harness's median less "
          "this one's):")
    for name, spent in times.items():
        print(f"  {name:15} {1000 * min(spent):7.2f} / {1000 * statistics.median(spent):7.2f}"
              + (f"   saves {1000 * (whole - statistics.median(spent)):5.2f}" if name != "whole harness" else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="a submission of every exercise (default: the first twelve)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--profile", type=int, default=0, help="cProfile this checkout's harness over N runs")
    parser.add_argument("--against", type=Path, help="another checkout: its harness on the same request")
    parser.add_argument("--ablate", action="store_true", help="what each per-call feature costs (see FEATURES)")
    args = parser.parse_args()
    request = captured_request(args.all)
    harnesses = {"this checkout": Harness(ROOT)}
    if args.against:
        harnesses = {"before": Harness(args.against.resolve()), "after": harnesses["this checkout"]}
    times: dict[str, list[float]] = {name: [] for name in harnesses}
    baseline = []
    for harness in harnesses.values():
        run_once(harness, request)  # warm: imports, caches
    for round_ in range(args.rounds):
        for name in (list(harnesses) if round_ % 2 == 0 else list(harnesses)[::-1]):
            times[name].append(run_once(harnesses[name], request))
        baseline.append(run_once(harnesses[name], request, student_only=True))
    what = "every exercise" if args.all else "the first twelve exercises"
    print(f"the child's job of one submission of {what} ({len(request)} bytes of request), in this process, "
          f"CPU ms (min / median of {args.rounds} rounds):")
    base = statistics.median(baseline)
    print(f"  baseline: the student's functions alone, called directly on the same arguments: {1000 * min(baseline):.2f}"
          f" / {1000 * base:.2f}")
    for name, spent in times.items():
        print(f"  {name:13} {1000 * min(spent):7.2f} / {1000 * statistics.median(spent):7.2f} = "
              f"{statistics.median(spent) / base:.2f}x the baseline")
    if args.against:
        print(f"  after / before: {min(times['after']) / min(times['before']):.3f} (min), "
              f"{statistics.median(times['after']) / statistics.median(times['before']):.3f} (median)")
    if args.ablate:
        ablate(harnesses["after" if args.against else "this checkout"], request, args.rounds)
    if args.profile:
        profile = cProfile.Profile(time.process_time)  # CPU time: a loaded machine's waits are not the harness's
        harness = harnesses["after" if args.against else "this checkout"]
        for _ in range(args.profile):
            profile.enable()
            run_once(harness, request)
            profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
