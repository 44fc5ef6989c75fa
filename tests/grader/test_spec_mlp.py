"""grader/specs/mlp.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Edit, assert_catalogue_covered, assert_full_marks, assert_named, assert_stub_not_implemented, grade_edits

EDITS = [
    Edit("mlp-last-activation-skipped", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l, name in enumerate(activations, start=1):
                Z = A @ params[f"W{l}"] + params[f"b{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
                A = _activate(Z, name) if l < len(activations) else Z
            return A, caches
    """),
    Edit("mlp-no-bias", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l, name in enumerate(activations, start=1):
                Z = A @ params[f"W{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
                A = _activate(Z, name)
            return A, caches
    """),
    Edit("mlp-one-activation-for-all-layers", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l in range(1, len(activations) + 1):
                Z = A @ params[f"W{l}"] + params[f"b{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z,
                               "activation": activations[0]})
                A = _activate(Z, activations[0])
            return A, caches
    """),
]


@pytest.fixture(scope="module")
def named(grader):
    return grade_edits(grader, "mlp", EDITS)


def test_correct_solution_scores_full_marks(grader):
    assert_full_marks(grader, "mlp")


def test_untouched_stub_is_not_implemented(grader):
    assert_stub_not_implemented(grader, "mlp")


@pytest.mark.parametrize("mistake", [e.id for e in EDITS])
def test_mistake_is_named(named, mistake):
    assert_named(named[mistake], mistake)


def test_every_mistake_has_an_edit():
    assert_catalogue_covered("mlp", EDITS)


def test_a_cache_holding_the_activation_is_located(grader):
    code = """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l, name in enumerate(activations, start=1):
                Z = A @ params[f"W{l}"] + params[f"b{l}"]
                A = _activate(Z, name)
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
            return A, caches
    """
    rows = grade_edits(grader, "mlp", [Edit("cache", ("mlp_forward",), code)])["cache"]
    caches = next(r for r in rows if r.check == "caches")
    assert not caches.passed and "'A_prev'" in caches.message
    assert all(r.passed for r in rows if r.check != "caches")
