"""When the stage a job's child is in has run too long: CPU time against a price, wall time as a backstop.

A call may use `Limits.call_seconds` of CPU time (the floor, 0.25 s), or
`Limits.price_factor` times what the reference takes on the same arguments
when that is more (the job's `price(call id)`, asked only once a call has
used the floor, so a call that stays below it costs no pricing). CPU time,
read from the child's /proc entry, hardly depends on the machine's load, so
a slow-but-correct function is not cut short on a busy machine, and a
function that loops forever costs its limit (the floor, for every function
whose reference takes under 5 ms) rather than seconds of wall time.

Wall time is the backstop for a child that waits instead of computing
(sleep, a blocked read) or computes in processes of its own: after
`Limits.call_wall_seconds` (2 s), a stage that used less than MIN_SHARE of
that time on the CPU ends; one that computes, however slowly a loaded
machine lets it, runs on to its CPU limit (and the job's `job_seconds`).
The first CHECK_AFTER seconds of a stage are not looked at (most calls
take microseconds): a timed-out call used between its limit minus that and
its limit of CPU time. Importing a module may use `call_wall_seconds` of
CPU time: a notebook's cells all run then.

A function that loops forever often takes its callers with it (softmax
loops, so do softmax_jacobian and the cross-entropy gradient; init's six
initialisers call one helper): the floors of a job's calls that timed out
add up to at most LOOP_SHARE times `call_seconds` (0.3 s), later calls
getting the floor that is left, at least MIN_FLOOR (0.06 s: a call looked
at once, CHECK_AFTER into it, may still compute one clock tick); and a call
that can be priced, in a module where a call timed out (where a loop's
callers likely are), PRICED_FLOOR (0.03 s): it is priced there, so a
correct call as slow as 50x its reference still runs to its price. Not in
every module:
pricing runs the reference, and a later capstone training run (0.08 s of
the grader's CPU) would be priced at 0.03 s but not at 0.06. A stage
is first looked at CHECK_AFTER into it, or a clock tick before its floor
when that is sooner, then when a thread computing all along would reach its
limit. Each timeout also costs a new child (the job's poll is 5 ms from
then on, and the child imports only the files its calls need: job.py), so
a looping softmax adds about 0.4 s to a complete submission, each further
caller about 50 ms (benchmarks/timeout_cost.py; 0.45-0.52 s before, when
later calls got 0.06 s whether priced or not). Only an unpriced call could
be cut short by these floors, and only in a submission that already has a
function that loops.
"""

from __future__ import annotations

import math
import os
from typing import Callable

from mlptutor.grader.sandbox.calls import Limits

SETUP_SECONDS = 10.0  # harness-only time before the first stage (reading the request, writing files)
CHECK_AFTER = 0.05  # a stage's CPU time is read once it has run this long
MIN_SHARE = 0.05  # below this share of the wall time on the CPU, a stage is waiting, not computing
LOOP_SHARE = 1.2  # the floors of a job's timed-out calls add up to at most this many call_seconds
MIN_FLOOR = 1.2 * CHECK_AFTER  # the floor of a call once those are spent
PRICED_FLOOR = 0.03  # the floor after a timeout of a call that can be priced, in a module where a call timed out
_TICK_MARGIN = 0.01  # a stage is first looked at this much before its floor at the latest: one clock tick
MIN_STEP = 0.002  # the least wait for the next look: /proc's CPU time counts whole clock ticks, so a stage just
# short of its limit by that count may already be over it
_TICK = os.sysconf("SC_CLK_TCK")


class StageTimer:
    """The time limits of the stage a job's child is in; `expired(now)` says when one is over (the reason).

    One per job: `attach` it to each child the job starts."""

    def __init__(self, limits: Limits, price: Callable[[str], float | None] | None, near: Callable[[str], bool]):
        self.limits = limits
        self.price = price  # call id -> the reference's CPU seconds on its arguments (None: unknown)
        self.near = near  # call id -> whether it is of a module where a call timed out (after a timeout only)
        self.spent = 0.0  # the CPU floors of the job's calls that timed out so far

    def attach(self, cpu_seconds: Callable[[], float | None], start: float) -> None:
        """A new child, in setup since `start`; cpu_seconds() its CPU time so far (None once it is gone)."""
        self.cpu_seconds = cpu_seconds
        self.begin(("setup", ""), start)

    def begin(self, stage: tuple, now: float) -> None:
        """The child was seen beginning `stage` (kind, name) at `now`."""
        self.stage, self.start = stage, now
        limits = self.limits
        self.priced = stage[0] not in ("call", "replay") or self.price is None
        self.floor = max(MIN_FLOOR, min(limits.call_seconds, LOOP_SHARE * limits.call_seconds - self.spent))
        floor = self.floor
        if self.spent and not self.priced and self.near(stage[1]):  # priced there: its price allows what it must
            floor = min(floor, PRICED_FLOOR)
        self.cpu = max(limits.call_seconds, limits.call_wall_seconds) if stage[0] == "import" else floor
        self.look = min(CHECK_AFTER, self.cpu - _TICK_MARGIN)  # when the stage is first looked at
        self.reference: float | None = None  # the reference's CPU seconds, once the call was priced
        self.cpu_start: float | None = None  # the child's CPU time when the stage was first looked at
        self.due = now + self.look  # the earliest it can be over its CPU time: when to look next at the latest

    def wake_at(self) -> float:
        """When to look next at the latest (the job polls its child more often anyway)."""
        if self.stage[0] == "setup":
            return self.start + max(SETUP_SECONDS, self.limits.call_wall_seconds)
        return self.due

    def expired(self, now: float) -> str | None:
        """Why the stage is over its time ("timed out after ..."), or None while it is within it."""
        if self.stage[0] == "setup":
            setup = max(SETUP_SECONDS, self.limits.call_wall_seconds)
            return f"timed out after {setup:g} s" if now >= self.start + setup else None
        if now < self.start + self.look:
            return None
        used = self._cpu_used() + 1e-9  # whole clock ticks as floats fall a hair short (5.01 - 5.0 < 0.01)
        if used >= self.cpu - self.look and not self.priced:  # what the reference takes may allow more
            self.priced = True
            reference = self.price(self.stage[1])
            if reference is None:  # no price after all: the floor of a call that cannot be priced
                self.cpu = max(self.cpu, self.floor)
            elif self.limits.price_factor * reference > self.cpu:
                self.cpu, self.reference = self.limits.price_factor * reference, reference
        if used >= self.cpu - self.look:
            self.spent += 0.0 if self.reference else self.cpu
            # the limits, never the measured times, so the same submission gets the same words on every run
            if self.reference:
                return f"timed out after {self.limits.price_factor:g}x the reference's CPU time on these arguments"
            later = " (the limit once an earlier call has timed out)" if self.cpu < self.limits.call_seconds else ""
            return f"timed out after {self.cpu:.2g} s of CPU time{later}"
        # a thread computing all along reaches the limit then: looked at then, not up to a poll later (a looping
        # softmax's first call was ended 9 ms of CPU past its limit on average, up to 20; now within a clock tick);
        # or when the stage has waited call_wall_seconds, if that is still ahead (once past, a look due then kept
        # the job's loop polling without a pause: 2,842 looks in one import stage of 0.68 s, starving the child)
        wall = self.start + self.limits.call_wall_seconds - now
        self.due = now + max(MIN_STEP, min(self.cpu - self.look - used, wall if wall > 0 else math.inf))
        waited = now - self.start
        if waited >= self.limits.call_wall_seconds and used < MIN_SHARE * (waited - CHECK_AFTER):
            return f"timed out after {self.limits.call_wall_seconds:g} s without computing (waiting or sleeping)"
        return None

    def _cpu_used(self) -> float:
        """CPU seconds the child used since this stage was first looked at (`look` after it began)."""
        now = self.cpu_seconds()
        if now is None:
            return 0.0
        if self.cpu_start is None:
            self.cpu_start = now
        return now - self.cpu_start


def process_cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of the host process `pid` (all its threads), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK
