"""grader/specs/backprop.py: full marks for the correct solution (with the student's own mlp.py), mistakes named."""

import pytest
from spec_cases import (Edit, assert_catalogue_covered, assert_full_marks, assert_named, assert_stub_not_implemented,
                        grade_edits, source)

MLP = {"mlp": source("tests/solutions", "mlp")}


def backward(delta="dA * _derivative(cache[\"Z\"], cache[\"activation\"])", dW="cache[\"A_prev\"].T @ delta",
             db="delta.sum(axis=0)"):
    """The solution's mlp_backward with one of its three lines replaced."""
    return f"""
        def mlp_backward(dout, caches):
            grads, dA = {{}}, dout
            for l in range(len(caches), 0, -1):
                cache = caches[l - 1]
                delta = {delta}
                grads[f"W{{l}}"] = {dW}
                grads[f"b{{l}}"] = {db}
                dA = delta @ cache["W"].T
            return grads
    """


EDITS = [
    Edit("backprop-grad-at-activation", ("mlp_backward",), backward(
        delta='dA * _derivative(_activate(cache["Z"], cache["activation"]), cache["activation"])') + """
        def _activate(z, name):
            return {"identity": z, "sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "relu": np.maximum(z, 0)}[name]
    """),
    Edit("backprop-no-activation-derivative", ("mlp_backward",), backward(delta="dA")),
    Edit("backprop-db-not-summed", ("mlp_backward",), backward(db="delta")),
    Edit("backprop-dW-transposed", ("mlp_backward",), backward(dW='delta.T @ cache["A_prev"]')),
    Edit("backprop-extra-1/N", ("mlp_backward",), backward(dW='cache["A_prev"].T @ delta / len(dout)',
                                                          db="delta.sum(axis=0) / len(dout)")),
]


@pytest.fixture(scope="module")
def named(grader):
    return grade_edits(grader, "backprop", EDITS, others=MLP)


def test_correct_solution_scores_full_marks(grader):
    assert_full_marks(grader, "backprop", others=MLP)


def test_untouched_stub_is_not_implemented(grader):
    assert_stub_not_implemented(grader, "backprop")


@pytest.mark.parametrize("mistake", [e.id for e in EDITS])
def test_mistake_is_named(named, mistake):
    assert_named(named[mistake], mistake)


def test_every_mistake_has_an_edit():
    assert_catalogue_covered("backprop", EDITS)


def test_gradient_checks_fail_on_a_wrong_derivative(named):
    rows = {r.check: r for r in named["backprop-no-activation-derivative"]}
    assert rows["gradient"].points < rows["gradient"].max_points
    assert "central differences" in rows["gradient"].message


def test_without_the_students_mlp_only_the_reference_half_counts(grader):
    report = grader.grade({"backprop": source("tests/solutions", "backprop")}, student="no-mlp")
    gradient = next(r for r in report.checks if r.check == "gradient")
    assert gradient.points == gradient.max_points / 2 and "mlp_forward" in gradient.message
