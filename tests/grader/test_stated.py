"""Rows whose message states its problem by itself are named by it (grader/relations/stated.py)."""

import pytest

from mlptutor.grader.relations.stated import stated


@pytest.mark.parametrize("message, kind, words", [
    ("0/4 inputs right; on a fixed input: raised an error: ZeroDivisionError: division by zero (init.py line 48)",
     "error", "ZeroDivisionError raised at init.py line 48"),
    ("4/5 sizes right; for inputs of shapes (3,), (3,): raised an error: AssertionError (losses.py line 50)",
     "error", "AssertionError raised at losses.py line 50"),  # a bare assert has no message
    ("on large inputs: raised an error: OverflowError: math range error (graph.py line 81)", "error",
     "OverflowError (math range error) raised at graph.py line 81"),
    # acc24: numpy's casting error names the in-place update, not a line to debug
    ("on a fixed input: raised an error: UFuncTypeError: Cannot cast ufunc 'subtract' output from dtype('float64') to "
     "dtype('int64') with casting rule 'same_kind' (optim.py line 12)", "error",
     "a float64 result written into an array of dtype int64"),
    ("argument 1 (grads) was modified in place: work on a copy (e.g. Z = Z - m, not Z -= m)",
     "mutates-argument", "changing argument 1 (grads) in place"),
    ("on large inputs: RuntimeWarning: overflow encountered in exp (mlp.py line 39): the docstring promises",
     "warning", "(overflow encountered in exp) at mlp.py line 39"),
    ("0/3 inputs right; on a hidden input: result['W1'] has dtype float32, expected float64: float64 inputs",
     "cast", "dtype float32"),
    ("on a fixed input: result lacks the keys ['W2', 'b2'] (and 2 more failing)", "keys", "['W2', 'b2']"),
    ("0/2 inputs right; on a hidden input: raised an error: cannot pick (1.0,) from the result: KeyError: 1.0",
     "keys", "the part (1.0,)"),
    ("a 3-layer network, then a 1-layer one: call 2 returned the keys ['W2', 'W3'] besides its own, which belong to "
     "an earlier call's result: a dict kept between calls", "kept-keys", "call 2 still held ['W2', 'W3']"),
    ("the chain, then the two-path graph: the result holds the keys ['a', 'b'] and 21 more, which its own arguments "
     "do not give (a dict kept between calls", "extra-keys", "['a', 'b'] and 21 more"),
    ("the course's example, given twice: the same arguments gave (5, 2) on the first call and (0, 2) on the second: "
     "something is kept between calls (a module-level variable", "kept-state", "gave (5, 2), then (0, 2)"),
    ("call 2 returned the same list object as call 1 (its result[1]): the first caller's result is the object the "
     "later call filled, so it changed under that caller; return a new list on every call, on 5 of 6 calls (such a "
     "call earns 50% of its points); right shapes for 6 sizes", "returned-again", "one list object"),
    ("on a fixed input: result has shape (3,), expected (3, 1): a flat (n,) vector", "shape", "another shape"),
    ("on a fixed input: result has 3 items, expected 2", "shape", "another shape"),
    # acc24: a per-epoch list whose common part is right (grader/checks/validate.py _run_length)
    ("on a hidden input: result['train_loss'] has 2 items, expected 3: the first 2 are right, then it ends", "shape",
     "ends early"),
    ("on a fixed input: result['mistakes'] has 7 items, expected 6: the first 6 are right, then 1 more follows",
     "shape", "goes on past its end"),
    ("on a fixed input: result has type list, expected numpy.ndarray", "type", "type list"),
    ("caches of a 3-layer network: result[0]['activation'] is a function, expected a str", "type", "type function"),
    ("n = 23, batch_size = 5: return a list of numpy index arrays, one per mini-batch: result is an int, expected a "
     "list", "type", "type int"),  # mende25: the article follows the type (validate.an)
    # fix23: a forward returning Z alone, a function that prints (grader/sandbox/child.py not_a_tuple, validate.py)
    ("on a fixed input: dense_forward() returns one array where its docstring asks for a pair (Z, cache): return Z, "
     "cache", "type", "one array where the docstring asks for a pair (Z, cache)"),
    ("on a hidden input: result is None, expected a list or tuple of 3: a function without `return` gives None "
     "(printing a value is not returning it)", "type", "a result that is None"),
    ("two runs with the same seed differ: draw every random number (weights, shuffles) from one "
     "np.random.default_rng(seed), nothing from global state", "not-reproducible", "seed does not reproduce"),
    ("runs with seeds s and s + 1 are identical: the seed must drive the weights and the shuffles", "seed-ignored",
     "seed does not change"),
    ("seed 1, no restart: the loss is still 0.845 after all 2000 steps: the run never falls below tol 0.05 (the "
     "reference gets there after 127 steps); check the gradient steps", "no-convergence", "never falls below tol"),
])
def test_a_stated_problem_is_named(message, kind, words):
    mistake = stated(message)
    assert mistake.id == f"relation:{kind}" and words in mistake.title, mistake


@pytest.mark.parametrize("message", [
    "0/4 inputs right; on a fixed input: result: 4 of 5 entries off, largest error 0.905",  # values: the finder's
    "on a hidden input: raised an error: ValueError: bad",  # no line of the student's file: not where
    "took too long (time limit reached)",
    "on a hidden input: result contains NaN or inf",
])
def test_values_and_errors_without_a_place_are_not_stated(message):
    assert stated(message) is None


def test_the_first_problem_of_the_message_names_the_row():
    message = ("argument 1 (Z) was modified in place: work on a copy; on large inputs: RuntimeWarning: "
               "overflow encountered in exp (softmax.py line 3): the docstring promises")
    assert stated(message).id == "relation:mutates-argument"


def test_an_overflow_hint_mends_tanh_too():
    # micrograd's first lecture writes tanh as (e^{2x} - 1) / (e^{2x} + 1): the hint must not speak of sigmoids alone
    hint = stated("on large inputs: raised an error: OverflowError: math range error (graph.py line 71)").hint
    assert "sigmoid" in hint and "math.tanh" in hint


def test_missing_keys_say_which_keys_came_instead():
    # a PyTorch user's grads keyed like a state_dict: the row says the keys it got, so a renaming reads as one
    import numpy as np

    from mlptutor.grader.checks.validate import structure_problem
    like = {"W1": np.zeros((2, 3)), "b1": np.zeros(3)}
    got = {"fc1.weight": np.zeros((3, 2)), "fc1.bias": np.zeros(3)}
    message = structure_problem(got, like, lambda v, l, what: None, "result")
    assert message == "result lacks the keys ['W1', 'b1'] and holds 'fc1.bias', 'fc1.weight' instead", message
    assert stated(f"on a fixed input: {message}").id == "relation:keys"
    assert structure_problem({"W1": like["W1"]}, like, lambda v, l, what: None, "result") == "result lacks the keys ['b1']"
    # a student's key of 20,000 characters made an 80 KB row: each is shown cut
    long = structure_problem({"x" * 20000: 1.0}, like, lambda v, l, what: None, "result")
    assert len(long) < 120 and long.endswith(" instead"), long


@pytest.mark.parametrize("got, words", [
    ({"loss": [0.5, 0.25]}, "result['loss'] has 2 items, expected 3: the first 2 are right, then it ends"),
    ({"loss": [0.5, 0.25, 0.125, 0.1, 0.1]}, "has 5 items, expected 3: the first 3 are right, then 2 more follow"),
    ({"loss": [0.5, 0.3]}, "result['loss'] has 2 items, expected 3"),  # its common part is off: the length alone
])
def test_a_list_of_another_length_says_whether_its_common_part_is_right(got, words):
    """A per-epoch curve that stops early or late is told so, not as a shape to check on every axis (acc24)."""
    from mlptutor.grader.checks.validate import result_problem
    from mlptutor.grader.sandbox import Outcome

    problem = result_problem(Outcome("ok", got), {"loss": [0.5, 0.25, 0.125]}, 1e-8, 1e-12)
    assert problem.endswith(words), problem
    assert stated(problem).id == "relation:shape"
