"""One job (one submission's modules and calls) driven through a zygote, re-forking after timeouts and crashes.

Each child reports its stages on the result pipe; the trusted side gives every
stage `call_seconds` of wall time and the whole job `job_seconds`, so the
deadlines hold whatever the child does with its signals. When a child times
out or dies, the stage it was in is blamed (the import becomes a module
error, the call a "timeout"/"crashed" outcome), everything of the child is
killed, and a new child continues with the remaining calls; calls of earlier
children that later calls reference are re-run there first ("replay").
"""

from __future__ import annotations

import base64
import keyword
import os
import select
import selectors
import time
from dataclasses import asdict

from grader.sandbox import wire
from grader.sandbox.calls import Call, JobResult, Limits, Outcome
from grader.sandbox.zygote import Zygote, ZygoteLost, status_text

SETUP_SECONDS = 10.0  # harness-only time before the first stage (reading the request, writing files)
CHILD_STATUSES = ("ok", "error", "not_implemented", "missing_function", "module_error")
FINISHED = "finished"
EXIT_NOTICE_SECONDS = 0.5  # how long the zygote may take to report that a child whose pipe closed has died


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

    def text(self) -> str:
        text = self.data.decode("utf-8", errors="replace")
        return text + (f"\n[output truncated: {self.dropped} more bytes]" if self.dropped else "")


class Job:
    def __init__(self, modules: dict, calls: list[Call], limits: Limits):
        self.limits = limits
        self.calls = list(calls)
        self.module_errors: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        for name, source in modules.items():
            if type(name) is not str or not name.isidentifier() or keyword.iskeyword(name):
                self.module_errors[str(name)] = f"{name!r} is not a valid module name; name files like softmax.py"
            else:
                self.sources[name] = base64.b64encode(_source_bytes(source)).decode()
        self.blobs: list[bytes] = []
        self.encoded = [self._encode(call, i) for i, call in enumerate(self.calls)]
        self.outcomes: dict[str, Outcome] = {}
        self.lost: dict[str, str] = {}  # ok calls whose result could not be rebuilt in a new child
        self.output = Output(limits.output_bytes)
        self.stage_start = 0.0  # when the current child's current stage began
        self.deadline = time.monotonic() + limits.job_seconds

    def _encode(self, call: Call, position: int) -> dict:
        earlier = {c.id for c in self.calls[:position]}
        if type(call.id) is not str or call.id in earlier:
            raise ValueError(f"call id {call.id!r} must be a str unique within the job")
        for ref in call.refs():
            if ref.call_id not in earlier:
                raise ValueError(f"call {call.id!r}: Ref({ref.call_id!r}) must name an earlier call of the job")
        return {"id": call.id, "module": call.module, "function": call.function,
                "args": wire.encode(tuple(call.args), self.blobs, strict=True),
                "kwargs": wire.encode(dict(call.kwargs), self.blobs, strict=True),
                "return_args": bool(call.return_args), "pick": None if call.pick is None else list(call.pick)}

    # --- the re-fork loop ------------------------------------------------------------

    def run(self, zygote_for) -> None:
        """Run every call, in as many children as timeouts and crashes require."""
        started = False
        while True:
            pending = [c.id for c in self.calls if c.id not in self.outcomes]
            if started and not pending:
                return
            started = True
            if time.monotonic() >= self.deadline:
                return self._skip(pending)
            end = self._run_child(zygote_for(), pending)
            if end is None or not self._blame(*end):
                return

    def result(self, isolation: str) -> JobResult:
        missing = Outcome("crashed", error="no result came back for this call")
        outcomes = {c.id: self.outcomes.get(c.id, missing) for c in self.calls}
        return JobResult(outcomes, dict(self.module_errors), self.output.text(), isolation)

    def _skip(self, pending: list[str]) -> None:
        reason = f"not run: the job's {self.limits.job_seconds:g} s budget ran out"
        for call_id in pending:
            self.outcomes.setdefault(call_id, Outcome("skipped", error=reason))

    def _blame(self, kind: str, stage: tuple, reason: str) -> bool:
        """Record a child's abnormal end against its stage; False when the job cannot go on."""
        what, name = stage
        if what == "import":
            self.module_errors[name] = f"importing {name}.py failed: the worker {reason}"
        elif what == "call":
            status = "timeout" if kind in ("timeout", "budget") else "crashed"
            error = f"the worker {reason} during this call"
            self.outcomes[name] = Outcome(status, error=error, seconds=time.monotonic() - self.stage_start)
        elif what == "replay":
            self.lost[name] = f"could not be re-run after a worker restart (the worker {reason})"
        pending = [c.id for c in self.calls if c.id not in self.outcomes]
        if kind == "budget":
            self._skip(pending)
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
        todo = [ref.call_id for c in self.calls if c.id in pending for ref in c.refs()]
        while todo:
            call_id = todo.pop()
            outcome = self.outcomes.get(call_id)
            if call_id in needed or outcome is None or not outcome.ok or call_id in self.lost:
                continue
            needed.add(call_id)
            todo += [ref.call_id for c in self.calls if c.id == call_id for ref in c.refs()]
        return [c.id for c in self.calls if c.id in needed]

    def _run_child(self, zygote: Zygote, pending: list[str]):
        """Run the pending calls in one child; None when it finished, else (kind, stage, reason)."""
        failed = {cid: f"ended with status {o.status}" for cid, o in self.outcomes.items() if not o.ok}
        replays = self._replays(pending)
        header = {"limits": asdict(self.limits), "modules": self.sources, "module_errors": self.module_errors,
                  "calls": self.encoded, "run": pending, "replay": replays, "failed": {**failed, **self.lost}}
        request = wire.message(header, self.blobs)
        request_r, request_w = os.pipe()
        result_r, result_w = os.pipe()
        output_r, output_w = os.pipe()
        try:
            zygote.fork([request_r, result_w, output_w])
        except ZygoteLost:
            zygote.close()
            return "crashed", ("setup", ""), "could not start"
        finally:
            for fd in (request_r, result_w, output_w):
                os.close(fd)
        stages = {"import": set(self.sources) - set(self.module_errors), "call": set(pending), "replay": set(replays)}
        child = _ChildRun(self, zygote, stages, request, request_w, result_r, output_r)
        try:
            end = child.run()
        finally:
            status = child.finish()
        if end is not None and end[2] is None:
            end = (end[0], end[1], status_text(status))
        return end


class _ChildRun:
    """The select loop over one child's pipes and its zygote."""

    def __init__(self, job: Job, zygote: Zygote, stages: dict, request: bytes, request_w, result_r, output_r):
        self.job, self.zygote = job, zygote
        self.stages = stages  # what this child may report beginning: every stage is blamed at most once
        self.request = memoryview(request)
        self.fds = {"request": request_w, "result": result_r, "output": output_r}
        self.reader = wire.MessageReader()
        self.stage = ("setup", "")
        self.selector = selectors.DefaultSelector()
        os.set_blocking(request_w, False)
        os.set_blocking(result_r, False)
        self.selector.register(request_w, selectors.EVENT_WRITE, "request")
        self.selector.register(result_r, selectors.EVENT_READ, "result")
        self.selector.register(output_r, selectors.EVENT_READ, "output")
        self.selector.register(zygote.fileno(), selectors.EVENT_READ, "zygote")
        job.stage_start = time.monotonic()
        self.stage_deadline = job.stage_start + max(SETUP_SECONDS, job.limits.call_seconds)

    def run(self):
        call_seconds = self.job.limits.call_seconds
        while True:
            now = time.monotonic()
            if now >= self.job.deadline:
                return "budget", self.stage, f"ran out of the job's {self.job.limits.job_seconds:g} s budget"
            if now >= self.stage_deadline:
                return "timeout", self.stage, f"timed out after {call_seconds:g} s"
            for key, _ in self.selector.select(min(self.stage_deadline, self.job.deadline) - now):
                try:
                    done = getattr(self, "_on_" + key.data)()
                except ZygoteLost:
                    self.zygote.close()
                    return "crashed", self.stage, None
                except Exception as exc:  # whatever the child sent, it must not break the grader
                    return "crashed", self.stage, f"sent a malformed result ({type(exc).__name__}: {exc})"
                if done is not None:
                    return None if done == FINISHED else done

    def _on_request(self):
        try:
            self.request = self.request[os.write(self.fds["request"], self.request[:1 << 16]) :]
        except BrokenPipeError:
            self.request = self.request[:0]
        if not self.request:
            self._close("request")

    def _on_output(self):
        data = os.read(self.fds["output"], 1 << 16)
        if data:
            self.job.output.add(data)
        else:
            self._close("output")

    def _on_zygote(self):
        self.zygote.poll()
        if self.zygote.job_status is None:
            return None
        return self._drain_results() or ("crashed", self.stage, None)

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
                return "crashed", self.stage, None if self.zygote.job_status is not None else "closed its result pipe"
            for header, blobs in self.reader.feed(data):
                if self._handle(header, blobs):
                    return FINISHED
            if once:
                return None

    def _handle(self, header: dict, blobs: list) -> bool:
        """Apply one message from the child; True on "done"."""
        kind, job = header.get("kind"), self.job
        what, name = self.stage
        self.stage_deadline = time.monotonic() + job.limits.call_seconds
        if kind == "begin" and type(header.get("name")) is str and header["name"] in self.stages.get(
                header.get("stage"), ()):
            self.stage = (header["stage"], header["name"])
            self.stages[header["stage"]].discard(header["name"])
            job.stage_start = time.monotonic()
        elif kind == "modules" and type(header.get("errors")) is dict:
            for module, reason in header["errors"].items():
                if module not in job.sources or type(reason) is not str:
                    raise wire.ProtocolError("module error for an unknown module")
                job.module_errors[module] = " ".join(reason.split())[:300]
            self.stage = ("between", "")
        elif kind == "outcome" and what == "call" and header.get("id") == name and name not in job.outcomes:
            job.outcomes[name] = _outcome(header, blobs)
            self.stage = ("between", "")
        elif kind == "done" and what != "call":
            return True
        else:
            raise wire.ProtocolError(f"unexpected {kind!r} message during {what} {name!r}")
        return False

    def _close(self, name: str) -> None:
        fd = self.fds.pop(name, None)
        if fd is not None:
            self.selector.unregister(fd)
            os.close(fd)

    def finish(self):
        """Kill the child and all it spawned, collect the rest of its output; its wait status."""
        self.selector.close()
        for fd in self.fds.pop("request", None), self.fds.pop("result", None):
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


def _outcome(header: dict, blobs: list) -> Outcome:
    status, error, seconds = header.get("status"), header.get("error"), header.get("seconds")
    if status not in CHILD_STATUSES or type(error) is not str or type(seconds) is not float:
        raise wire.ProtocolError("outcome fields have the wrong types")
    after = header.get("args_after")
    args_after = None if after is None else wire.decode(after, blobs)
    if args_after is not None and type(args_after) is not tuple:
        raise wire.ProtocolError("args_after is not a tuple")
    return Outcome(status, wire.decode(header.get("value"), blobs), " ".join(error.split())[:300], seconds,
                   args_after)
