import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given, settings, strategies as st

from mlptutor.reference.gradcheck import numerical_gradient, relative_error
from mlptutor.reference.softmax import log_softmax, softmax, softmax_backward, softmax_cross_entropy_grad, softmax_jacobian


def test_worked_example_of_the_notes():
    np.testing.assert_allclose(softmax(np.array([2.0, 1.0, 0.1])), [0.659, 0.242, 0.099], atol=5e-4)


def test_rows_are_distributions_and_shift_invariant():
    Z = np.random.default_rng(0).standard_normal((4, 5))
    S = softmax(Z)
    np.testing.assert_allclose(S.sum(axis=1), 1.0)
    np.testing.assert_allclose(softmax(Z + 100.0), S)
    np.testing.assert_allclose(log_softmax(Z), np.log(S))


def test_huge_logits_stay_finite():
    Z = np.array([[1e4, 0.0, -1e4], [-1e4, -1e4, -1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        S, logS = softmax(Z), log_softmax(Z)
    np.testing.assert_allclose(S, [[1, 0, 0], [1 / 3, 1 / 3, 1 / 3]])
    assert np.all(np.isfinite(logS)) and logS[0, 2] == -2e4


def test_jacobian_entries_match_sympy():
    z = sp.symbols("z0:3", real=True)
    denominator = sum(sp.exp(v) for v in z)
    point = {z[0]: 0.3, z[1]: -1.2, z[2]: 2.0}
    expected = [[float(sp.diff(sp.exp(z[i]) / denominator, z[j]).subs(point)) for j in range(3)] for i in range(3)]
    np.testing.assert_allclose(softmax_jacobian(np.array([0.3, -1.2, 2.0])), expected, rtol=1e-12)


def test_jacobian_columns_match_central_differences():
    z = np.array([0.5, -1.0, 2.0, 0.1])
    J = softmax_jacobian(z)
    for i in range(4):
        assert relative_error(J[i], numerical_gradient(lambda v: softmax(v)[i], z)) < 1e-7


def test_batched_jacobian_stacks_the_single_ones_and_rows_sum_to_zero():
    Z = np.random.default_rng(1).standard_normal((3, 4))
    J = softmax_jacobian(Z)
    assert J.shape == (3, 4, 4)
    for n in range(3):
        np.testing.assert_allclose(J[n], softmax_jacobian(Z[n]))
    np.testing.assert_allclose(J.sum(axis=2), 0.0, atol=1e-15)  # probabilities keep summing to 1


def test_backward_is_the_jacobian_transpose_product():
    rng = np.random.default_rng(2)
    Z, dS = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    np.testing.assert_allclose(softmax_backward(dS, Z), np.einsum("nij,ni->nj", softmax_jacobian(Z), dS))


def test_cross_entropy_gradient_matches_central_differences():
    rng = np.random.default_rng(3)
    Z, Y = rng.standard_normal((5, 3)), np.eye(3)[rng.integers(0, 3, 5)]
    loss = lambda z: -np.sum(Y * log_softmax(z)) / 5  # noqa: E731
    grad = softmax_cross_entropy_grad(Z, Y)
    assert relative_error(grad, numerical_gradient(loss, Z)) < 1e-7
    np.testing.assert_allclose(grad, (softmax(Z) - Y) / 5)


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 5), k=st.integers(1, 6))
@example(n=1, k=1)
def test_shapes_for_any_batch_and_class_count(n, k):
    Z = np.arange(n * k, dtype=float).reshape(n, k)
    assert softmax(Z).shape == log_softmax(Z).shape == softmax_cross_entropy_grad(Z, np.zeros((n, k))).shape == (n, k)
    assert softmax_jacobian(Z).shape == (n, k, k)


def test_cross_entropy_gradient_rejects_a_single_unbatched_row():
    with pytest.raises(ValueError, match=r"must both be \(N, K\); for one example pass logits\[None, :\]"):
        softmax_cross_entropy_grad(np.array([2.0, 1.0, 0.1]), np.array([1.0, 0.0, 0.0]))
