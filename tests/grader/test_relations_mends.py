"""Mends of the relation finder: an empty batch (N = 0) among the calls, a sequence whose right entry is 0,
the label of a picked part, a public counterexample for a text result; a numerical derivative by another
difference quotient, a loop that skips an entry. Each with a wrong function
(explained as expected, no crash) and the right one (nothing claimed)."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.relations.examples import Candidate, shows, text
from mlptutor.grader.relations.naming import _relation_at
from mlptutor.grader.relations.texts import texts
from mlptutor.grader.specs import xor as xor_spec  # declares what hidden_logic's names stand for
from mlptutor.reference import gradcheck, losses, xor

RNG = np.random.default_rng(11)
CE_GRAD = Setting(losses.cross_entropy_with_logits_grad, "cross_entropy_with_logits_grad")
CE = Setting(losses.cross_entropy_with_logits, "cross_entropy_with_logits")


def logits(n, k=3):
    return RNG.normal(0.0, 2.0, size=(n, k)), np.eye(k)[RNG.integers(0, k, n)]


CALLS = [logits(n) for n in (2, 3, 5)]
EMPTY = (np.zeros((0, 3)), np.zeros((0, 3)))


def found(setting, wrong, calls):
    relation = find(setting, [Evidence(c, {}, wrong(*c)) for c in calls])
    return None if relation is None else (relation.kind, relation.line)


def grad_one_row_when_empty(Z, Y):
    """Right, except that an empty batch gives one row of zeros."""
    return np.zeros((1, Z.shape[1])) if len(Z) == 0 else losses.cross_entropy_with_logits_grad(Z, Y)


def test_wrong_only_on_an_empty_batch_is_said_so():
    kind, line = found(CE_GRAD, grad_one_row_when_empty, [*CALLS, EMPTY])
    assert kind == "some-rows"
    assert line.startswith("your cross_entropy_with_logits_grad is wrong on an empty batch (N = 0 rows) and right on "
                           "the other inputs")
    kind, line = found(CE_GRAD, grad_one_row_when_empty, [EMPTY])
    assert kind == "some-rows" and "wrong on an empty batch (N = 0 rows): " in line


def test_an_empty_batch_among_wrong_calls_leaves_the_others_explained():
    # a loss: on N = 0 the right value is NaN (0 / 0) and this one 0; twice the right one elsewhere. The named
    # factors of N (1/(N K), 1/N^2) and the means of the offsets once divided by 0 or averaged nothing here
    def doubled(Z, Y):
        return 0.0 if len(Z) == 0 else 2 * losses.cross_entropy_with_logits(Z, Y)
    assert found(CE, doubled, [*CALLS, EMPTY]) == (
        "factor", "your cross_entropy_with_logits is twice the right cross_entropy_with_logits: a factor 2 too many "
                  "(a 1/2 that should cancel it, or a term counted twice)")

    def shifted(Z, Y):
        return Z * 0 if len(Z) == 0 else losses.cross_entropy_with_logits_grad(Z, Y) + 0.25
    kind, line = found(CE_GRAD, shifted, [EMPTY, *CALLS])
    assert kind == "offset" and "+ 0.25 in every entry" in line


def test_the_right_function_with_an_empty_batch_states_nothing():
    assert found(CE_GRAD, losses.cross_entropy_with_logits_grad, [EMPTY, *CALLS]) is None
    assert found(CE, losses.cross_entropy_with_logits, [EMPTY, *CALLS]) is None


def scan(x):
    """A sequence: the right value of each step (some of them 0)."""
    return np.asarray(x, dtype=np.float64).copy()


def test_a_factor_per_step_is_found_where_a_right_entry_is_0():
    setting = Setting(scan, "scan")
    calls = [(np.array([0.0, 2.0, -1.0, 3.0, 0.5]),), (np.array([1.0, 0.0, 4.0, 2.0]),), (np.array([2.0, 1.0, 0.0, 1.0]),)]
    kind, line = found(setting, lambda x: x * 1.5 ** np.arange(x.size), calls)
    assert kind == "factor" and "(entry i times a c^i, c = 1.5)" in line
    assert found(setting, scan, calls) is None
    # a sequence off in another way where the right one is 0 is no growth
    assert (found(setting, lambda x: x * 1.5 ** np.arange(x.size) + (x == 0), calls) or ("",))[0] != "factor"


def test_a_picked_part_is_named_as_that_part():
    setting = Setting(losses.cross_entropy_with_logits, "softmax_forward", names=("A", "cache"))
    assert setting.label(()) == "softmax_forward"
    assert setting.label((0,)) == "A"
    picked = Setting(losses.cross_entropy_with_logits, "softmax_forward", pick=(1,))
    assert picked.label(()) == "result[1]"
    assert picked.label(("Z",)) == "result[1]['Z']"


def reversed_threshold(params):
    """Every hidden unit read as on where its output is below 0.5; the rest right."""
    hidden = 1 / (1 + np.exp(-(xor.XOR_INPUTS @ params["W1"] + params["b1"])))
    names = [xor.BOOLEAN_FUNCTIONS[tuple(int(v) for v in hidden[:, j] < 0.5)] for j in range(2)]
    return {**xor.hidden_logic(params), "hidden": names}


def test_a_text_result_gets_a_public_counterexample():
    setting = Setting(xor.hidden_logic, "hidden_logic")
    networks = [xor_spec.COURSE, xor_spec.SOFT, xor_spec.UNSATURATED]
    relation = texts(setting, [Evidence((params,), {}, reversed_threshold(params)) for params in networks])
    assert relation is not None and relation.kind == "set"
    at = _relation_at(relation)
    public = Candidate(Case((xor_spec.COURSE,), {}), xor.hidden_logic(xor_spec.COURSE))
    got = reversed_threshold(xor_spec.COURSE)
    path = shows(got, public, at)
    assert path == relation.path
    line = text(public, got, path, setting.parameters, setting.label(path))
    label = setting.label(path)
    assert line.startswith("for example, on the public input params = {'W1': ")
    assert f"expected {label} = {xor.hidden_logic(xor_spec.COURSE)['hidden'][path[1]]!r}, got {got['hidden'][path[1]]!r}" \
        in line
    # the right texts show nothing; a student's text is quoted (escaped), and shortened
    assert shows(xor.hidden_logic(xor_spec.COURSE), public, at) is None
    hostile = {**got, "hidden": ["<b>\n" + "x" * 80, got["hidden"][1]]}
    line = text(public, hostile, (("hidden", 0)), setting.parameters, "hidden[0]")
    assert "got '<b>\\nxxxx" in line and "...'" in line and "\n" not in line and "x" * 60 not in line


# ---- a numerical derivative by another quotient; an entry the loop skips ----

def sin_sum(x):
    return float(np.sum(np.sin(x)))


def quotient(points, scale):
    """numerical_gradient with the two points (a, b) and the divisor's scale(h) of one's choosing."""
    def numerical_gradient(f, x, h=1e-5):
        x = np.array(x, dtype=np.float64)
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            original = x[i]
            x[i] = original + points[0] * h
            upper = f(x)
            x[i] = original + points[1] * h
            lower = f(x)
            x[i] = original
            grad[i] = (upper - lower) * scale(h)
        return grad
    return numerical_gradient


GRADIENT = Setting(gradcheck.numerical_gradient, "numerical_gradient")
POINTS = [(sin_sum, np.array([0.0, 1.0, 2.0]), 1e-5), (sin_sum, RNG.normal(size=(2, 3)), 1e-4),
          (sin_sum, RNG.normal(size=4), 1e-5)]


@pytest.mark.parametrize("points, scale, said", [
    ((0, -1), lambda h: 1 / (2 * h), "is (f(x) - f(x - h e_i)) / (2h) at every entry i where it is off"),
    ((1, -1), lambda h: 2 * h, "is (f(x + h e_i) - f(x - h e_i)) * 2h at every entry i"),
    ((1, 0), lambda h: 1 / h, "is (f(x + h e_i) - f(x)) / h at every entry i"),
])
def test_another_difference_quotient_is_said(points, scale, said):
    kind, line = found(GRADIENT, quotient(points, scale), POINTS)
    assert kind == "quotient" and said in line
    assert "where the central difference (f(x + h e_i) - f(x - h e_i)) / (2h) is due" in line
    assert found(GRADIENT, quotient((1, -1), lambda h: 1 / (2 * h)), POINTS) is None


def test_a_step_of_numpys_kinds_is_a_step():
    """h as a 0-d array (or a numpy float) is the step as a float h is (acc22: a 0-d h named no quotient)."""
    for kind in (np.float64, np.asarray):
        calls = [(f, x, kind(h)) for f, x, h in POINTS]
        kind_found, line = found(GRADIENT, quotient((1, 0), lambda h: 1 / h), calls)
        assert kind_found == "quotient" and "is (f(x + h e_i) - f(x)) / h at every entry i" in line


def test_a_point_placed_at_h_instead_of_moved_by_it_is_said():
    """x[i] = h written for x[i] += h (acc17: the mutants gradient_check#21 and numerical_gradient's alike were
    unexplained)."""
    def placed(f, x, h=1e-5):
        x = np.array(x, dtype=np.float64)
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            original = x[i]
            x[i] = h
            upper = f(x)
            x[i] = original - h
            lower = f(x)
            x[i] = original
            grad[i] = (upper - lower) / (2 * h)
        return grad
    kind, line = found(GRADIENT, placed, POINTS)
    assert kind == "quotient" and "is (f(x with x_i = h) - f(x - h e_i)) / (2h) at every entry i where it is off" in line


def test_a_default_step_of_1_is_the_central_difference_with_the_step_1():
    def step_one(f, x, h=1.0):  # right where h is passed
        return gradcheck.numerical_gradient(f, x, h)
    kind, line = found(GRADIENT, step_one, [(f, x) for f, x, _ in POINTS[:2]] + [POINTS[2]])
    assert kind == "quotient" and "the central difference with the step 1, (f(x + e_i) - f(x - e_i)) / 2," in line


def test_a_loop_one_entry_short_leaves_the_last_entry_0():
    def short(f, x, h=1e-5):
        grad = gradcheck.numerical_gradient(f, x, h)
        grad.reshape(-1)[-1] = 0.0
        return grad
    kind, line = found(GRADIENT, short, POINTS)
    assert kind == "skipped" and line.startswith("your numerical_gradient is right in every entry but the last, which is "
                                                 "0 on every input: the loop over the entries stops one entry short")
    # the first entry left at 0 is a loop that starts one late

    def late(f, x, h=1e-5):
        grad = gradcheck.numerical_gradient(f, x, h)
        grad.reshape(-1)[0] = 0.0
        return grad
    assert "but the first, which is 0 on every input: the loop over the entries starts one entry late" in \
        found(GRADIENT, late, POINTS)[1]


def net(params):
    return float(np.sum(np.tanh(params["W"]) ** 2) + np.sum(params["b"] ** 3))


def test_a_check_built_on_another_quotient_is_said():
    """gradient_check's errors as those of a numerical gradient that is one-sided: said of the helper it is
    built on (the reference rerun with its numerical_gradient taken that way)."""
    siblings = tuple((name, getattr(gradcheck, name)) for name in ("numerical_gradient", "numerical_gradients",
                                                                   "relative_error", "gradient_check"))
    setting = Setting(gradcheck.gradient_check, "gradient_check", siblings=siblings)
    one_sided = quotient((1, 0), lambda h: 1 / (2 * h))

    def check_one_sided(f, params, grads, h=1e-5):
        return {name: gradcheck.relative_error(grads[name], one_sided(lambda v, name=name: f({**params, name: v}),
                                                                      params[name], h)) for name in params}
    calls = []
    for _ in range(3):
        params = {"W": RNG.normal(size=(2, 2)), "b": RNG.normal(size=2)}
        grads = {"W": 2 * np.tanh(params["W"]) / np.cosh(params["W"]) ** 2, "b": 3 * params["b"] ** 2}
        calls.append((net, params, grads))
    kind, line = found(setting, check_one_sided, calls)
    assert kind == "quotient" and line.startswith(
        "your W is the right one computed with numerical_gradient(f, x, h) taken as (f(x + h e_i) - f(x)) / (2h)")
    assert found(setting, gradcheck.gradient_check, calls) is None


def scaled_by(kind, x, h=0.5):
    """A callable argument that is no function of x into a number (a class)."""
    return np.asarray(x, dtype=np.float64) * h


def test_a_callable_that_is_no_function_of_x_differences_nothing():
    setting = Setting(scaled_by, "scaled_by")
    calls = [(dict, np.array([1.0, 2.0, 3.0])), (list, np.array([[1.0, -2.0], [0.5, 4.0]]))]
    assert found(setting, lambda kind, x, h=0.5: np.asarray(x) * h + np.sin(x), calls) is None
