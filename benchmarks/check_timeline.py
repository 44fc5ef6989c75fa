"""Where a cold `mlptutor check` of a complete folder spends its wall time: a timeline of its phases.

    python benchmarks/check_timeline.py [--runs 5] [--imports] [--file softmax.py] [--checkout PATH] [--cache first]
                                        [--formulas right|wrong|unfinished] [--twelve]

Runs `mlptutor check` on tests/solutions (every exercise, solved) in fresh
processes, each instrumented from inside (the command itself, through
click, with timestamps around its phases): the interpreter's start, the
imports, collecting the files, the Sandbox's start (the level's probe and
the zygote's spawn, in the background), each pipeline step (identify:
loading the specs; plan, run, judge, ...), when each zygote's boot ended (its
"ready" readable, seen by a thread of its own: late by up to a GIL switch
interval), the waits for the zygotes (the submission's,
then SymPy's companion for the formulas), when each sandbox job ended (by the
thread that ran it: the submission's jobs, the formulas'), rendering, closing the sandboxes
and the interpreter's exit. Prints, per phase, the median wall and CPU
milliseconds of the grading process next to `python -c 'import numpy'`
measured in the same rounds. Bytecode is cached as in check_speed.py.

--cache first|repeated: the disk cache (grader/diskcache.py) empty for every
run (the first check ever), or kept over the runs (default; a check made
again: the warm-up run fills it).
--twelve: the folder of the first twelve exercises only, as check_speed.py --twelve.
--file NAME: check that one file of the folder instead of the folder.
--formulas wrong|unfinished: the folder's derivatives.py as check_speed.py makes it.
--checkout PATH: profile another checkout of mlptutor (its own .venv), e.g. an
older commit's `git worktree`, to compare its timeline with this one's.
--imports: also the import chain's own time by package (`python -X
importtime`, the least of the runs), what a lazier import chain could save.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks")]

from check_speed import WRONG, exercise_files  # noqa: E402

# Run inside the instrumented process: marks "MARK <phase> <wall since epoch> <cpu>" on stderr.
CHILD = r'''
import sys, time
def mark(what, at=None, kind="MARK"):  # one write: the threads' lines must not interleave
    sys.stderr.write(f"{kind} {what} {time.time() if at is None else at!r} {time.process_time()!r}\n")
    sys.stderr.flush()
mark("interpreter started")

def descendants_cpu():
    """CPU seconds of every process under this one (the zygotes, with the job children they reaped) and of
    the children this one reaped (the level's probe), read before the zygotes end."""
    import os
    tick, total, todo = os.sysconf("SC_CLK_TCK"), os.times().children_user + os.times().children_system, [os.getpid()]
    while todo:
        pid = todo.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    for child in map(int, children.read().split()):
                        with open(f"/proc/{child}/stat") as stat:
                            fields = stat.read().rsplit(")", 1)[1].split()
                        total += sum(int(f) for f in fields[11:15]) / tick  # utime, stime, cutime, cstime
                        todo.append(child)
        except OSError:
            continue
    return total


JOBS = {}

def patch_sandbox(module):
    Original = module.Sandbox
    class Timed(Original):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            mark("sandbox made" if len(self.preload) == 1 else "SymPy's companion made")
        def run(self, modules, calls, *args, **kwargs):  # each job's end, by the thread that ran it
            import threading
            result = super().run(modules, calls, *args, **kwargs)
            thread = threading.current_thread().name
            JOBS[thread] = JOBS.get(thread, 0) + 1
            what = "SymPy's job" if len(self.preload) > 1 else "a job"
            mark(f"{what} {JOBS[thread]} of the thread {thread}", kind="THREAD")
            return result
        def close(self, *args, **kwargs):
            if len(self.preload) == 1:
                mark(f"{1000 * descendants_cpu():.0f}", kind="CPU")
            super().close(*args, **kwargs)
            if len(self.preload) == 1:
                mark("sandboxes closed")
    module.Sandbox = Timed

def patch_zygote(module):
    zygote_init, zygote_ready = module.Zygote.__init__, module.Zygote.ready
    def timed_init(self, command, env, python, site, preload, *args, **kwargs):
        if "sympy" in preload:  # its boot starts here (made, below, once the boot program has read its settings)
            mark("SymPy's zygote spawned", kind="THREAD")
        zygote_init(self, command, env, python, site, preload, *args, **kwargs)
        self.what = "SymPy's companion" if "sympy" in preload else "the submission's zygote"
        import threading
        threading.Thread(target=booted, args=(self,), daemon=True).start()
    def booted(zygote):  # its "ready" line readable: the boot's end (read by whoever waits, later)
        import select, socket
        while not getattr(zygote, "marked", False):
            try:
                select.select([zygote.control], [], [])
                seen = zygote.control.recv(4096, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except BlockingIOError:  # read meanwhile by whoever waits: `timed_ready` marks it
                continue
            except (OSError, ValueError):  # closed first: killed before its boot ended
                return
            if not seen:
                return
            if b"ready" in seen:
                marked(zygote)
            else:  # the "up" line, not yet read by the level's choice
                time.sleep(0.0005)
    def marked(zygote):
        if not getattr(zygote, "marked", False):
            zygote.marked = True
            mark(f"{zygote.what} booted", kind="THREAD")
    def timed_ready(self):
        booting, start = not self._booted, time.time()
        result = zygote_ready(self)
        if booting:  # who waited: the command itself, or a thread judging formulas ahead (symbolic.py)
            marked(self)
            import threading
            thread = threading.current_thread()
            by = "" if thread is threading.main_thread() else f" (in the thread {thread.name})"
            mark(self.what + by, time.time() - start, "WAIT")
        return result
    module.Zygote.__init__, module.Zygote.ready = timed_init, timed_ready

def patch_pipeline(module):
    grader_init, grade = module.Grader.__init__, module.Grader.grade
    def timed_grader(self, *args, **kwargs):
        grader_init(self, *args, **kwargs)
        mark("grader made")
    def timed(step):
        def run(job, grader):
            step(job, grader)
            mark(f"step {step.__name__}")
        return run
    def timed_grade(self, *args, **kwargs):  # the steps as the command left them (it replaces plan)
        self.steps = tuple(timed(step) for step in self.steps)
        return grade(self, *args, **kwargs)
    module.Grader.__init__, module.Grader.grade = timed_grader, timed_grade

def patch_commands(module):
    text = module.FORMATS["text"]
    def timed_render(*args, **kwargs):
        rendered = text.render(*args, **kwargs)
        mark("feedback rendered")
        return rendered
    module.FORMATS = {**module.FORMATS, "text": text._replace(render=timed_render)}

def patch_symbolic(module):
    ahead = getattr(module, "_judge_ahead", None)  # an older checkout judges no formula ahead
    if ahead is None:
        return
    def timed_ahead(*args, **kwargs):
        ahead(*args, **kwargs)
        mark("the formulas judged ahead", kind="THREAD")
    module._judge_ahead = timed_ahead

# module -> (mark once it is imported, patch), in whatever order the command imports them
WATCHED = {"click": ("click imported", None), "mlptutor.grader.commands": ("check command imported", patch_commands),
           "mlptutor.grader.sandbox.zygote": (None, patch_zygote),
           "mlptutor.grader.sandbox.sandbox": ("sandbox imported", patch_sandbox),
           "numpy": ("numpy imported", None), "mlptutor.grader.pipeline": ("pipeline imported", patch_pipeline),
           "mlptutor.grader.checks.symbolic": (None, patch_symbolic)}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name not in WATCHED:
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
        else:
            return None
        execute = spec.loader.exec_module
        def exec_module(module):
            execute(module)
            what, patch = WATCHED[name]
            if patch:
                patch(module)
            if what:
                mark(what)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Watch())
try:  # the console script's entry (an older checkout's: cli)
    from mlptutor.launch import main
except ImportError:
    from mlptutor.cli import cli as main
sys.argv = ["mlptutor", "check", sys.argv[1]]
main()
'''


def environment(pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def timeline(python: str, folder: Path, env: dict, cache: str) -> tuple[list[tuple[str, float, float]], dict[str, float]]:
    """[(phase, wall ms since the spawn, cpu ms of the grading process)] in order, ending with its exit, and
    the milliseconds the grading process waited for each zygote to boot; `cache`: the disk cache's folder."""
    env = {**env, "MLPTUTOR_CACHE": cache}
    start = time.time()
    # run in the folder's parent: from a checkout's root, `python -c` would import that checkout's mlptutor package
    # (the current directory comes first on sys.path) whichever checkout's python runs
    done = subprocess.run([python, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env,
                          cwd=folder.parent)
    end = time.time()
    marks, waits = [], {}
    for line in done.stderr.splitlines():
        kind, _, rest = line.partition(" ")
        if kind in ("MARK", "WAIT", "CPU", "THREAD"):
            what, wall, cpu = rest.rsplit(" ", 2)
            if kind == "WAIT":
                waits[what] = 1000 * float(wall)
            elif kind == "THREAD":  # done at (ms since the spawn), beside the phases of the command itself
                waits["done: " + what] = 1000 * (float(wall) - start)
            elif kind == "CPU":
                waits["CPU"] = float(what)
            else:
                marks.append((what, 1000 * (float(wall) - start), 1000 * float(cpu)))
    if done.returncode not in (0, 1) or not marks:  # 1: a check failed (--formulas wrong|unfinished)
        sys.exit(f"check_timeline: the check failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return marks + [("process exited", 1000 * (end - start), marks[-1][2])], waits


def baseline(python: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", "import numpy"], check=True, env=env)
    return 1000 * (time.perf_counter() - start)


def imports(python: str, folder: Path, env: dict, runs: int) -> None:
    """The import chain's self time by package: the least over `runs` runs of `python -X importtime`."""
    least: dict[str, int] = {}
    for _ in range(runs):
        program = f"import sys; from mlptutor.cli import cli; sys.argv = ['mlptutor', 'check', {str(folder)!r}]; cli()"
        done = subprocess.run([python, "-X", "importtime", "-c", program], capture_output=True, text=True, env=env)
        for line in done.stderr.splitlines():
            found = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
            if found:
                name, own = found.group(2), int(found.group(1))
                least[name] = min(least.get(name, own), own)
    groups: collections.Counter = collections.Counter()
    for name, own in least.items():
        parts = name.split(".")
        groups[".".join(parts[:3]) if parts[0] == "mlptutor" else parts[0]] += own
    print(f"\nimports, own time by package (least of {runs} runs; {len(least)} modules, "
          f"{sum(least.values()) / 1000:.0f} ms in all):")
    for name, own in groups.most_common(15):
        print(f"  {own / 1000:6.1f} ms  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--imports", action="store_true", help="also the import chain's time by package")
    parser.add_argument("--formulas", choices=("right", "wrong", "unfinished"), default="right",
                        help="the folder's derivatives.py: the solution, wrong formulas, or the stub")
    parser.add_argument("--twelve", action="store_true", help="a folder of the first twelve exercises only")
    parser.add_argument("--file", help="check this one file of the folder (e.g. softmax.py) instead of the folder")
    parser.add_argument("--checkout", type=Path, default=ROOT, help="the checkout (with its .venv) to profile")
    parser.add_argument("--cache", choices=("first", "repeated"), default="repeated",
                        help="the disk cache empty for every run, or kept over the runs")
    args = parser.parse_args()
    python = args.checkout.resolve() / ".venv" / "bin" / "python"
    if not python.exists():
        sys.exit(f"check_timeline: {python} is missing: make the checkout's venv")
    python = str(python)
    with tempfile.TemporaryDirectory(prefix="mlptutor-check-timeline-") as tmp:
        folder = Path(tmp) / "exercises"
        folder.mkdir()
        files = exercise_files(args.twelve)
        for file in files:
            shutil.copy(file, folder / file.name)
        if args.formulas != "right":
            stub = (ROOT / "exercises" / "derivatives.py").read_text()
            (folder / "derivatives.py").write_text(WRONG if args.formulas == "wrong" else stub)
        env = environment(Path(tmp) / "pycache")
        target = folder / args.file if args.file else folder
        caches = (f"{tmp}/cache-{'kept' if args.cache == 'repeated' else n}" for n in range(args.runs + 1))
        timeline(python, target, env, next(caches)), baseline(python, env)  # warm-up: bytecode written, files cached
        runs, bases = [], []
        for _ in range(args.runs):
            bases.append(baseline(python, env))
            runs.append(timeline(python, target, env, next(caches)))
        if args.imports:
            imports(python, target, env, args.runs)
    base = statistics.median(bases)
    what = args.file or f"{len(files)} exercise files"
    print(f"cold `mlptutor check` of {what} ({args.checkout}; {args.cache} check), median of {args.runs} runs; baseline "
          f"`python -c 'import numpy'` {base:.0f} ms")
    print(f"  {'at':>8} {'phase':>7} {'cpu':>6}  (ms: median time since the spawn, the phase's wall and CPU time "
          "in the grading process)")
    previous_at = previous_cpu = 0.0
    for what in dict.fromkeys(what for run, _ in runs for what, _, _ in run):  # phases in order (ties: first seen)
        rows = [(w, c) for run, _ in runs for name, w, c in run if name == what]
        at, cpu = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        print(f"  {at:8.0f} {at - previous_at:+7.0f} {cpu - previous_cpu:+6.0f}  {what}")
        previous_at, previous_cpu = at, cpu
    total = statistics.median(run[-1][1] for run, _ in runs)
    print(f"  total {total:.0f} ms = {total / base:.1f}x the baseline")
    for what in dict.fromkeys(what for _, waits in runs for what in waits if what != "CPU"):
        waited = statistics.median(waits[what] if what in waits else 0.0 for _, waits in runs
                                   if what in waits or not what.startswith("done: "))  # a wait not made: 0 ms
        if what.startswith("done: "):
            print(f"  {what[6:]}: done at {waited:.0f} ms (median)")
        else:
            print(f"  waited for {what} to boot: {waited:.0f} ms (median)")
    own = statistics.median(run[-1][2] for run, _ in runs)
    others = statistics.median(waits.get("CPU", 0.0) for _, waits in runs)
    print(f"  CPU: {own:.0f} ms in the grading process, {others:.0f} ms in the others (the level's probe, the "
          f"zygotes and their jobs' children; medians)")


if __name__ == "__main__":
    main()
