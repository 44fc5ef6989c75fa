"""What a crash's site says of the names on the failing line (grader/sandbox/crashsite.py), run in-process on
code compiled as if it were a student file, and how the trusted side checks a site again (job._outcome)."""

import json
import textwrap

import numpy as np
import pytest

from mlptutor.grader.sandbox import crashsite, wire
from mlptutor.grader.sandbox.job import _outcome

SCRATCH = "/tmp/job"
CALLED = []  # what a hostile class's methods record when they run while the sites are taken: nothing may
ARMED = []  # non-empty while the sites are taken: the hostile methods misbehave only then


def sites_of(source: str, function: str, *args) -> list:
    """The crash sites of module m (source `source`) raising in function(*args)."""
    code = textwrap.dedent(source).encode()
    namespace = {"CALLED": CALLED, "np": np}
    exec(compile(code, f"{SCRATCH}/m.py", "exec"), namespace)
    with pytest.raises(BaseException) as info:
        namespace[function](*args)
    ARMED.append(True)
    try:
        return crashsite.sites(info.value, SCRATCH, {"m": code})
    finally:
        ARMED.clear()


def named(site: list) -> dict:
    return {name: description for name, description, _ in site[3]}


def test_the_failing_line_is_described_by_shapes_keys_and_values():
    (site,) = sites_of("""
        def forward(params, X, l=1):
            W, b = params[f"W{l}"], params["b1"]
            return W.T @ X + b
    """, "forward", {"W1": np.zeros((3, 4)), "b1": np.zeros(3)}, np.zeros((5, 4)))
    assert site[:3] == ["m.py", 4, "return W.T @ X + b"]
    assert site[3] == [["W.T", "a (4, 3) float64 array", [4, 3]], ["X", "a (5, 4) float64 array", [5, 4]],
                       ["b", "a (3,) float64 array", [3]]]


def test_a_raise_is_described_with_the_line_that_called_it():
    check, caller = sites_of("""
        def check(A, mode):
            if mode not in ("a", "b"):
                raise ValueError(f"unknown mode {mode!r}")
        def run(params, mode, sizes):
            check(params["W1"], sizes)
    """, "run", {"W1": np.ones((2, 3), np.float32), "b1": 0}, "a", (1, 0, 1, 1))
    assert check[1] == 4 and named(check) == {"mode": "the tuple (1, 0, 1, 1)"}
    assert caller[1] == 6 and named(caller) == {
        "params['W1']": "a (2, 3) float32 array", "sizes": "the tuple (1, 0, 1, 1)",
        "params": "a dict of 2 keys: 'W1', 'b1'"}


def test_values_are_described_by_exact_type():
    (site,) = sites_of("""
        def f(a, b, c, d, e, g, h, i):
            return a + b + c + d + e + g + h + i + None
    """, "f", np.float64(0.5), True, None, "x" * 50, [1, "a", 2.0], 10**100, {(0, 1): 1}, np.array(3))
    assert named(site) == {"a": "0.5 (float64)", "b": "True", "c": "None",
                           "d": "a str of 50 characters, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'...",
                           "e": "a list of 3 items (mixed: int, str, float)", "g": "an int of 333 bits",
                           "h": "a dict of 1 key: (0, 1)", "i": "a 0-d int64 array holding 3"}


def misbehave(what: str):
    CALLED.append(what)
    if what == "__repr__":
        while True:
            pass
    raise RuntimeError(what)


class Rigged(type):
    @property
    def __name__(cls):
        if ARMED:
            misbehave("metaclass __name__")
        return "Rigged"


class Hostile(metaclass=Rigged):
    """Every method a description could call records itself and misbehaves while the sites are taken."""

    def __repr__(self):
        return misbehave("__repr__") if ARMED else "Hostile()"

    def __len__(self):
        return misbehave("__len__") if ARMED else 0

    def __eq__(self, other):
        return misbehave("__eq__") if ARMED else self is other

    def __hash__(self):
        return misbehave("__hash__") if ARMED else hash("W1")  # collides with the key looked up

    def __getitem__(self, key):
        return misbehave("__getitem__") if ARMED else 0

    @property
    def T(self):
        return misbehave("T") if ARMED else 0


class Array(np.ndarray):
    def __repr__(self):
        return misbehave("ndarray subclass __repr__") if ARMED else "Array"


def test_hostile_objects_are_named_by_type_only_and_run_nothing():
    CALLED.clear()
    hostile = Hostile()
    keys = {hostile: 1, "W1": np.zeros(2)}  # a student key whose hash collides with the key looked up
    huge = list(range(10**6))
    subclass = np.zeros(3).view(Array)
    (site,) = sites_of("""
        def f(h, keys, huge, subclass, text):
            raise ValueError if h is not None else (h.T, h[0], keys["W1"], len(huge), subclass[0], text)
    """, "f", hostile, keys, huge, subclass, "\x1b[31m<b>" * 20)
    assert CALLED == []
    assert named(site) == {"h": "a Hostile", "keys": "a dict of 2 keys: Hostile, 'W1'",
                           "keys['W1']": "a (2,) float64 array", "huge": "a list of 1000000 items (int)",
                           "subclass": "an Array",
                           "text": "a str of 160 characters, '\\x1b[31m<b>\\x1b[31m<b>\\x1b[31m<b>\\x1b[31m<'..."}


def test_the_sites_are_bounded():
    names = ", ".join(f"v{i}" for i in range(30))
    total = " + ".join(f"v{i}" for i in range(30))
    source = f"def f(*args):\n    {names} = args\n    return {total} + None  # {'x' * 500}\n"
    (site,) = sites_of(source, "f", *["y" * 40 for _ in range(30)])
    assert len(site[3]) == crashsite.MAX_NAMES and len(site[2]) == crashsite.MAX_SOURCE
    assert all(len(name) <= crashsite.MAX_TEXT and len(text) <= crashsite.MAX_TEXT for name, text, _ in site[3])
    assert len(json.dumps([site])) <= crashsite.MAX_JSON


def test_no_site_without_a_student_frame_or_names():
    assert crashsite.sites(ValueError("no traceback"), SCRATCH, {}) == []
    (site,) = sites_of("def f():\n    raise ValueError('constant')\n", "f")
    assert site[3] == []


def outcome(sites, status="error"):
    record = wire.OUTCOME.type("c", status, None, "ValueError: x (m.py line 2)", 0.0, [], [], [], 0, sites)
    return _outcome(record, [])


def test_the_trusted_side_checks_sites_again():
    good = [["m.py", 2, "return W @ X", [["W", "a (3, 4) float64 array", [3, 4]], ["l", "1", None]]]]
    assert outcome(good).sites == (("m.py", 2, "return W @ X", (("W", "a (3, 4) float64 array", (3, 4)),
                                                                 ("l", "1", None))),)
    for bad in (good * 3, [["m.py", "2", "x", []]], [["m.py", 2, "x" * 500, []]], [["m.py", 2, "x", [["W", 1, None]]]],
                [["m.py", 2, "x", [["W", "w", [-1]]]]], [["m.py", 2, "x", [["W", "w", None]] * 9]], "sites", [{}],
                [["m.py", 2, "x\nok value (value) 2/2", []]], [["m.py", 2, "x", [["W", "w\nok", None]]]]):
        with pytest.raises(wire.ProtocolError):
            outcome(bad)
    with pytest.raises(wire.ProtocolError):
        outcome(good, status="ok")


def test_an_id_is_said_without_its_digits():
    """A memo keyed by id(): the address changes from run to run, the feedback of one submission must not."""
    (site,) = sites_of("""
        def f(x, memo={}):
            key = id(x)
            memo[key] = 1
            return memo[key] + x + None
    """, "f", 1.5)
    assert named(site)["key"] == "an address-sized int (an id()?)"
    assert named(site)["memo"] == "a dict of 1 key: an address-sized int (an id()?)"


def test_a_student_helper_named_like_the_graders_modules_is_the_students_own():
    """red19: a student's `mlptutor_util.py` was taken for the grader's module (every `mlptutor_` file was): its
    crash was told as "inside stable, the function the check passed to your code", at the caller's line."""
    from mlptutor.grader.specs._known_check import HELPER
    code = b"import numpy as np\ndef stable(z):\n    return np.exp(z) / undefined_total\n"
    namespace = {}
    exec(compile(code, f"{SCRATCH}/mlptutor_util.py", "exec"), namespace)
    with pytest.raises(NameError) as info:
        namespace["stable"](np.ones(3))
    (site,) = crashsite.sites(info.value, SCRATCH, {"mlptutor_util": code})
    assert site[:2] == ["mlptutor_util.py", 3], site
    assert not crashsite.grader_file(f"{SCRATCH}/mlptutor_util.py")
    assert crashsite.grader_file(f"{SCRATCH}/{HELPER}.py")  # the grader's own module stays the grader's
