"""Numpy scalars judged by what the docstrings promise (issue 9: float64 in, float64 out).

The sandbox sends numpy scalars with their dtype, so the checks see what the
student returned: a numpy.float64 is a float (its subclass) wherever a float
is promised; a float32 scalar from float64 inputs fails like a float32 array
("float32 result: ..."); a numpy integer passes for an int except where the
docstring promises plain Python ints (counting); a numpy.bool_ is a bool.
"""

import numpy as np
import pytest

from mlptutor.grader.checks.validate import int_problem, layout_problem, result_problem, scalar_problem, value_problem
from mlptutor.grader.relations.stated import stated
from mlptutor.grader.sandbox import Foreign, Outcome


def test_a_float64_number_is_a_float_in_every_form():
    for value in (0.25, np.float64(0.25), np.array(0.25)):
        assert scalar_problem(value) is None
        assert value_problem({"loss": [value]}, {"loss": [0.5]}) is None


@pytest.mark.parametrize("value", [np.float32(0.25), np.float16(0.25), np.array(0.25, dtype=np.float32)],
                         ids=["float32", "float16", "0-d float32 array"])
def test_a_lower_precision_float_fails_where_float64_is_due_and_says_so(value):
    problem = scalar_problem(value, "loss")
    assert problem is not None and f"loss has dtype {value.dtype}, expected float64" in problem
    assert stated(problem).id == "relation:cast"
    if type(value) is not np.ndarray:
        assert problem.startswith(f"{value.dtype} result: ")
    assert layout_problem(value, 0.5) is None  # a float32 input's result: any float passes


@pytest.mark.parametrize("value", [1, np.int64(1), True, np.bool_(True), "0.25", None], ids=repr)
def test_what_is_no_float_fails_as_a_type(value):
    problem = scalar_problem(value)
    assert problem is not None and stated(problem).id == "relation:type"


def test_a_0d_array_of_objects_where_a_float_is_due_says_its_dtype():
    # np.array(0.5) passes for a float, so "has type ndarray, expected float" misled
    problem = scalar_problem(Foreign("ndarray", "O"), "loss")
    assert problem.startswith("loss has dtype object, expected float64: its entries are Python objects")
    assert stated(problem).id == "relation:cast"
    assert scalar_problem(Foreign("ndarray"), "loss") == "loss has type ndarray, expected float"


@pytest.mark.parametrize("value", [10 ** 400, -(10 ** 400), [{"total": 10 ** 309}]], ids=["huge", "-huge", "nested"])
def test_an_int_beyond_float64_is_judged_wrong_not_an_internal_error(value):
    # the tolerance's float arithmetic raised OverflowError: the row read "could not be judged (OverflowError)"
    like = [{"total": 26}] if type(value) is list else 26
    problem = result_problem(Outcome("ok", value), like, 0.0, 0.0, plain_ints=True)
    assert problem is not None and "beyond float64's range (1.8e308): far off any plausible value" in problem
    assert int_problem(2 ** 1000) is None  # below float64's largest: judged by the tolerance as any int


def test_numpy_integers_pass_for_an_int_unless_plain_python_ints_are_promised():
    for value in (3, np.int64(3), np.int32(3), np.uint8(3)):
        assert int_problem(value) is None and value_problem((value, 1), (3, 1)) is None
    problem = value_problem([{"total": np.int64(26)}], [{"total": 26}], plain_ints=True)
    assert problem == ("result[0]['total'] has type int64, expected a plain Python int: the docstring promises "
                       "Python ints, not numpy integers (convert with int(...))")
    assert stated(problem).id == "relation:type"
    assert value_problem([{"total": 26}], [{"total": 26}], plain_ints=True) is None
    for value in (3.0, np.float64(3.0), True, np.bool_(True)):
        assert int_problem(value) == f"result has type {type(value).__name__}, expected int"


def test_an_array_where_a_sequence_is_due_is_told_that_a_list_or_tuple_is():
    """The reference's list of per-epoch counts crosses as a tuple; a list passes as well, so the message says both."""
    problem = value_problem({"mistakes": np.array([2, 0])}, {"mistakes": (2, 0)})
    assert problem == "result['mistakes'] is a ndarray, expected a list or tuple of 2", problem
    assert value_problem({"mistakes": [2, 0]}, {"mistakes": (2, 0)}) is None
    assert value_problem([np.array([3, 4])], [(3, 4)], plain_ints=True) == "result[0] is a ndarray, expected a tuple of 2"


def test_a_numpy_bool_is_a_bool():
    assert value_problem({"converged": np.bool_(True)}, {"converged": True}) is None
    assert value_problem({"converged": True}, {"converged": np.bool_(True)}) is None
    assert value_problem({"converged": np.bool_(False)}, {"converged": True}) is not None
    assert value_problem({"converged": 1}, {"converged": True}) is not None


# wrong functions (appended to the correct solution) and the line their row must say
WRONG = {
    "losses": ("mse", "def mse(Y_hat, Y):\n    return np.float32(0.5 * np.sum((Y_hat - Y) ** 2) / Y.shape[0])\n",
               "float32 result: result has dtype float32, expected float64"),
    "counting": ("count_parameters",
                 "def count_parameters(widths):\n    import numpy as np\n"
                 "    return np.sum([row['total'] for row in parameter_breakdown(widths)])\n",
                 "result has type int64, expected a plain Python int"),
    "gradcheck": ("relative_error",
                  "def relative_error(a, b, floor=1e-8):\n"
                  "    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)\n"
                  "    return np.float32(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))\n",
                  "float32 result: result has dtype float32, expected float64"),
}

# right functions returning numpy scalars where the docstring allows them
RIGHT = {
    # a numpy.float64 (on the hygiene check's float32 input a numpy.float32, which passes there)
    "losses": ("mse", "def mse(Y_hat, Y):\n    return np.sum((Y_hat - Y) ** 2) / (2 * Y.shape[0])\n"),
    "experiments": ("derivative_product", "def derivative_product(z_per_layer, activation='sigmoid'):\n"
                    "    return np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation))\n"),
    "early_stopping": ("early_stopping", "_early_stopping = early_stopping\n\n"
                       "def early_stopping(val_losses, patience, min_delta=0.0):\n"
                       "    return tuple(np.int64(e) for e in _early_stopping(val_losses, patience, min_delta))\n"),
}


# a do-nothing body returning a numpy scalar: no points anywhere, as for a Python number
NOTHING = ("regularization", "l2_penalty", "def l2_penalty(params, lam):\n    return np.float64(0.5)\n")


@pytest.fixture(scope="module")
def graded(grader, solution):
    """(kind, exercise) -> the rows of the function changed there, from two submissions (losses has a wrong and a
    right mse)."""
    rows = {}
    submissions = [{**{("wrong", e): w[:2] for e, w in WRONG.items()},
                    **{("right", e): r for e, r in RIGHT.items() if e != "losses"},
                    ("nothing", NOTHING[0]): NOTHING[1:]},
                   {("right", "losses"): RIGHT["losses"]}]
    for i, changes in enumerate(submissions):
        sources = {e: solution(e) + "\n\n" + code for (_, e), (_, code) in changes.items()}
        report = grader.grade(sources, student=f"scalar-types-{i}", only=list(sources))
        assert not report.problems, report.problems
        for (kind, e), (function, _) in changes.items():
            rows[kind, e] = [r for r in report.checks if r.exercise == e and r.function == function]
    return rows


@pytest.mark.parametrize("exercise", WRONG)
def test_a_numpy_scalar_the_docstring_forbids_loses_points_and_is_named(graded, exercise):
    rows, says = graded["wrong", exercise], WRONG[exercise][2]
    failing = [r for r in rows if not r.passed]
    assert failing and sum(r.points for r in rows) < sum(r.max_points for r in rows)
    value = next(r for r in failing if r.check == "value")
    assert says in value.message and value.mistake, (value.message, value.mistake)


@pytest.mark.parametrize("exercise", RIGHT)
def test_a_numpy_scalar_the_docstring_allows_keeps_full_marks(graded, exercise):
    rows = graded["right", exercise]
    assert rows and all(r.passed for r in rows), [(r.check, r.message) for r in rows if not r.passed]
    assert sum(r.points for r in rows) == sum(r.max_points for r in rows)


def test_a_do_nothing_body_returning_a_numpy_scalar_scores_zero(graded):
    rows = graded["nothing", NOTHING[0]]
    assert rows and all(r.points == 0 for r in rows)
    assert {r.message for r in rows} == {"returns the constant 0.5 for every input: no points on any check"}


def _evidence(values):
    from mlptutor.grader.checks.base import Evidence

    return [Evidence(([w],), {}, v) for w, v in enumerate(values)]


def test_a_constant_int_is_said_as_an_int_and_huge_ints_are_left_to_the_value_checks():
    """does_nothing: -5 from every call is "the constant -5" (a count), not -5.0; ints float64 would round
    (10**300 + r) are no shown constant."""
    from mlptutor.grader.checks.trivial import does_nothing

    assert does_nothing(_evidence([-5, -5, -5]), 3, lambda w: w) == "returns the constant -5 for every input"
    assert does_nothing(_evidence([0, 0]), 2, lambda w: w) == "returns zeros for every input"
    assert does_nothing(_evidence([10**300 + 1, 10**300 + 2]), 2, lambda w: w) is None


def test_a_hidden_number_off_is_said_without_a_dangling_worst():
    """One number off on a hidden input: no index to point at, and the size of the error is never said there."""
    from mlptutor.grader.checks.validate import mismatch

    assert mismatch(1.0, 2.0, 1e-8, 0.0, "result", reveal=False) == "result: 1 of 1 entries off (relative tolerance 1e-08)"
    assert "the worst at index (1,)" in mismatch(np.ones(3), np.array([1.0, 2.0, 1.0]), 1e-8, 0.0, "result", reveal=False)
