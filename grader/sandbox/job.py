"""One job (one submission's modules and calls) driven through a zygote, re-forking after timeouts and crashes.

The request lists the child's stages (imports, replays, calls: SandboxJob._stages) in order. The
child writes the number of the stage it begins into a small shared memory
(the progress) and sends the outcomes in batches ("reports"); the trusted
side reads the progress whenever it wakes (at least every POLL_SECONDS) and
times every stage from when it saw it begin (`timing.StageTimer`: CPU time
against the call's price, wall time as a backstop), and the whole job
`job_seconds`, so the deadlines hold whatever the child does with its signals.
When a child times out or dies, the stage it was in is blamed (the import
becomes a module error, the call a "timeout"/"crashed" outcome), everything
of the child is killed, and a new child continues with
the calls that have no outcome yet; calls of earlier children that later
calls reference are re-run there first ("replay"). Something malformed on the
result pipe is blamed on the first stage not yet reported if the child has
not gone further; otherwise a "strict" child, reporting after every stage,
re-runs those stages to tell which one it was.
"""

from __future__ import annotations

import base64
import fcntl
import keyword
import os
import re
import select
import selectors
import signal
import sys
import time
from dataclasses import asdict

from mlptutor.grader.sandbox import crashsite, wire
from mlptutor.grader.sandbox.calls import Call, JobResult, Limits, Outcome
from mlptutor.grader.sandbox.seccomp import MEMORY_HELD_EXIT
from mlptutor.grader.sandbox.timing import StageTimer
from mlptutor.grader.sandbox.zygote import Zygote, ZygoteLost, status_text

CHILD_STATUSES = ("ok", "error", "not_implemented", "missing_function", "module_error")
MAX_ARGUMENTS = 256  # changed arguments one outcome may name
MAX_WARNINGS = 3  # warning lines one outcome may carry (the child keeps that many distinct ones)
FINISHED = "finished"
EXIT_NOTICE_SECONDS = 0.5  # how long the zygote may take to report that a child whose pipe closed has died
POLL_SECONDS = 0.02  # how often the progress is read while no report comes: a stage's deadline is this late at most
# once a call timed out: the callers of a function that loops loop too, and each is seen beginning and ending
# sooner (a looping softmax: from a timeout to the next looping call seen 39-46 -> 28-38 ms, load 4-5, 2026-12-05)
LOOPING_POLL_SECONDS = 0.005
PIPE_BYTES = 1 << 20  # request and result pipes: a request goes in at once, a report rarely waits for the grader
UNCLEAR = "unclear"  # something malformed came from one of several stages: re-run them in a strict child
RESTART = "restart"  # a call ran out of memory its child's earlier calls hold: run it again in a fresh child


class Output:
    """Captured stdout+stderr, keeping the first `cap` bytes and counting the rest."""

    def __init__(self, cap: int):
        self.cap = cap
        self.data = bytearray()
        self.dropped = 0

    def add(self, chunk: bytes) -> None:
        room = max(0, self.cap - len(self.data))
        self.data += chunk[:room]
        self.dropped += len(chunk) - min(room, len(chunk))

    def total(self) -> int:
        """The bytes added so far, kept or not."""
        return len(self.data) + self.dropped

    def cut(self, total: int) -> None:
        """Forget what was added after the first `total` bytes."""
        del self.data[total:]
        self.dropped = min(self.dropped, max(0, total - len(self.data)))

    def text(self) -> str:
        text = self.data.decode("utf-8", errors="replace")
        return text + (f"\n[output truncated: {self.dropped} more bytes]" if self.dropped else "")


class SandboxJob:
    def __init__(self, modules: dict, calls: list[Call], limits: Limits, price=None, imports=None):
        self.limits = limits
        self.imports = None if imports is None else set(imports)  # the modules with an import stage (None: all)
        self.calls = list(calls)
        self.module_errors: dict[str, str] = {}
        self.module_notes: dict[str, str] = {}  # a module that imported with a problem to tell (wire.Reporter)
        self.sources: dict[str, str] = {}
        sized: dict[str, bytes] = {}
        for name, source in modules.items():
            if type(name) is not str or not name.isidentifier() or keyword.iskeyword(name):
                self.module_errors[str(name)] = f"{name!r} is not a valid module name; name files like softmax.py"
            else:
                sized[name] = _source_bytes(source)
        # checked before sending: the request's header (wire.MAX_HEADER_BYTES) holds them base64-encoded
        total = sum(len(data) for data in sized.values())
        if total > limits.sources_bytes:
            raise wire.ProtocolError(f"message too large: the submission's files hold {wire.size_text(total)}, "
                                     f"over the sandbox's limit of {wire.size_text(limits.sources_bytes)}; "
                                     "make them smaller")
        for name, data in sized.items():
            if len(data) > limits.file_bytes:
                self.module_errors[name] = (f"{name}.py is larger than the sandbox's file size limit "
                                            f"({wire.size_text(len(data))}; the limit is "
                                            f"{wire.size_text(limits.file_bytes)})")
            else:
                self.sources[name] = base64.b64encode(data).decode()
        earlier: set[str] = set()
        for call in self.calls:
            _check_ids(call, earlier)
        # the time limits of its stages; price: call -> the reference's CPU seconds on its arguments (timing.py), asked
        # through the calls by id: a closure over self made every job a cycle, its calls and outcomes kept until the
        # collector's next pass (grading the first twelve exercises, 6 young-generation passes of 24-33 ms of CPU in 160
        # submissions, 0.9-1.2 ms a submission, gc.callbacks; none since)
        by_id = self._by_id = {call.id: call for call in self.calls}
        self.looping: set[str] = set()  # the modules of the calls that timed out
        looping = self.looping
        self.timer = StageTimer(limits, None if price is None else lambda call_id: price(by_id[call_id]),
                                lambda call_id: _module(by_id[call_id]) in looping)
        self._calls_message = None
        self.imported: set[str] = set()  # modules whose import stage a child reported: their errors are known
        self._imports_of: dict[str, set[str]] | None = None  # module -> the job's modules it imports, once needed
        self._needs: dict[str, frozenset[str]] = {}  # module -> what _importing found for it
        self.child_stages: list[tuple] = []  # the stages of the latest child
        self.outcomes: dict[str, Outcome] = {}
        self.lost: dict[str, str] = {}  # ok calls whose result could not be rebuilt in a new child
        self.restarted: set[str] = set()  # calls run again for memory their child's earlier calls held
        self.output = Output(limits.output_bytes)
        # what the grader holds of this job's results, at most: its children may spend all but a reserve per call
        self.budget = wire.Budget(limits.job_result_bytes + wire.reserve(len(self.calls) + len(self.sources)))
        self.stage_start = 0.0  # when the current child's current stage began
        self.poll = POLL_SECONDS  # how often the progress is read
        self.deadline = time.monotonic() + limits.job_seconds

    def calls_message(self) -> bytes:
        """The request's second message: every call as a wire.CALL record, its arrays grouped by dtype.

        An array object several calls use travels once: the child decodes a copy for each use.
        Sent after the first, so the child imports the modules while the grader encodes this."""
        if self._calls_message is None:
            arrays = wire.Arrays()
            wire.numpy_if_imported()  # before encode(): the arguments' arrays are numpy's
            # most calls have no keyword arguments: {} without a walk (0.3 ms of a submission's 360 calls)
            records = [(call.id, call.module, call.function, wire.encode(tuple(call.args), arrays, strict=True),
                        wire.encode(dict(call.kwargs), arrays, strict=True) if call.kwargs else {},
                        None if call.pick is None else list(call.pick), call.refills)
                       for call in self.calls]
            self._calls_message = wire.request_message({"calls": wire.CALL.columns(records)}, arrays.items)
        return self._calls_message

    # --- the re-fork loop ------------------------------------------------------------

    def run(self, zygote_for) -> None:
        """Run every call, in as many children as timeouts and crashes require."""
        started, strict, end = False, False, None
        while True:
            pending = [c.id for c in self.calls if c.id not in self.outcomes]
            if started and not pending:
                return
            started = True
            if time.monotonic() >= self.deadline:
                return self._skip(pending)
            alone = end is not None and end[0] == RESTART
            end = self._run_child(zygote_for(), self._alone(end[1][1], pending) if alone else pending, strict)
            strict = end is not None and end[0] == UNCLEAR  # a strict child always tells, so this ends
            if end is None and alone:
                continue  # the rest of the pending calls
            if end is None or not (strict or self._blame(*end)):
                return

    def _alone(self, call_id: str, pending: list[str]) -> list[str]:
        """Of the pending calls, `call_id` and those its Refs name (transitively), in job order: a call run again in
        a fresh child runs before the earlier calls its crashed child had not reported (a crash loses them: they
        ran again before it, held the memory again, and it crashed again)."""
        needed, todo = set(), [call_id]
        while todo:
            name = todo.pop()
            if name in pending and name not in needed:
                needed.add(name)
                todo += [ref.call_id for ref in self.call(name).refs()]
        return [name for name in pending if name in needed]

    def call(self, call_id: str) -> Call:
        return self._by_id[call_id]

    def same_function_before(self, earlier: str, call_id: str) -> bool:
        """Whether call `earlier` is of the same module and function as `call_id` and comes before it in the job."""
        first, then = self._by_id.get(earlier), self._by_id[call_id]
        if first is None or (first.module, first.function) != (then.module, then.function):
            return False
        order = list(self._by_id)  # the calls' ids in job order: no Call's == (its fields, arrays too) runs
        return order.index(earlier) < order.index(call_id)

    def result(self, isolation: str) -> JobResult:
        missing = Outcome("crashed", error="no result came back for this call")
        outcomes = {c.id: self.outcomes.get(c.id, missing) for c in self.calls}
        return JobResult(outcomes, dict(self.module_errors), self.output.text(), isolation, dict(self.module_notes))

    def _give_up_on(self, group: str, timed_out: str) -> None:
        """The group's calls after `timed_out` are not run: a function that hung once would likely hang again;
        those before it without an outcome were run by the stopped child, which had not reported them yet."""
        before = True
        for call in self.calls:
            before = before and call.id != timed_out
            if call.id not in self.outcomes and call.timeout_group == group:
                error = (f"run, but not reported: the worker was stopped when a later call of {group}() timed out"
                         if before else f"not run after an earlier call of {group}() timed out")
                self.outcomes[call.id] = Outcome("timeout", error=error)

    def _skip(self, pending: list[str], ran: set = frozenset()) -> None:
        """The job's budget ran out: the pending calls are not run, but those the stopped child `ran` (it had not
        reported them yet) are said to be run."""
        budget = f"the job's {self.limits.job_seconds:g} s budget ran out"
        for call_id in pending:
            outcome = (Outcome("timeout", error=f"run, but not reported: the worker was stopped when {budget}")
                       if call_id in ran else Outcome("skipped", error=f"not run: {budget}"))
            self.outcomes.setdefault(call_id, outcome)

    def _ran(self, stage: tuple, pending: list[str]) -> set:
        """The pending calls a child stopped in `stage` had run: those before its call, or all once it was finishing
        (the job's stages run the pending calls in job order); in an import or a replay, the calls before it among
        its child's stages (a child after a restart imports modules between its calls)."""
        what, name = stage
        if what == "finishing":
            return set(pending)
        if what in ("import", "replay") and stage in self.child_stages:
            before = self.child_stages[: self.child_stages.index(stage)]
            return {call_id for kind, call_id in before if kind == "call"} & set(pending)
        if what != "call":
            return set()
        order = {c.id: i for i, c in enumerate(self.calls)}
        return {call_id for call_id in pending if order[call_id] < order[name]}

    def _blame(self, kind: str, stage: tuple, reason: str) -> bool:
        """Record a child's abnormal end against its stage; False when the job cannot go on."""
        what, name = stage
        if kind == RESTART:
            return True
        if what == "import" and not (kind == "budget" and name in self.imported):  # imported before: not its fault
            self.module_errors[name] = f"importing {name}.py failed: the worker {reason}"
        elif what == "call":
            status = "timeout" if kind in ("timeout", "budget") else "crashed"
            error = f"the worker {reason} during this call"
            self.outcomes[name] = Outcome(status, error=error, seconds=time.monotonic() - self.stage_start)
            if kind == "timeout":
                self._give_up_on(self.call(name).timeout_group, name)
                self.looping.add(_module(self.call(name)))
                self.poll = LOOPING_POLL_SECONDS
        elif what == "replay":
            self.lost[name] = f"could not be re-run after a worker restart (the worker {reason})"
        pending = [c.id for c in self.calls if c.id not in self.outcomes]
        if kind == "budget":
            self._skip(pending, self._ran(stage, pending))
            return False
        if what not in ("import", "call", "replay"):
            for call_id in pending:
                self.outcomes[call_id] = Outcome("crashed", error=f"the worker {reason} before this call")
            return False
        return True

    # --- one child -------------------------------------------------------------------

    def _replays(self, pending: list[str]) -> list[str]:
        """Earlier ok calls whose results the pending calls reference (transitively), in job order."""
        needed: set[str] = set()
        pending = set(pending)
        todo = [ref.call_id for c in self.calls if c.id in pending for ref in c.refs()]
        while todo:
            call_id = todo.pop()
            outcome = self.outcomes.get(call_id)
            if call_id in needed or outcome is None or not outcome.ok or call_id in self.lost:
                continue
            needed.add(call_id)
            todo += [ref.call_id for c in self.calls if c.id == call_id for ref in c.refs()]
        return [c.id for c in self.calls if c.id in needed]

    def _stages(self, pending: list[str]) -> list[tuple]:
        """A child's stages: imports, replays (see _replays) and the pending calls, in job order.

        The first child imports every module before its calls. A later one imports first the modules no earlier
        child reported on (their errors are not known yet); the others only as its calls need them, each just
        before the first replay or call in it or importing it (see _importing). After a timeout the new child
        so imports the looping call's file, not every file the rest of the job calls: a restart of a complete
        submission cost about 10 ms of the child's CPU less (benchmarks/timeout_cost.py)."""
        importable = [name for name in sorted(self.sources)
                      if name not in self.module_errors and (self.imports is None or name in self.imports)]
        stages = [("import", name) for name in importable if name not in self.imported]
        work = [("replay", call_id) for call_id in self._replays(pending)] + [("call", call_id) for call_id in pending]
        if not self.imported:
            return stages + work
        ready = {name for name in self.sources if name not in importable} | {name for _, name in stages}
        for kind, call_id in work:
            needs = self._importing(self.call(call_id).module)
            stages += [("import", name) for name in sorted(needs - ready)]
            ready |= needs
            stages.append((kind, call_id))
        return stages

    def _importing(self, module: str) -> frozenset[str]:
        """`module` and the job's modules that its import statements name, transitively (wherever they stand: an
        import in a function's body then runs in a stage of its own, not in a call's CPU time)."""
        if self._imports_of is None:
            self._imports_of = {name: imported_names(base64.b64decode(data)) & self.sources.keys()
                                for name, data in self.sources.items()}
        if module not in self._needs:
            found, todo = set(), [module]
            while todo:
                name = todo.pop()
                if name not in found and name in self._imports_of:
                    found.add(name)
                    todo += self._imports_of[name]
            self._needs[module] = frozenset(found)
        return self._needs[module]

    def _run_child(self, zygote: Zygote, pending: list[str], strict: bool):
        """Run the pending calls in one child; None when it finished, else (kind, stage, reason)."""
        failed = {cid: f"ended with status {o.status}" for cid, o in self.outcomes.items() if not o.ok}
        stages = self.child_stages = self._stages(pending)
        header = {"limits": asdict(self.limits), "modules": self.sources, "module_errors": self.module_errors,
                  "stages": stages, "failed": {**failed, **self.lost}, "strict": strict, "budget": self.budget.left,
                  "again": sorted(self.restarted)}
        request_r, request_w = _pipe()
        result_r, result_w = _pipe()
        output_r, output_w = os.pipe()
        progress = _progress_memory()
        ours = (request_w, result_r, output_r, progress)
        try:
            zygote.fork([request_r, result_w, output_w, progress])
            try:
                request = wire.request_message(header, [])  # while the zygote forks
            finally:
                zygote.forked()
        except ZygoteLost:
            zygote.close()
            _close(ours)
            return "crashed", ("setup", ""), "could not start"
        except BaseException:
            _close(ours)  # the child reads a truncated request and exits; the next fork reaps it
            raise
        finally:
            _close((request_r, result_w, output_w))
        child = _ChildRun(self, zygote, stages, strict, request, request_w, result_r, output_r, progress)
        try:
            child.send_rest(self.calls_message())
            end = child.run()
        finally:
            status = child.finish()
        if end is not None and end[1][0] == "call" and end[1][1] not in self.restarted and _run_again(status):
            # out of memory its earlier calls hold: the call runs again, first in a child; once (os._exit(72) of its
            # own would loop). What it printed goes: the run again prints it (it was there twice, red25), and so
            # does what the earlier calls whose reports the crash lost printed, which run again after it (review D)
            self.restarted.add(end[1][1])
            unreported = [mark for number, mark in child.marks.items() if number > child.reported]
            if unreported:
                self.output.cut(min(unreported))
            return RESTART, end[1], None
        if end is not None and end[2] is None:
            end = (end[0], end[1], status_text(status))
        return end


# the signals of a child that C code ended when it failed to allocate: malloc's NULL used (SIGSEGV), a C++ new's
# bad_alloc or a library's abort (SIGABRT), a mapping it could not back (SIGBUS)
ALLOCATION_SIGNALS = (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS)


def _run_again(status) -> bool:
    """Whether a child that ended in a call with wait status `status` has that call run again in a fresh child: it
    ran out of the memory its earlier calls held (MemoryError, seccomp.MEMORY_HELD_EXIT), or crashed as C code does
    when an allocation fails, which the calls before it may have caused (a call run first passed, red25)."""
    if status is None:
        return False
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status) in ALLOCATION_SIGNALS
    return os.waitstatus_to_exitcode(status) == MEMORY_HELD_EXIT


_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+(\w+)|import[ \t]+([\w., \t]+))", re.MULTILINE)


def imported_names(source: bytes) -> set[str]:
    """The top-level modules the import statements of `source` name (`import a.b as c, d`, `from a import b`),
    wherever they stand (in a function's body too). What `importlib` or `__import__` is given is not seen: such a
    module is imported when asked, within the stage that asks."""
    names = set()
    for start, listed in _IMPORT.findall(source):
        for item in [start] if start else listed.split(b","):
            words = item.split()
            if words:
                names.add(words[0].split(b".")[0].decode())
    return names


def _module(call: Call) -> str:
    """The module of the student's function a call calls (a trusted helper module's call is grouped with it)."""
    return call.timeout_group.split(".")[0]


def _check_ids(call: Call, earlier: set) -> None:
    """A call's id is new and its Refs name calls before it; adds its id to `earlier`, the ids before it."""
    if type(call.id) is not str or call.id in earlier:
        raise ValueError(f"call id {call.id!r} must be a str unique within the job")
    for ref in call.refs():
        if ref.call_id not in earlier:
            raise ValueError(f"call {call.id!r}: Ref({ref.call_id!r}) must name an earlier call of the job")
    earlier.add(call.id)


def _close(fds) -> None:
    for fd in fds:
        os.close(fd)


def _pipe() -> tuple[int, int]:
    """A pipe holding PIPE_BYTES if the system allows (its pages are only taken as they fill)."""
    read, write = os.pipe()
    try:
        fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass  # above the system's pipe-max-size: the select loop copes with a small pipe, only slower
    return read, write


def _progress_memory() -> int:
    """A memfd of PROGRESS_BYTES zeros whose size is sealed, so the child cannot make reading it fail."""
    fd = os.memfd_create("mlptutor-progress", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    os.ftruncate(fd, wire.PROGRESS_BYTES)
    fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SEAL)
    return fd


class _ChildRun:
    """The select loop over one child's pipes, its progress memory and its zygote."""

    def __init__(self, job: SandboxJob, zygote: Zygote, stages: list, strict: bool, request: bytes, request_w, result_r,
                 output_r, progress):
        self.job, self.zygote = job, zygote
        self.stages = stages
        self.strict = strict
        self.reported = 0  # stages 1..reported are covered by the child's reports
        self.progress = 0  # the stage the child last said it began: 0 in setup, len(stages) + 1 when finishing
        # stage -> the job's output bytes when it was first seen begun, read before any output of that stage: the
        # child lets its output pipe empty before each call (child.drain_output), so none of an earlier stage's
        # comes after it (a call run again has its output cut there)
        self.marks: dict[int, int] = {}
        self.request = memoryview(request)
        self.request_complete = False  # until send_rest()
        self.fds = {"request": request_w, "result": result_r, "output": output_r, "progress": progress}
        self.reader = wire.MessageReader(job.budget)
        self.selector = selectors.DefaultSelector()
        os.set_blocking(request_w, False)
        os.set_blocking(result_r, False)
        self.selector.register(request_w, selectors.EVENT_WRITE, "request")
        self.selector.register(result_r, selectors.EVENT_READ, "result")
        self.selector.register(output_r, selectors.EVENT_READ, "output")
        self.selector.register(zygote.fileno(), selectors.EVENT_READ, "zygote")
        job.stage_start = time.monotonic()
        self.timer = job.timer
        self.timer.attach(zygote.job_cpu_seconds, job.stage_start)
        self._on_request()  # usually all of it: the child reads it without waiting for the loop

    def send_rest(self, data: bytes) -> None:
        """The rest of the request, after what __init__ began writing."""
        self.request = memoryview(bytes(self.request) + data) if self.request else memoryview(data)
        self.request_complete = True
        self._on_request()

    @property
    def stage(self) -> tuple:
        """(kind, name) of the stage the child is in: "setup", an import/replay/call, "between" stages, or
        "finishing" (every stage over)."""
        return self._stage(self.progress)

    def _stage(self, number: int) -> tuple:
        if number == 0:
            return ("setup", "")
        if number > len(self.stages):
            return ("finishing", "")
        if number <= self.reported:
            return ("between", "")
        return self.stages[number - 1]

    def run(self):
        while True:
            now = time.monotonic()
            try:
                self._observe(now)
            except wire.ProtocolError as exc:
                return self._malformed(exc, in_progress=True)
            if now >= self.job.deadline:
                return "budget", self.stage, f"ran out of the job's {self.job.limits.job_seconds:g} s budget"
            if (reason := self.timer.expired(now)) is not None:
                return "timeout", self.stage, reason
            for key, _ in self.selector.select(min(self.timer.wake_at(), self.job.deadline, now + self.job.poll) - now):
                try:
                    done = getattr(self, "_on_" + key.data)()
                except ZygoteLost:
                    self.zygote.close()
                    return "crashed", self.stage, None
                except Exception as exc:  # whatever the child sent, it must not break the grader
                    return self._malformed(exc)
                if done is not None:
                    return None if done == FINISHED else done

    def _observe(self, now: float) -> None:
        """Read the progress; a stage seen beginning gets its deadline from now."""
        number = int.from_bytes(os.pread(self.fds["progress"], wire.PROGRESS_BYTES, 0), sys.byteorder)
        if number == self.progress:
            return
        if not self.progress < number <= len(self.stages) + 1:
            raise wire.ProtocolError(f"progress went from stage {self.progress} to {number}")
        self.progress = number
        self.marks.setdefault(number, self.job.output.total())
        self.job.stage_start = now
        self.timer.begin(self.stage, now)

    def _malformed(self, exc: Exception, in_progress: bool = False):
        """Blame something malformed on the first unreported stage, when no later one has begun.

        A strict child reports every stage before it begins the next, so there it is always that stage."""
        reason = f"sent a malformed result ({type(exc).__name__}: {exc})"
        try:
            if in_progress:
                self._drain_results()  # the reports written before the progress went wrong
            self._observe(time.monotonic())  # the stage the child is in now, not when the loop last woke
        except Exception:
            pass  # what went wrong is already being blamed
        first = self.reported + 1
        if self.strict:  # never UNCLEAR, so re-runs end
            return "crashed", self._stage(first) if self.progress else self.stage, reason
        if self.progress <= first and not in_progress:  # progress that went wrong hides where the child is
            return "crashed", self.stage, reason
        return UNCLEAR, self.stage, reason

    def _on_request(self):
        try:
            self.request = self.request[os.write(self.fds["request"], self.request) :]
        except BlockingIOError:
            return  # the pipe is full (a request of large sources): the loop writes on when the child has read
        except BrokenPipeError:
            self.request = self.request[:0]
        if not self.request and self.request_complete:
            self._close("request")

    def _on_output(self):
        # the stage first, then the bytes: what the read brings was written in it or after (the child's output of
        # earlier stages is read by now), so a stage's mark holds none of its own
        number = int.from_bytes(os.pread(self.fds["progress"], wire.PROGRESS_BYTES, 0), sys.byteorder)
        if self.progress < number <= len(self.stages):
            self.marks.setdefault(number, self.job.output.total())
        data = os.read(self.fds["output"], 1 << 16)
        if data:
            self.job.output.add(data)
        else:
            self._close("output")

    def _on_zygote(self):
        self.zygote.poll()
        if self.zygote.job_status is None:
            return None
        return self._drain_results() or self._ended(None)

    def _on_result(self):
        return self._drain_results(once=True)

    def _drain_results(self, once: bool = False):
        """Read the result pipe until it would block (or once); "finished" on done, an end tuple on EOF."""
        while True:
            try:
                data = os.read(self.fds["result"], 1 << 16)
            except BlockingIOError:
                return None
            if not data:  # the child died, or closed its end while it runs on
                self.zygote.wait_exit(EXIT_NOTICE_SECONDS)
                return self._ended(None if self.zygote.job_status is not None else "closed its result pipe")
            try:
                messages, error = self.reader.feed(data), None
            except wire.ProtocolError as exc:  # what came whole before it counts: the blame depends on it
                messages, error = exc.complete, exc
            for header, arrays in messages:
                if self._handle(header, arrays):
                    return FINISHED
            if error is not None:
                raise error
            if once:
                return None

    def _ended(self, reason):
        """The child died or closed its result pipe without "done": blame the stage it was in."""
        self._observe(time.monotonic())
        if self.reader.pending:
            raise wire.ProtocolError("the result pipe ended inside a message")
        return "crashed", self.stage, reason

    def _handle(self, header: dict, arrays: list) -> bool:
        """Apply one message from the child; True on "done"."""
        kind = header.get("kind")
        if kind == "report":
            self._report(header, arrays)
            return False
        if kind == "done" and not arrays and self.reported == len(self.stages):
            return True
        raise wire.ProtocolError(f"unexpected {kind!r} message after stage {self.reported}")

    def _report(self, header: dict, arrays: list) -> None:
        """Check a whole report against the stages it covers, then record its module errors and outcomes."""
        job, done, records = self.job, header.get("done"), header.get("outcomes")
        errors, notes = header.get("errors"), header.get("notes")
        if type(done) is not int or not self.reported <= done <= len(self.stages):
            raise wire.ProtocolError(f"report of stages up to {done!r} after stage {self.reported}")
        covered = self.stages[self.reported : done]
        imports = {name for kind, name in covered if kind == "import"}
        calls = [name for kind, name in covered if kind == "call"]
        if any(type(said) is not dict or any(m not in imports or type(r) is not str for m, r in said.items())
               for said in (errors, notes)):
            raise wire.ProtocolError("module errors or notes for modules not imported in these stages")
        outcomes, first = {}, 0
        for call_id, record in zip(calls, wire.OUTCOME.rows(records, len(calls))):
            count = record.arrays
            if record.id != call_id or type(count) is not int or not 0 <= count <= len(arrays) - first:
                raise wire.ProtocolError(f"the outcome of call {call_id!r} is missing or out of order")
            outcome = outcomes[call_id] = _outcome(record, arrays[first : first + count])
            if outcome.again and not job.same_function_before(outcome.again[0], call_id):
                raise wire.ProtocolError(f"the outcome of call {call_id!r} names no earlier call of its function")
            first += count
        if first != len(arrays):
            raise wire.ProtocolError("report has arrays no outcome uses")
        for module, reason in errors.items():
            job.module_errors[module] = " ".join(reason.split())[:300]
        for module, note in notes.items():
            job.module_notes[module] = " ".join(note.split())[:400]
        job.imported |= imports
        job.outcomes.update(outcomes)
        self.reported = done

    def _close(self, name: str) -> None:
        fd = self.fds.pop(name, None)
        if fd is not None:
            self.selector.unregister(fd)
            os.close(fd)

    def finish(self):
        """Kill the child and all it spawned, collect the rest of its output; its wait status."""
        self.selector.close()
        for name in ("request", "result", "progress"):
            fd = self.fds.pop(name, None)
            if fd is not None:
                os.close(fd)
        try:
            status = self.zygote.reap()
        except (ZygoteLost, OSError):
            self.zygote.close()
            status = None
        output = self.fds.pop("output", None)
        if output is not None:
            # every writer is dead now, so EOF comes at once unless the zygote failed to kill
            deadline = time.monotonic() + 1.0
            while select.select([output], [], [], max(0.0, deadline - time.monotonic()))[0]:
                data = os.read(output, 1 << 16)
                if not data:
                    break
                self.job.output.add(data)
            os.close(output)
        return status


def _source_bytes(source) -> bytes:
    """The file's bytes: a str read with surrogateescape gets its original bytes back."""
    if not isinstance(source, str):
        return bytes(source)
    try:
        return source.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return source.encode("utf-8", "surrogatepass")  # not UTF-8 either: the child reports it


def _outcome(record, arrays: list) -> Outcome:
    """The Outcome of one wire.OUTCOME record, every field checked; `arrays` are those its value numbers."""
    if record.status not in CHILD_STATUSES or type(record.error) is not str or type(record.seconds) is not float:
        raise wire.ProtocolError("outcome fields have the wrong types")
    # the lists are nearly always empty: looked into only when not (a submission's 373 outcomes and their
    # messages decoded in 2.5 ms instead of 2.8, in-process, min of 7 repeats)
    changed, warned, returned = record.changed, record.warnings, record.returned
    if type(changed) is not list or (changed and not _arguments(changed)):
        raise wire.ProtocolError("changed arguments are not a short list of positions and names")
    if type(warned) is not list or (warned and (len(warned) > MAX_WARNINGS or any(type(w) is not str for w in warned))):
        raise wire.ProtocolError("warnings are not a short list of lines")
    if type(returned) is not list or (returned and not _arguments(returned)):
        raise wire.ProtocolError("returned arguments are not a short list of positions and names")
    drew = record.drew
    global_draw = type(drew) is list and wire.GLOBAL_DRAW in drew
    drew = [d for d in drew if d != wire.GLOBAL_DRAW] if global_draw else drew
    if type(drew) is not list or (drew and not _arguments(drew)):
        raise wire.ProtocolError("generators drawn from are not a short list of positions and names")
    error = record.error and " ".join(record.error.split())[:300]
    warned = tuple(" ".join(w.split())[:200] for w in warned) if warned else ()
    sites = () if record.sites == [] else _sites(record.sites, record.status)
    again = () if record.again == [] else _again(record.again)
    wire.few_values(record.value)  # before decoding: what the grader's checks and explanations cost grows with them
    return Outcome(record.status, wire.decode(record.value, arrays), error, record.seconds, tuple(changed), warned,
                   tuple(returned), sites, tuple(drew), global_draw, again)


AGAIN_KINDS = ("array", "list", "dict")


def _again(again) -> tuple:
    """An outcome's `again` as (earlier call id, path, kind), every bound checked (the report's loop, the call)."""
    if (type(again) is not list or len(again) != 3 or type(again[0]) is not str or again[2] not in AGAIN_KINDS
            or type(again[1]) is not list or len(again[1]) > 3
            or not all(type(k) is int or _text(k, 40) for k in again[1])):
        raise wire.ProtocolError("a result handed out again is not [call, path, kind]")
    return again[0], tuple(again[1]), again[2]


def _sites(sites, status: str) -> tuple:
    """The crash sites of an outcome that raised (crashsite.py) as tuples, every bound checked again:
    ((file, line, text, ((name, description, shape or None), ...)), ...)."""
    if type(sites) is not list or len(sites) > crashsite.MAX_SITES or status != "error":
        raise wire.ProtocolError("crash sites are not a short list of a call that raised")
    found = []
    for site in sites:
        if (type(site) is not list or len(site) != 4 or not _text(site[0], crashsite.MAX_TEXT)
                or type(site[1]) is not int or not 0 < site[1] < 1 << 31 or not _text(site[2], crashsite.MAX_SOURCE)
                or type(site[3]) is not list or len(site[3]) > crashsite.MAX_NAMES):
            raise wire.ProtocolError("a crash site is not [file, line, text, names]")
        names = []
        for entry in site[3]:
            if (type(entry) is not list or len(entry) != 3 or not _text(entry[0], crashsite.MAX_TEXT)
                    or not _text(entry[1], crashsite.MAX_TEXT) or not _shape(entry[2])):
                raise wire.ProtocolError("a crash site's name is not [name, description, shape]")
            names.append((entry[0], entry[1], None if entry[2] is None else tuple(entry[2])))
        found.append((site[0], site[1], site[2], tuple(names)))
    return tuple(found)


def _text(value, most: int) -> bool:
    # shown only through the feedback's escaping, which keeps newlines (a message may hold several lines):
    # the child's sites never hold one (a source line, identifiers, reprs), a forged one could fake a line
    return type(value) is str and len(value) <= most and "\n" not in value


def _shape(value) -> bool:
    return value is None or (type(value) is list and len(value) <= crashsite.MAX_DIMS
                             and all(type(n) is int and 0 <= n <= wire.MAX_FRAME_BYTES for n in value))


def _arguments(names: list) -> bool:
    """Whether `names` is a short list of argument positions and keyword names (identifiers: a name is worded
    into messages, and a forged 'x\nok value 2/2' would fake a line where a message keeps its newlines)."""
    return len(names) <= MAX_ARGUMENTS and all(type(c) is int or (type(c) is str and len(c) <= 100
                                                                   and c.isidentifier()) for c in names)
