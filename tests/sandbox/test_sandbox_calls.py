"""The call API: Refs, RNG markers, pick, changed arguments, modules importing each other, determinism, restarts."""

import json

import numpy as np
import pytest

from mlptutor.grader.sandbox import RNG, Call, Limits, Ref
from mlptutor.grader.sandbox.job import SandboxJob
from mlptutor.grader.sandbox.wire import OUTCOME, MessageReader, frame
from tests.sandbox.conftest import run_one

LAYER = """\
import numpy as np

def forward(x, w):
    out = x @ w
    return out, {"x": x, "w": w, "secret": object()}

def backward(dout, cache):
    return dout @ cache["w"].T, cache["x"].T @ dout

def slow():
    while True:
        pass
"""


def test_ref_hands_the_students_own_cache_to_backward(bwrap):
    x, w = np.arange(6.0).reshape(2, 3), np.ones((3, 2))
    calls = [Call("fwd", "layer", "forward", (x, w), pick=(0,)),
             Call("bwd", "layer", "backward", (np.ones((2, 2)), Ref("fwd", (1,))))]
    result = bwrap.run({"layer": LAYER}, calls)
    assert np.array_equal(result.outcomes["fwd"].value, x @ w)
    dx, dw = result.outcomes["bwd"].value
    assert np.array_equal(dx, np.ones((2, 2)) @ w.T) and np.array_equal(dw, x.T @ np.ones((2, 2)))


def test_unpicked_cache_with_an_object_comes_back_foreign(bwrap):
    result = bwrap.run({"layer": LAYER}, [Call("fwd", "layer", "forward", (np.ones((1, 1)), np.ones((1, 1))))])
    out, cache = result.outcomes["fwd"].value
    assert cache["secret"].type_name == "object" and out.shape == (1, 1)


def test_ref_to_a_result_lost_in_a_timeout_is_rebuilt(bwrap):
    x, w = np.ones((1, 2)), np.ones((2, 2))
    calls = [Call("fwd", "layer", "forward", (x, w), pick=(0,)),
             Call("slow", "layer", "slow"),
             Call("bwd", "layer", "backward", (np.ones((1, 2)), Ref("fwd", (1,))))]
    result = bwrap.run({"layer": LAYER}, calls)
    assert result.outcomes["slow"].status == "timeout"
    assert result.outcomes["bwd"].status == "ok"


def test_ref_to_a_failed_call_is_an_error_with_the_reason(bwrap):
    calls = [Call("fwd", "layer", "slow"), Call("bwd", "layer", "backward", (np.ones(1), Ref("fwd", (1,))))]
    result = bwrap.run({"layer": LAYER}, calls)
    assert result.outcomes["bwd"].status == "error"
    assert "Ref('fwd') is unavailable" in result.outcomes["bwd"].error and "timeout" in result.outcomes["bwd"].error


def test_refs_must_point_backwards():
    from mlptutor.grader.sandbox.job import SandboxJob
    from mlptutor.grader.sandbox import Limits

    with pytest.raises(ValueError, match="earlier call"):
        SandboxJob({}, [Call("a", "m", "f", (Ref("b"),)), Call("b", "m", "f")], Limits())


def test_rng_marker_builds_a_seeded_generator(bwrap):
    source = "def f(rng):\n    return rng.standard_normal(3)\n"
    outcome, _ = run_one(bwrap, source, args=(RNG(7),))
    assert np.array_equal(outcome.value, np.random.default_rng(7).standard_normal(3))


def test_global_rngs_are_seeded_the_same_for_every_job(bwrap):
    source = "import random, numpy as np\ndef f():\n    return np.random.rand(), random.random()\n"
    first, second = run_one(bwrap, source)[0].value, run_one(bwrap, source)[0].value
    assert first == second


def test_kwargs_and_student_modules_importing_each_other(bwrap):
    modules = {"activations": "import numpy as np\ndef relu(z):\n    return np.maximum(z, 0)\n",
               "mlp": "from activations import relu\ndef layer(x, *, shift=0.0):\n    return relu(x + shift)\n"}
    result = bwrap.run(modules, [Call("c", "mlp", "layer", (np.array([-1.0, 1.0]),), {"shift": 0.5})])
    assert np.array_equal(result.outcomes["c"].value, [0.0, 1.5])


def test_modules_without_an_import_stage_are_imported_by_the_code_that_needs_them(bwrap):
    modules = {"activations": "import numpy as np\ndef relu(z):\n    return np.maximum(z, 0)\n",
               "mlp": "from activations import relu\ndef layer(x):\n    return relu(x)\n",
               "broken": "raise RuntimeError('top-level failure')\n"}
    calls = [Call("c", "mlp", "layer", (np.array([-1.0, 1.0]),))]
    lazy = bwrap.run(modules, calls, imports={"mlp"})
    assert np.array_equal(lazy.outcomes["c"].value, [0.0, 1.0])
    assert lazy.module_errors == {}  # broken.py was never imported
    assert "broken" in bwrap.run(modules, calls).module_errors


def test_output_is_captured_with_stderr(bwrap):
    source = "import sys\ndef f():\n    print('to out')\n    print('to err', file=sys.stderr)\n"
    _, result = run_one(bwrap, source)
    assert "to out" in result.output and "to err" in result.output


def test_forged_outcome_with_an_object_array_is_rejected(bwrap):
    import io

    buffer = io.BytesIO()
    np.save(buffer, np.array([1, None], dtype=object), allow_pickle=True)
    record = OUTCOME.type("c", "ok", [0], "", 0.0, [], [], [], 1)
    header = {"kind": "report", "done": 2, "errors": {}, "notes": {}, "outcomes": OUTCOME.columns([record]), "arrays": [[0, 0, [2]]],
              "blobs": 1}
    forged = frame(json.dumps(header).encode()) + frame(buffer.getvalue())
    source = f"import os\ndef f():\n    os.write(3, {forged!r})\n    return 1\n"
    outcome, _ = run_one(bwrap, source)
    assert outcome.status == "crashed" and "malformed" in outcome.error and outcome.value is None


def test_large_arrays_travel_both_ways(bwrap):
    x = np.random.default_rng(0).standard_normal((500, 400))
    outcome, _ = run_one(bwrap, "def f(x):\n    return x * 2\n", args=(x,))
    assert np.array_equal(outcome.value, x * 2)
    assert x.nbytes > 1 << 20


def test_arguments_never_share_memory_in_the_child(bwrap):
    """The grader sends an array object several calls use once; each argument is still an array of its own."""
    x = np.arange(4.0)
    source = ("import numpy as np\n"
              "def f(a, b, c):\n"
              "    a += 1\n"
              "    alone = [v.base is None for v in (a, b, c['k'])]\n"
              "    shared = [bool(np.shares_memory(p, q)) for p, q in ((a, b), (a, c['k']), (b, c['k']))]\n"
              "    return alone, shared, b\n")
    calls = [Call(name, "m", "f", (x, x, {"k": x})) for name in ("one", "two")]
    result = bwrap.run({"m": source}, calls)
    for name in ("one", "two"):  # "two" sees x as sent, not as "one" left its copy
        alone, shared, b = result.outcomes[name].value
        assert alone == [True] * 3 and shared == [False] * 3 and np.array_equal(b, x)


def test_an_array_used_by_several_calls_is_sent_once():
    x, y = np.ones(3), np.zeros(2)
    job = SandboxJob({"m": ""}, [Call("a", "m", "f", (x, y)), Call("b", "m", "f", (x,), {"k": [y, x]})], Limits())
    [(header, arrays)] = MessageReader().feed(job.calls_message())
    assert len(arrays) == 2


def test_missing_module_is_a_module_error(bwrap):
    result = bwrap.run({}, [Call("c", "softmax", "softmax")])
    assert result.outcomes["c"].status == "module_error" and "softmax.py" in result.outcomes["c"].error


def test_a_result_too_large_to_send_is_a_clear_error(bwrap):
    # 2 s for the call: encoding 20 MB twice took 0.3 s of the suite's 0.5 s on a loaded machine
    result = bwrap.run({"m": "def f():\n    return 'x' * (20 << 20)\n"}, [Call("c", "m", "f")],
                       Limits(call_seconds=2.0, job_seconds=8.0))
    outcome = result.outcomes["c"]
    assert outcome.status == "error" and "too large" in outcome.error


def test_every_call_records_the_arguments_it_changed(bwrap):
    """Compared in the child as soon as the call returns: a change undone by the next call is still seen."""
    source = ("import numpy as np\n"
              "saved = []\n"
              "def f(a, params, *, scale=1.0, b=None):\n"
              "    if saved:\n"
              "        a[...] = saved.pop()\n"  # restores what the previous call did to its argument
              "    else:\n"
              "        saved.append(a.copy())\n"
              "        a *= 2\n"
              "    params['W'][0, 0] += b is not None\n"
              "    return a.sum()\n")
    shared = np.ones(2)
    calls = [Call("first", "m", "f", (shared, {"W": np.zeros((1, 1))})),
             Call("second", "m", "f", (shared, {"W": np.zeros((1, 1))}), {"b": np.ones(1)})]
    result = bwrap.run({"m": source}, calls)
    assert result.outcomes["first"].changed == (0,)
    assert result.outcomes["second"].changed == (1,)  # restored a copy of its own, changed params


def test_a_list_of_numbers_sorted_in_place_is_a_changed_argument(bwrap):
    source = "def f(losses, patience):\n    losses.sort()\n    return patience\n"
    result = bwrap.run({"m": source}, [Call("c", "m", "f", ([0.5, 0.2, float("nan")], 2)),
                                        Call("same", "m", "f", ([0.2, 0.5, float("nan")], 2))])
    assert result.outcomes["c"].changed == (0,) and result.outcomes["same"].changed == ()


def test_runtime_warnings_are_recorded_per_call(bwrap):
    source = ("import numpy as np\n"
              "def f(z):\n"
              "    return 1 / (1 + np.exp(-z))\n"
              "def quiet(z):\n"
              "    with np.errstate(over='ignore'):\n"
              "        return 1 / (1 + np.exp(-z))\n")
    big, small = np.array([-1000.0]), np.array([1.0])
    calls = [Call("big", "m", "f", (big,)), Call("again", "m", "f", (big,)), Call("small", "m", "f", (small,)),
             Call("quiet", "m", "quiet", (big,))]
    outcomes = bwrap.run({"m": source}, calls).outcomes
    assert outcomes["big"].warnings == ("RuntimeWarning: overflow encountered in exp (m.py line 3)",)
    assert outcomes["again"].warnings == outcomes["big"].warnings  # every call, not once per place
    assert outcomes["small"].warnings == () and outcomes["quiet"].warnings == ()


def test_returned_names_the_argument_a_result_is_or_holds_itself(bwrap):
    """A result that is an array argument itself (checked without a walk), or holds one or a list argument inside a
    tuple: named by position or keyword; a copy, a number or a new array is no argument."""
    source = ("def first(a, b=None):\n    return a\n"
              "def keyword(a, b=None):\n    return b\n"
              "def copied(a, b=None):\n    return a.copy()\n"
              "def number(a, b=None):\n    return float(a.sum())\n"
              "def pair(a, b=None):\n    return (a.sum(), a)\n")
    x = np.ones(2)
    calls = [Call("first", "m", "first", (x,)), Call("keyword", "m", "keyword", (x,), {"b": np.zeros(2)}),
             Call("copied", "m", "copied", (x,)), Call("number", "m", "number", (x,)), Call("pair", "m", "pair", (x,)),
             Call("list", "m", "first", ([1.0, 2.0],)), Call("scalar", "m", "first", (2.5,))]
    outcomes = bwrap.run({"m": source}, calls).outcomes
    assert [outcomes[c.id].returned for c in calls] == [(0,), ("b",), (), (), (0,), (0,), ()]


def test_an_array_argument_changed_in_shape_or_values_is_named_and_one_only_read_is_not(bwrap):
    source = ("def reshaped(a, n):\n    a.shape = (1, 2)\n    return n\n"
              "def refilled(a, n):\n    a[0] = -0.0\n    return n\n"
              "def read(a, n):\n    return float(a.sum()) + n\n")
    calls = [Call(name, "m", name, (np.zeros(2), 3)) for name in ("reshaped", "refilled", "read")]
    outcomes = bwrap.run({"m": source}, calls).outcomes
    assert [outcomes[c.id].changed for c in calls] == [(0,), (0,), ()]


STATEFUL = """\
import numpy as np

def memo(z):
    kept = memo.__dict__.setdefault("kept", {})
    if id(z) not in kept:
        kept[id(z)] = z * 2
    return kept[id(z)]

def same(z):
    return z

def total(widths):
    return sum(widths)

def draw(a, rng, mode="train"):
    if mode == "eval":
        rng.random(3)
        return a
    return a * rng.random(a.shape) if mode == "train" else a

def slow():
    while True:
        pass
"""


def test_a_refilling_call_gets_the_earlier_calls_argument_objects_holding_its_values(bwrap):
    """A result cached by the argument object shows; an earlier result that is its argument itself comes back (and
    stays, for a Ref) as it was; a list is refilled item by item; `changed` compares with the new values."""
    old, new = np.ones((2, 3)), np.arange(6.0).reshape(2, 3)
    calls = [Call("a", "m", "memo", (old,)), Call("b", "m", "memo", (new,), refills="a"),
             Call("s1", "m", "same", (old,)), Call("s2", "m", "same", (new,), refills="s1"),
             Call("s3", "m", "same", (Ref("s1"),)),
             Call("w1", "m", "total", ([1, 2, 3],)), Call("w2", "m", "total", ([4, 5, 6, 7],), refills="w1")]
    outcomes = bwrap.run({"m": STATEFUL}, calls).outcomes
    assert np.array_equal(outcomes["b"].value, 2 * old)  # the stale result of the object
    assert np.array_equal(outcomes["s1"].value, old) and np.array_equal(outcomes["s2"].value, new)
    assert np.array_equal(outcomes["s3"].value, old)
    assert (outcomes["w1"].value, outcomes["w2"].value) == (6, 22)
    assert all(o.status == "ok" and o.changed == () for o in outcomes.values())


def test_no_argument_takes_an_earlier_calls_address(bwrap):
    """Every call's arguments are kept to the job's end: a memo keyed by id() never meets a later argument at a
    freed one's address, which it did as the allocator's history fell (the second call, on most runs)."""
    values = [np.full((2, 3), float(i)) for i in range(12)] + [np.full(4, float(i)) for i in range(12)]
    outcomes = bwrap.run({"m": STATEFUL}, [Call(f"c{i}", "m", "memo", (v,)) for i, v in enumerate(values)]).outcomes
    assert [i for i, v in enumerate(values) if not np.array_equal(outcomes[f"c{i}"].value, 2 * v)] == []


HANDED_OUT = """\
import numpy as np

_buffers, _caches = {}, []

def relu(z):
    return np.maximum(z, 0, out=_buffers.setdefault(z.shape, np.empty(z.shape)))

def forward(x):
    _caches.clear()
    _caches.append(x * 2)
    return x.sum(), _caches

def keyed(i):  # only a short printable str or a 64-bit int names an entry on the wire
    return {"a\\nok value 2/2": _caches, 10 ** 5000: _caches, 7: _caches}

def same(z):
    return z

def update(params, grads):
    for k in params:
        params[k] -= grads[k]
    return params
"""


def test_again_names_the_earlier_call_whose_very_object_a_result_is(bwrap):
    """A buffer per shape returned by every call, a module-level list inside the result: the earlier call of the
    function that returned it, where in the result, what kind. An argument handed back (its own, a Ref to an
    earlier result, a refilled one, an update in place) is no result handed out again."""
    a, b, c = np.ones((2, 3)), -np.ones((2, 3)), np.ones(4)
    calls = [Call("r1", "m", "relu", (a,)), Call("r2", "m", "relu", (c,)), Call("r3", "m", "relu", (b,)),
             Call("f1", "m", "forward", (a,)), Call("f2", "m", "forward", (b,)),
             Call("s1", "m", "same", (a,)), Call("s2", "m", "same", (Ref("s1"),)),
             Call("s3", "m", "same", (b,), refills="s1"),
             Call("u1", "m", "update", ({"W": a}, {"W": a})), Call("u2", "m", "update", (Ref("u1"), {"W": a})),
             Call("k1", "m", "keyed", (1,)), Call("k2", "m", "keyed", (2,))]
    outcomes = bwrap.run({"m": HANDED_OUT}, calls).outcomes
    assert {k: o.again for k, o in outcomes.items() if o.again} == {"r3": ("r1", (), "array"),
                                                                    "f2": ("f1", (1,), "list"),
                                                                    "k2": ("k1", (7,), "list")}
    assert all(o.status == "ok" for o in outcomes.values())


def test_a_refilled_call_lost_in_a_timeout_is_replayed_first(bwrap):
    calls = [Call("a", "m", "memo", (np.ones(2),)), Call("slow", "m", "slow"),
             Call("b", "m", "memo", (np.zeros(2),), refills="a")]
    outcomes = bwrap.run({"m": STATEFUL}, calls).outcomes
    assert outcomes["slow"].status == "timeout"
    assert outcomes["b"].status == "ok" and np.array_equal(outcomes["b"].value, 2 * np.ones(2))


def test_refilling_a_failed_call_is_an_error_with_the_reason(bwrap):
    calls = [Call("a", "m", "memo", (None,)), Call("b", "m", "memo", (np.zeros(2),), refills="a")]
    outcomes = bwrap.run({"m": STATEFUL}, calls).outcomes
    assert outcomes["a"].status == "error" and outcomes["b"].status == "error"
    assert "arguments of call 'a' cannot be refilled" in outcomes["b"].error


def test_refills_must_point_backwards():
    with pytest.raises(ValueError, match="earlier call"):
        SandboxJob({}, [Call("a", "m", "same", (1,), refills="b"), Call("b", "m", "same", (1,))], Limits())


def test_drew_names_the_generators_a_call_advanced(bwrap):
    a = np.ones(2)
    calls = [Call("train", "m", "draw", (a, RNG(0))), Call("eval", "m", "draw", (a, RNG(0)), {"mode": "eval"}),
             Call("keyword", "m", "draw", (a,), {"rng": RNG(0), "mode": "eval"}),
             Call("none", "m", "draw", (a, RNG(0)), {"mode": "other"}), Call("plain", "m", "same", (a,))]
    outcomes = bwrap.run({"m": STATEFUL}, calls).outcomes
    assert [outcomes[c.id].drew for c in calls] == [(1,), (1,), ("rng",), (), ()]


BUILTINS = """\
import builtins

builtins.print = None  # at import: put back before the first call

def replace():
    builtins.len = lambda x: 0
    builtins.extra = 1
    del builtins.abs
    builtins.__dict__.update(sorted=None)
    return len('abc')

def same():
    builtins.len = builtins.len  # the very object again: nothing to put back
    return len('abc')

def probe():
    return [len('abc'), hasattr(builtins, 'extra'), abs(-2), sorted([2, 1]), print is not None]
"""


def test_builtins_a_call_changes_are_put_back_before_the_next_call(bwrap):
    calls = [Call("p0", "b", "probe"), Call("r", "b", "replace"), Call("p1", "b", "probe"), Call("s", "b", "same"),
             Call("r2", "b", "replace"), Call("p2", "b", "probe")]
    outcomes = bwrap.run({"b": BUILTINS}, calls).outcomes
    assert outcomes["r"].value == 0 and outcomes["r2"].value == 0 and outcomes["s"].value == 3
    for probe in ("p0", "p1", "p2"):
        assert outcomes[probe].value == [3, False, 2, [1, 2], True]


GLOBAL = b"""
import numpy as np

def shuffled(a):
    return a[np.random.permutation(len(a))]

def seeded(a):
    np.random.seed(0)
    return a

def own(a, rng):
    return a[rng.permutation(len(a))]
"""


def test_global_draw_says_whether_a_call_used_np_randoms_global_generator(bwrap):
    a = np.arange(4.0)
    calls = [Call("global", "m", "shuffled", (a,)), Call("own", "m", "own", (a, RNG(1))),
             Call("seed", "m", "seeded", (a,)), Call("again", "m", "shuffled", (a,))]
    first, second = (bwrap.run({"m": GLOBAL}, calls).outcomes for _ in range(2))
    assert [first[c.id].global_draw for c in calls] == [True, False, True, True]
    assert [first[c.id].drew for c in calls] == [(), (1,), (), ()]  # the generator arguments only
    # every job starts from one seeded state: the same calls draw the same numbers
    assert all(np.array_equal(first[c.id].value, second[c.id].value) for c in calls)


VIEWS = """\
import numpy as np

def huge(z):  # a 7.45 GiB view of one number: too large to send, and to copy
    return np.broadcast_to(np.zeros(1), (10 ** 9,))
"""


def test_refilling_a_call_whose_result_is_a_view_too_large_to_copy_is_an_error_with_the_reason(bwrap):
    """Keeping the earlier result as it was copies it; a view of more than the job's memory cannot be: one line, and
    the harness goes on (the MemoryError stopped the child, its traceback shown as the student's output)."""
    calls = [Call("a", "m", "huge", (np.zeros(2),)), Call("b", "m", "huge", (np.ones(2),), refills="a"),
             Call("c", "m", "huge", (np.ones(3),))]
    result = bwrap.run({"m": VIEWS}, calls)
    assert "could not be sent back" in result.outcomes["a"].error
    assert result.outcomes["b"].status == "error"
    assert "arguments of call 'a' cannot be refilled" in result.outcomes["b"].error
    assert "Traceback" not in result.output


DOCSTRINGS = '''\
import numpy as np

def layernorm_forward(x):
    """Returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1)})."""
    return x

def split(x):
    """Returns (,,)."""
    return x

def dense_forward(x):
    """Returns (Z (N, n), cache)."""
    return x
'''


def test_a_result_with_no_part_to_pick_names_the_docstrings_items_only_when_they_are_plain_names(bwrap):
    """not_a_tuple copied the docstring's items verbatim: 'a pair (out, cache = {"x_hat", ...}): return out, cache =
    {...}', 'a tuple (,,)'; only plain names are shown and given as `return ...` advice."""
    names = ("layernorm_forward", "split", "dense_forward")
    result = bwrap.run({"m": DOCSTRINGS}, [Call(n, "m", n, (np.ones(2),), pick=(0,)) for n in names])
    errors = {n: result.outcomes[n].error for n in names}
    assert errors == {"layernorm_forward": "layernorm_forward() returns one array where its docstring asks for a tuple",
                      "split": "split() returns one array where its docstring asks for a tuple",
                      "dense_forward": "dense_forward() returns one array where its docstring asks for a pair (Z, "
                                       "cache): return Z, cache"}


def test_a_missing_function_is_not_said_renamed_to_one_the_file_imports(bwrap):
    """renamed_note named any function in the module's namespace: 'your file defines softmax_jac()' of an import."""
    modules = {"m": "from h import softmax_jac\n\ndef softmax_grad(z):\n    return z\n",
               "h": "def softmax_jac(z):\n    return z\n"}
    outcome = bwrap.run(modules, [Call("c", "m", "softmax_jacobian", (np.ones(2),))]).outcomes["c"]
    assert "softmax_jac()" not in outcome.error and "softmax_grad()" in outcome.error, outcome.error


def test_a_mapping_that_is_no_dict_gives_its_picked_parts(bwrap):
    """Only tuple, list and dict results were indexed: a Mapping of the student's own was 'one Fields'."""
    source = ("from collections.abc import Mapping\n\nclass Fields(Mapping):\n"
              "    def __getitem__(self, k): return {'w': 1.5}[k]\n    def __iter__(self): return iter(['w'])\n"
              "    def __len__(self): return 1\n\ndef f():\n    return Fields()\n\ndef g():\n    return 2.0\n")
    result = bwrap.run({"m": source}, [Call("f", "m", "f", pick=("w",)), Call("g", "m", "g", pick=(0,))])
    assert result.outcomes["f"].value == 1.5
    assert result.outcomes["g"].error.startswith("g() returns one float where its docstring asks for a tuple")
