"""Time limits priced by the reference: a slow but correct function keeps its points, one that loops forever
gets a timeout row at the CPU floor; the rules of grader/sandbox/timing.py on a made-up clock."""

import pytest

from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.pricing import priced_reference
from mlptutor.grader.sandbox import Limits
from mlptutor.grader.sandbox.timing import CHECK_AFTER, MIN_STEP, StageTimer
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs import Specs
from mlptutor.reference import xor

N = 300_000  # the reference's loop: some 20-40 ms of CPU time


def total(n):
    """Sum of i / 2 for i < n, with a Python loop: a reference that takes measurable time."""
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s


def double(x):
    return 2.0 * x


SPEC = ExerciseSpec("pricey", (FunctionSpec("total", total, (ValueCheck("value", 1.0, fixed=((N,),)),)),
                               FunctionSpec("double", double, (ValueCheck("value", 1.0, fixed=((3.0,),)),))))
CORRECT_DOUBLE = "def double(x):\n    return 2.0 * x\n"
TWENTY_TIMES_SLOWER = """
def total(n):
    for _ in range(20):  # the reference's work, twenty times over: well past the CPU floor of 0.25 s
        s = 0.0
        for i in range(n):
            s += i * 0.5
    return s
"""
LOOPS_FOREVER = """
def total(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

def double(x):
    while True:
        pass
"""


@pytest.fixture(scope="module")
def pricey(sandbox):
    return Grader(sandbox, specs={"pricey": SPEC})


def test_a_correct_function_twenty_times_slower_than_the_reference_keeps_its_points(pricey):
    report = pricey.grade({"pricey": TWENTY_TIMES_SLOWER + CORRECT_DOUBLE})
    assert [(r.function, r.passed) for r in report.checks] == [("total", True), ("double", True)], report.checks


def test_a_function_that_loops_forever_gets_a_timeout_row_at_the_cpu_floor(pricey):
    report = pricey.grade({"pricey": LOOPS_FOREVER})
    rows = {r.function: r for r in report.checks}
    assert not rows["double"].passed and rows["double"].points == 0
    assert "took too long" in rows["double"].message and "after 0.25 s of CPU time" in rows["double"].message
    assert rows["total"].passed  # the loop costs only its own row


class Clock:
    """A child whose CPU time is set by the test; the timer's price is the reference's seconds, or None."""

    def __init__(self, reference=None):
        self.cpu, self.asked = 0.0, []
        self.reference = reference

    def price(self, call_id):
        self.asked.append(call_id)
        return self.reference


def timer(clock, **limits):
    limits = Limits(**{"call_seconds": 0.25, "call_wall_seconds": 2.0, **limits})
    t = StageTimer(limits, clock.price, lambda call_id: not call_id.startswith("far"))  # "far": another module's
    t.attach(lambda: clock.cpu, 0.0)
    t.begin(("call", "c"), 0.0)
    return t


def test_a_call_within_its_cpu_floor_is_never_priced():
    clock = Clock(reference=1.0)
    t = timer(clock)
    assert t.expired(CHECK_AFTER) is None
    clock.cpu = 0.1
    assert t.expired(1.0) is None and clock.asked == []


def test_at_the_floor_a_call_is_priced_once_and_ends_at_its_price():
    clock = Clock(reference=0.02)  # 50 x 0.02 = 1 s of CPU time
    t = timer(clock)
    t.expired(CHECK_AFTER)
    clock.cpu = 0.3
    assert t.expired(0.4) is None and clock.asked == ["c"]
    clock.cpu = 1.0
    assert t.expired(1.1) == "timed out after 50x the reference's CPU time on these arguments"
    assert clock.asked == ["c"]


def test_a_call_is_looked_at_when_computing_all_along_would_bring_it_to_its_limit():
    """Not only at the job's next poll: the limit is seen when it is reached (a clock tick at most later)."""
    clock = Clock(reference=None)
    t = timer(clock)
    assert t.wake_at() == pytest.approx(CHECK_AFTER)  # the first look
    t.expired(CHECK_AFTER)
    assert t.wake_at() == pytest.approx(0.25)  # 0.2 s more of CPU time at the most from then
    clock.cpu = 0.05  # the machine is busy: a fifth of the wall time on the CPU
    assert t.expired(0.3) is None and t.wake_at() == pytest.approx(0.45)
    clock.cpu = 0.2 - 1e-4  # short of the limit by less than a clock tick
    assert t.expired(0.5) is None and t.wake_at() == pytest.approx(0.5 + MIN_STEP)
    clock.cpu = 0.2
    assert t.expired(0.5 + MIN_STEP) == "timed out after 0.25 s of CPU time"


def test_a_stage_computing_past_its_wall_time_is_looked_at_later_not_at_once():
    """The look due at call_wall_seconds (is it waiting?) is not due again and again once passed: the job's loop
    would poll without a pause, taking the CPU from the child it times."""
    clock = Clock(reference=1.0)  # priced at 50 s
    t = timer(clock)
    t.expired(CHECK_AFTER)
    clock.cpu = 0.2
    assert t.expired(1.0) is None and clock.asked == ["c"]
    assert t.wake_at() == pytest.approx(2.0)  # the wall time comes before the CPU limit
    clock.cpu = 0.3  # a busy machine: 15 % of the wall time on the CPU, so computing
    assert t.expired(2.0) is None and t.wake_at() > 2.0 + MIN_STEP
    assert t.expired(2.1) is None and t.wake_at() > 2.1 + MIN_STEP


def test_without_a_price_the_floor_is_the_limit():
    clock = Clock(reference=None)
    t = timer(clock)
    t.expired(CHECK_AFTER)
    clock.cpu = 0.25
    assert t.expired(0.3) == "timed out after 0.25 s of CPU time"


def test_wall_time_ends_a_call_that_waits_but_not_one_that_computes_on_a_busy_machine():
    waiting, starved = Clock(), Clock()
    t_wait, t_busy = timer(waiting), timer(starved)
    t_wait.expired(CHECK_AFTER), t_busy.expired(CHECK_AFTER)
    starved.cpu = 0.15  # 7.5 % of the wall time on the CPU: the machine is loaded, the call is computing
    assert t_busy.expired(2.05) is None
    assert t_wait.expired(2.05) == "timed out after 2 s without computing (waiting or sleeping)"


def test_an_import_may_use_the_wall_allowance_of_cpu_time():
    clock = Clock()
    t = timer(clock)
    t.begin(("import", "m"), 0.0)
    t.expired(CHECK_AFTER)
    clock.cpu = 1.0
    assert t.expired(1.1) is None and clock.asked == []
    clock.cpu = 2.0
    assert t.expired(2.1) == "timed out after 2 s of CPU time"


def test_the_floors_of_a_jobs_timeouts_add_up_to_at_most_0_3_s_then_the_least_floor():
    """A loop takes its callers with it: the third looping call of a job gets what is left of the floors."""
    clock = Clock(reference=None)
    t = timer(clock)
    limits = []
    for i in range(3):
        t.begin(("call", f"c{i}"), 10.0 * i)
        t.expired(10.0 * i + CHECK_AFTER)
        clock.cpu += 5.0
        assert t.expired(10.0 * i + 5.0).startswith("timed out after")
        limits.append(t.cpu)
    assert limits == pytest.approx([0.25, 0.06, 0.06])


def test_later_calls_that_can_be_priced_are_priced_at_a_lower_floor_and_keep_their_price():
    """A loop's many callers (init's six initialisers calling one helper) each cost less: at 0.03 s of CPU time a
    later call of a module where a call timed out is priced, and may go on to 50x the reference's time; a call that
    cannot be priced, or of another module, keeps the least floor of 0.06 s."""
    clock = Clock(reference=1e-5)  # 50x: 0.5 ms, under every floor
    t = timer(clock)
    limits = []
    for i in range(3):
        t.begin(("call", f"c{i}"), 10.0 * i)
        assert t.wake_at() == pytest.approx(10.0 * i + t.look)
        t.expired(10.0 * i + t.look)
        clock.cpu += 5.0 if i == 0 else 0.01  # the first call's floor is 0.25 s; later ones end a clock tick in
        assert t.expired(10.0 * i + t.look + 0.01).startswith("timed out after")
        limits.append(t.cpu)
    assert limits == pytest.approx([0.25, 0.03, 0.03]) and clock.asked == ["c0", "c1", "c2"]
    t.begin(("call", "far"), 30.0)  # of a module where no call timed out: priced at the least floor of 0.06 s
    assert t.cpu == pytest.approx(0.06) and clock.asked == ["c0", "c1", "c2"]
    clock.reference = 0.002  # 50x: 0.1 s
    t.begin(("call", "slow"), 40.0)
    t.expired(40.0 + t.look)
    clock.cpu += 0.01
    assert t.expired(40.03) is None and t.cpu == pytest.approx(0.1)
    clock.reference = None  # cannot be priced (its arguments hold Refs)
    t.begin(("call", "unpriced"), 50.0)
    t.expired(50.0 + t.look)
    clock.cpu += 0.02
    assert t.expired(50.04) is None and t.cpu == pytest.approx(0.06)
    clock.cpu += 0.02
    assert t.expired(50.06) == "timed out after 0.06 s of CPU time (the limit once an earlier call has timed out)"


def test_a_memoised_reference_is_priced_by_its_computation_not_its_memo():
    """xor's spec grades train_xor against a memo (a repeated run answers at once): a slow but correct student run
    must be priced by the training itself, or it would get the floor alone."""
    specs = Specs()
    assert priced_reference(specs, "xor", "train_xor") is xor.train_xor
    assert priced_reference(specs, "softmax", "softmax") is not None
    assert priced_reference(specs, "xor", "no_such_function") is None
    assert priced_reference(specs, "no_such_exercise", "train_xor") is None
