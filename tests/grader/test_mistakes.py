"""Every catalogued mistake of the activations, layers and softmax specs is named from a submission making it."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Mistake, diagnose, reproduces
from mlptutor.grader.specs import catalogue, load_specs

MISTAKES = [
    ("softmax", "softmax-no-max-shift", """
        def softmax(Z):
            E = np.exp(Z)
            return E / E.sum(axis=-1, keepdims=True)
     """),
    ("softmax", "softmax-wrong-axis", """
        def softmax(Z):
            Z = np.asarray(Z, dtype=float)
            if Z.ndim == 1:
                Z = Z[None]
                E = np.exp(Z - Z.max(axis=0, keepdims=True))
                return (E / E.sum(axis=0, keepdims=True))[0]
            E = np.exp(Z - Z.max(axis=0, keepdims=True))
            return E / E.sum(axis=0, keepdims=True)
     """),
    ("softmax", "softmax-global-sum", """
        def softmax(Z):
            E = np.exp(Z - np.max(Z))
            return E / E.sum()
     """),
    ("softmax", "log-softmax-as-log-of-softmax", """
        def log_softmax(Z):
            return np.log(softmax(Z))
     """),
    ("softmax", "log-softmax-no-max-shift", """
        def log_softmax(Z):
            return Z - np.log(np.sum(np.exp(Z), axis=-1, keepdims=True))
     """),
    ("softmax", "softmax-jacobian-diagonal-only", """
        def softmax_jacobian(Z):
            s = softmax(Z)
            return s[..., :, None] * (1 - s)[..., :, None] * np.eye(s.shape[-1])
     """),
    ("softmax", "softmax-jacobian-sign", """
        def softmax_jacobian(Z):
            s = softmax(Z)
            return s[..., :, None] * s[..., None, :] - s[..., :, None] * np.eye(s.shape[-1])
     """),
    ("softmax", "softmax-ce-grad-no-1/N", """
        def softmax_cross_entropy_grad(logits, Y):
            return softmax(logits) - Y
     """),
    ("softmax", "softmax-ce-grad-sign", """
        def softmax_cross_entropy_grad(logits, Y):
            return (Y - softmax(logits)) / len(logits)
     """),
    ("activations", "sigmoid-grad-z-not-s", """
        def sigmoid_grad(z):
            return z * (1 - z)
     """),
    ("activations", "sigmoid-grad-at-activation", """
        def sigmoid_grad(z):
            a = sigmoid(z)
            return sigmoid(a) * (1 - sigmoid(a))
     """),
    ("activations", "tanh-grad-no-square", """
        def tanh_grad(z):
            return 1 - np.tanh(z)
     """),
    ("activations", "tanh-grad-at-activation", """
        def tanh_grad(z):
            return 1 - np.tanh(np.tanh(z)) ** 2
     """),
    ("activations", "leaky-relu-grad-no-alpha", """
        def leaky_relu_grad(z, alpha=0.01):
            return (z > 0) * 1.0
     """),
    ("layers", "dense-forward-no-bias", """
        def dense_forward(A, W, b):
            return A @ W, (A, W, b)
     """),
    ("layers", "dense-db-not-summed", """
        def dense_backward(dZ, cache):
            A, W, b = cache
            return dZ @ W.T, A.T @ dZ, dZ
     """),
    ("layers", "dense-db-mean", """
        def dense_backward(dZ, cache):
            A, W, b = cache
            return dZ @ W.T, A.T @ dZ, dZ.mean(axis=0)
     """),
    ("layers", "dense-dW-transposed", """
        def dense_backward(dZ, cache):
            A, W, b = cache
            return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
     """),
    ("layers", "dense-backward-extra-1/N", """
        def dense_backward(dZ, cache):
            A, W, b = cache
            N = A.shape[0]
            return dZ @ W.T, A.T @ dZ / N, dZ.sum(axis=0) / N
     """),
]


@pytest.mark.parametrize("exercise, mistake, code", MISTAKES, ids=[m for _, m, _ in MISTAKES])
def test_mistake_is_named(grader, with_code, exercise, mistake, code):
    report = grader.grade({exercise: with_code(exercise, code)}, student="mistaken")
    named = {r.mistake for r in report.checks if not r.passed}
    assert mistake in named, [r.message for r in report.checks if not r.passed]
    row = next(r for r in report.checks if r.mistake == mistake)
    assert row.hint == catalogue()[mistake].hint


def test_every_mistake_of_these_specs_has_a_test():
    # the activations catalogue as a whole is covered by test_spec_activations.py
    specs = {name: load_specs()[name] for name in ("layers", "softmax")}
    here = {m for _, m, _ in MISTAKES}
    assert set(catalogue(specs)) == {m for e, m, _ in MISTAKES if e != "activations"}
    assert here <= set(catalogue())


def test_variant_must_reproduce_every_value():
    double = Mistake("double", "doubled", "halve it", lambda x: 2 * x)
    x = np.arange(3.0)
    assert reproduces(double, [Evidence((x,), {}, 2 * x)])
    assert not reproduces(double, [Evidence((x,), {}, 2 * x), Evidence((x + 1,), {}, x)])
    assert not reproduces(double, [])
    assert diagnose([double], [Evidence((x,), {}, 3 * x)]) is None


def test_a_crashing_variant_explains_nothing():
    broken = Mistake("broken", "t", "h", lambda x: 1 / 0)
    assert not reproduces(broken, [Evidence((1.0,), {}, 1.0)])


def test_catalogue_is_unique_and_complete():
    mistakes = catalogue()
    assert len(mistakes) >= 20
    assert all(m.id == key and m.title and m.hint and callable(m.variant) for key, m in mistakes.items())


# The naming rules: a mistake is named only when the evidence tells it apart from the right answer and
# from the other mistakes, and crashed calls are no evidence.

def _square(x):
    return np.asarray(x) ** 2


CLIPPED = Mistake("clipped", "negative inputs clipped", "keep the sign", lambda x: np.maximum(x, 0) ** 2)
DOUBLED = Mistake("doubled", "doubled", "halve it", lambda x: 2 * np.asarray(x) ** 2)
TIMES_X = Mistake("times-x", "times x", "no x", lambda x: np.asarray(x) * np.asarray(x) ** 2)


def test_inputs_where_the_mistake_agrees_with_the_reference_name_nothing():
    """On positive inputs `clipped` gives the right answer: a right answer there shows no mistake."""
    positive = np.array([1.0, 2.0, 3.0])
    right = [Evidence((positive,), {}, _square(positive))]
    assert reproduces(CLIPPED, right)  # without the reference: the old, wrong naming
    assert not reproduces(CLIPPED, right, reference=_square)
    assert diagnose([CLIPPED], right, _square) is None
    negative = np.array([-1.0, 2.0])
    told_apart = right + [Evidence((negative,), {}, np.array([0.0, 4.0]))]
    assert diagnose([CLIPPED], told_apart, _square) is CLIPPED


def test_two_mistakes_that_both_fit_name_neither():
    """At x = 2, doubling and multiplying by x agree: that evidence names neither; x = 3 tells them apart."""
    two = [Evidence((np.array([2.0]),), {}, np.array([8.0]))]
    assert reproduces(DOUBLED, two, reference=_square) and reproduces(TIMES_X, two, reference=_square)
    assert diagnose([DOUBLED, TIMES_X], two, _square) is None
    three = [Evidence((np.array([3.0]),), {}, np.array([27.0]))]
    assert diagnose([DOUBLED, TIMES_X], two, _square, more=three) is TIMES_X


def test_crashed_calls_name_no_mistake(grader, with_code):
    """A softmax that crashes on every batch of more than one row and is right on the fixed single row:
    the global-sum mistake agrees with the reference on one row, so no catalogued mistake may be named
    from it; the rows are named by the error they state (its exception and line)."""
    report = grader.grade({"softmax": with_code("softmax", """
        def softmax(Z):
            Z = np.asarray(Z, dtype=np.float64)
            if Z.ndim == 2 and Z.shape[0] > 1:
                raise ValueError("one row at a time")
            E = np.exp(Z - Z.max())
            return E / E.sum()
     """)}, student="crashing", only=["softmax"])
    rows = [r for r in report.checks if r.function == "softmax"]
    assert any(not r.passed and "raised an error" in r.message for r in rows)
    failing = [r for r in rows if not r.passed]
    assert {r.mistake for r in failing} == {"relation:error"}, [(r.check, r.mistake) for r in failing]
    assert all("raised ValueError at softmax.py line" in r.hint for r in failing)
