"""What the grader asks of the sandbox and what it gets back: calls, argument markers, limits, outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field


STATUSES = ("ok", "error", "not_implemented", "timeout", "crashed", "missing_function", "module_error", "skipped")


class SandboxError(Exception):
    """The sandbox cannot run as asked (e.g. bubblewrap required but unavailable); the message is one line."""


@dataclass(frozen=True)
class Ref:
    """Argument marker: the result of the earlier call `call_id` of the same job, indexed by `path`.

    Ref("fwd", (1,)) is result[1] of call "fwd". The value never leaves the
    child, so a student's own cache can be handed to the student's backward.
    """

    call_id: str
    path: tuple = ()

    def wire_marker(self):
        return ["r", [self.call_id, list(self.path)]]


@dataclass(frozen=True)
class RNG:
    """Argument marker: numpy.random.default_rng(seed), built inside the child."""

    seed: int

    def wire_marker(self):
        return ["g", int(self.seed)]


@dataclass(frozen=True)
class Call:
    """One function call inside the child: module.function(*args, **kwargs).

    pick=(0,) sends back only result[0]; the full result stays in the child
    for later Refs. Calls of one `group` (default: the same module and
    function) share a timeout: once one times out, those of the group not
    run yet are not run, since a function that hangs once likely hangs
    again and each would cost call_seconds.

    refills="c1" makes the call as a caller that reuses its buffers would:
    the function gets the very argument objects of the earlier call "c1",
    refilled in place with this call's values (an array copied into, a list
    or dict refilled item by item) where their types and shapes allow. A
    result cached by the argument object (its id) then shows.
    """

    id: str
    module: str
    function: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    pick: tuple | None = None
    group: str | None = None
    refills: str | None = None

    @property
    def timeout_group(self) -> str:
        return self.group or f"{self.module}.{self.function}"

    def refs(self) -> tuple[Ref, ...]:
        """Every Ref among the arguments, at any depth, in order; then the call it refills (as a Ref to it: the
        job replays that call in a new child first, as for any Ref)."""
        # walked once per Call: the job asks for them several times (ids, replays, whole-function status);
        # kept in the instance's dict by hand: functools.cached_property takes a lock on a Call's first read in
        # 3.11 (a new Call read 3 times: 0.8-1.8 us instead of 2.1-3.5; 0.4 ms of a submission's 360 calls)
        found = self.__dict__.get("_refs")
        if found is None:
            collected: list[Ref] = []
            _collect_refs((self.args, self.kwargs), collected)
            if self.refills is not None:
                collected.append(Ref(self.refills))
            found = self.__dict__["_refs"] = tuple(collected)
        return found


def _collect_refs(value, found: list) -> None:
    # exact types, as wire.encode sends them: leaves (arrays, numbers) cost no call
    for v in value.values() if type(value) is dict else value:
        kind = type(v)
        if kind is tuple or kind is list or kind is dict:
            _collect_refs(v, found)
        elif kind is Ref:
            found.append(v)


@dataclass(frozen=True)
class Limits:
    """Resource limits of one job (enforced from outside the child).

    call_seconds is the CPU time a call may use, or price_factor times the
    reference's on the same arguments when that is more (the job's `price`);
    call_wall_seconds the wall time after which a call that is not computing
    (sleeping, waiting) ends (grader/sandbox/timing.py). job_seconds bounds
    the job's wall time.

    memory_bytes bounds the address space: numpy alone maps about 1 GiB.
    processes bounds the child's processes and threads; output_bytes the
    captured stdout+stderr kept per job. file_bytes bounds each module's
    source too, sources_bytes all of them together (they travel in one
    request header of at most wire.MAX_HEADER_BYTES). tmp_bytes sizes the private /tmp
    and /dev/shm (bwrap, unshare: RAM-backed, so they count against the
    host's memory); tmp_files bounds the files (and dirs) the private /tmp
    holds, since each costs host kernel memory its size does not count (the
    job's child is killed past it); both are the Sandbox's, not a run's. result_bytes and
    job_result_bytes bound what comes back (arrays, plus the JSON text
    weighted by the objects it makes), per call and per job: they bound the
    grading process's memory per submission.
    """

    call_seconds: float = 0.25
    price_factor: float = 50.0
    call_wall_seconds: float = 2.0
    job_seconds: float = 30.0
    memory_bytes: int = 2 * 1024**3
    processes: int = 32
    open_files: int = 64
    file_bytes: int = 1 << 20
    output_bytes: int = 64 << 10
    sources_bytes: int = 8 << 20
    tmp_bytes: int = 4 << 20
    tmp_files: int = 4096
    result_bytes: int = 8 << 20
    job_result_bytes: int = 32 << 20


@dataclass
class Outcome:
    """How one call ended. `value` is decoded plain data (or Foreign); `error` is one line.

    Every call records, whatever it returned: `changed`, the arguments (0-based positions, keyword
    names) it left different from what was sent, compared in the child as soon as it returned;
    `warnings`, the RuntimeWarning lines (overflow, invalid value, divide by zero) it raised; `drew`, the
    numpy Generator arguments whose state it advanced (it drew numbers from them); `global_draw`, whether it
    drew from np.random's global generator; `again`, what of its result an earlier call returned."""

    status: str
    value: object = None
    error: str = ""
    seconds: float = 0.0
    changed: tuple = ()
    warnings: tuple = ()
    returned: tuple = ()  # the arguments whose very object the result holds (not a copy)
    # where a call that raised failed: ((file, line, text, ((name, description, shape or None), ...)), ...),
    # the student's failing line first, then the line that called it when that one is a raise (crashsite.py)
    sites: tuple = ()
    drew: tuple = ()  # the Generator arguments (0-based positions, keyword names) the call drew numbers from
    global_draw: bool = False  # the call drew from np.random's global generator (np.random.permutation, rand, ...)
    # (earlier call id, path, kind) when the result is, or holds at path (keys), the very array, list or dict (kind)
    # that an earlier call of the same function returned, not as an argument of this call: a buffer handed out again
    again: tuple = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class JobResult:
    """Everything one job produced: an Outcome per call id, module errors, captured output, and notes of modules
    that imported with a problem to tell (a notebook's cell that raised)."""

    outcomes: dict[str, Outcome] = field(default_factory=dict)
    module_errors: dict[str, str] = field(default_factory=dict)
    output: str = ""
    isolation: str = ""
    module_notes: dict[str, str] = field(default_factory=dict)


__all__ = ["Call", "JobResult", "Limits", "Outcome", "Ref", "RNG", "SandboxError", "STATUSES"]
