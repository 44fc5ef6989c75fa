"""Attacks of the thirteenth round on the sandbox: exceptions whose classes rig what the harness reads of them,
entropy read through the stdlib, formulas fitted to numbers, interpreter state and code left running after a call."""

import time

import numpy as np
import pytest

from mlptutor.grader.sandbox import Call
from tests.sandbox.conftest import assert_healthy, open_sandbox, run_one

# each raises an exception whose class overrides what describing it read: its traceback, its class's name (a
# metaclass), its __class__ (isinstance took it for a SyntaxError and read fields it lacks), a SyntaxError's file,
# and a message that is a str subclass whose formatting raises
RIGGED = '''
class Traced(Exception):
    @property
    def __traceback__(self):
        raise RuntimeError("rigged traceback")

class Meta(type):
    @property
    def __name__(cls):
        raise RuntimeError("rigged name")

class Named(Exception, metaclass=Meta):
    pass

class Posing(Exception):
    @property
    def __class__(self):
        return SyntaxError

class Filed(SyntaxError):
    @property
    def filename(self):
        raise RuntimeError("rigged file name")

class Text(str):
    def __format__(self, spec):
        raise RuntimeError("rigged format")
    def split(self, *args):
        raise RuntimeError("rigged split")

class Said(Exception):
    def __str__(self):
        return Text("said")

def traced():
    raise Traced("t")

def named():
    raise Named("n")

def posing():
    raise Posing("p")

def filed():
    raise Filed("f")

def said():
    raise Said()
'''
EXPECTED = {"traced": "Traced: t (m.py line 36)", "named": "Named: n (m.py line 39)", "posing": "Posing: p (m.py line 42)",
            "filed": "Filed: f (m.py line 45)", "said": "Said: said (m.py line 48)"}


def test_an_exception_rigging_what_the_harness_reads_is_one_line_not_a_crash(sandbox):
    """Each crashed the child ("the worker exited with code 70") with the harness's own traceback as output."""
    result = sandbox.run({"m": RIGGED}, [Call(name, "m", name, ()) for name in EXPECTED])
    assert {name: (o.status, o.error) for name, o in result.outcomes.items()} == {
        name: ("error", error) for name, error in EXPECTED.items()}
    assert "Traceback" not in result.output, result.output
    at_import = sandbox.run({"m": RIGGED + "traced()\n"}, [Call("c", "m", "said", ())])
    assert at_import.module_errors == {"m": "Traced: t (m.py line 36)"}, at_import.module_errors
    assert "Traceback" not in at_import.output, at_import.output
    assert_healthy(sandbox)


DRAWS = '''
import os, _random

def f():
    return os.getrandom(8).hex(), os.getrandom(4, os.GRND_NONBLOCK).hex(), _random.Random().random()
'''


def test_the_entropy_of_os_getrandom_and_randoms_c_class_is_the_same_on_every_run(bwrap):
    """Plain stdlib calls that read the OS's entropy (no ctypes, no /dev/urandom): two runs of one submission drew
    different numbers, so a function seeding np.random from them got two grades."""
    runs = [run_one(bwrap, DRAWS)[0] for _ in range(2)]
    assert [o.status for o in runs] == ["ok", "ok"], runs
    assert runs[0].value == runs[1].value
    assert runs[0].value[0] != "00" * 8 and runs[0].value[0][:8] != runs[0].value[1]  # a stream, not a constant


def _horner(coefficients, variable: str = "z") -> str:
    """The polynomial of `coefficients` (highest power first) as formula text, in Horner's form."""
    text = ""
    for i, c in enumerate(coefficients):
        number = f"{abs(c):.14e}"
        text = ("-" if c < 0 else "") + number if i == 0 else f"({text})*{variable}{'-' if c < 0 else '+'}{number}"
    return text


ANSWER, VARIABLES = "sigmoid(z)*(1-sigmoid(z))", {"z": (-4.0, 4.0)}
STALL = "+1e-15*tanh(z)**999"  # numerically nothing; SymPy's rewriting of it in exp takes seconds


def test_a_polynomial_through_the_released_values_is_no_derivative():
    """A release records the answer's values at the 12 sample points, the same for everyone: a polynomial through
    them agreed at every point the grader compared, and STALL kept SymPy's confirmation past its time (it was left
    out, not refused): "equivalent", full points and quiz credit, for no derivative of anything."""
    import numpy as np

    from mlptutor.grader import symbolic_worker
    from mlptutor.grader.checks.symbolic import TOO_SMALL, judge_formulas

    released = symbolic_worker.fingerprint(ANSWER, VARIABLES)["values"]
    points = symbolic_worker.sample_points(VARIABLES, 0)["z"]
    cheat = _horner(np.polyfit(points, released, len(points) - 1))
    assert symbolic_worker.against(cheat, released, VARIABLES)["status"] == "equivalent"  # what a release can check
    assert symbolic_worker.compare(cheat, ANSWER, VARIABLES)["status"] == "wrong"
    (verdict,) = judge_formulas([(cheat + STALL, ANSWER, VARIABLES)], call_seconds=0.5)
    assert verdict.status == "wrong", verdict


def test_a_polynomial_fitted_to_numbers_is_no_derivative_when_sympy_runs_out_of_time():
    """A polynomial of degree 28 fitted to sigmoid's slope computed numerically (complex step: no derivative taken
    by hand) is the answer to 1e-9 everywhere on the range, so every numeric comparison agrees; only SymPy tells
    them apart, and past its time (STALL) its silence counted as equivalence."""
    import numpy as np
    from numpy.polynomial import chebyshev

    from mlptutor.grader import symbolic_worker
    from mlptutor.grader.checks.symbolic import TOO_SMALL, judge_formulas

    t = np.cos(np.pi * (np.arange(400) + 0.5) / 400)  # z = 4t
    slope = (1 / (1 + np.exp(-(4 * t + 1e-30j)))).imag / 1e-30
    cheat = _horner(chebyshev.cheb2poly(chebyshev.chebfit(t, slope, 28))[::-1], "(z/4)")
    assert len(cheat + STALL) <= symbolic_worker.MAX_CHARS
    assert symbolic_worker.compare(cheat, ANSWER, VARIABLES)["status"] == "equivalent"
    verdicts = judge_formulas([(cheat + STALL, ANSWER, VARIABLES), (cheat, ANSWER, VARIABLES)], call_seconds=0.5)
    assert [(v.status, v.message) for v in verdicts] == [("wrong", TOO_SMALL)] * 2, verdicts


LOWERED = '''
import sys

def lower():
    sys.setrecursionlimit(20)
    return [[[[[[1.0]]]]]]

def other():
    return 2.0
'''


def test_a_recursion_limit_left_low_by_one_call_costs_no_other_call(sandbox):
    """Encoding the batched report ran out of the lowered limit: both calls "crashed" (exit 70), the other one
    right and never told why."""
    result = sandbox.run({"m": LOWERED}, [Call("lower", "m", "lower", ()), Call("other", "m", "other", ())])
    assert {name: (o.status, o.value) for name, o in result.outcomes.items()} == {
        "lower": ("ok", [[[[[[1.0]]]]]]), "other": ("ok", 2.0)}, result.outcomes


AFTERWARDS = '''
import gc, itertools, os, threading, time

def hog():
    time.sleep(0.05)
    sum(itertools.repeat(1, 10**11))  # holds the GIL: the harness cannot run a bytecode until it ends

def flood():
    while True:
        os.write(1, b"x" * 65536)

def hogging():
    threading.Thread(target=hog, daemon=True).start()
    return 1.0

def flooding():
    threading.Thread(target=flood, daemon=True).start()
    return 1.0

def spin_in_gc():
    gc.callbacks.append(lambda phase, info: [0 for _ in iter(int, 1)])
    return [[i] for i in range(100_000)]  # the harness's encoding of it collects

def last():
    return 2.0
'''


def test_threads_and_gc_callbacks_running_on_after_the_call_cost_only_their_own_call(sandbox):
    """Code left running after its call (a GIL-holding thread, a flood of output, a gc callback that never ends)
    runs during the harness's encoding and after the last stage: the job still ends within its bounds."""
    started = time.monotonic()
    result = sandbox.run({"m": AFTERWARDS}, [Call(name, "m", name, ()) for name in
                                             ("hogging", "flooding", "spin_in_gc", "last")])
    outcomes = {name: o.status for name, o in result.outcomes.items()}
    assert outcomes["spin_in_gc"] == "timeout" and result.outcomes["last"].value == 2.0, outcomes
    assert time.monotonic() - started < 6 and len(result.output) < 70_000
    assert_healthy(sandbox)


@pytest.mark.parametrize("level", ["bwrap", "unshare"])
def test_a_job_sees_a_hostname_of_its_own(level):
    """The host's name (the grading machine's, another on each worker of a Dask cluster) reached the job: a result
    depending on it got another grade on another machine."""
    with open_sandbox(level) as sb:
        outcome, _ = run_one(sb, "import os, socket\ndef f():\n"
                                 "    return os.uname().nodename, socket.gethostname(), open('/proc/sys/kernel/hostname').read()\n")
    assert outcome.value == ("sandbox", "sandbox", "sandbox\n"), outcome


REUSED = '''
import numpy as np

_out = {}

def sigmoid(z):
    out = _out.setdefault(z.shape, np.empty(z.shape))  # one buffer per shape, reused by every call
    np.divide(1.0, 1.0 + np.exp(-z), out=out)
    return out
'''


def test_a_result_array_the_code_keeps_and_rewrites_later_is_reported_as_it_was_returned(sandbox):
    """Outcomes go out in batches (every 5 ms): the array of an earlier call was encoded after later calls had
    rewritten it, so each call was judged on the last call's values, or on its own, as the batches fell."""
    inputs = [np.full(3, float(i)) for i in range(4)]
    result = sandbox.run({"m": REUSED}, [Call(str(i), "m", "sigmoid", (z,)) for i, z in enumerate(inputs)])
    got = [result.outcomes[str(i)].value for i in range(4)]
    assert all(np.array_equal(g, 1 / (1 + np.exp(-z))) for g, z in zip(got, inputs)), got
