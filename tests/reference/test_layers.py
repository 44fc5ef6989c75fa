import numpy as np
import pytest
from hypothesis import example, given, settings, strategies as st

from mlptutor.reference.activations import relu
from mlptutor.reference.gradcheck import numerical_gradient, relative_error
from mlptutor.reference.layers import dense_backward, dense_forward


def test_worked_forward_example_of_the_notes():
    # the notes write W with one row per output unit; batch-first W is its transpose
    W_notes = np.array([[0.1, 0.3], [-0.2, 0.4]])
    Z, _ = dense_forward(np.array([[1.0, 2.0]]), W_notes.T, np.array([0.0, 0.1]))
    np.testing.assert_allclose(Z, [[0.7, 0.7]])
    np.testing.assert_allclose(relu(Z), [[0.7, 0.7]])


def test_backward_matches_central_differences():
    rng = np.random.default_rng(0)
    A, W, b = rng.standard_normal((4, 3)), rng.standard_normal((3, 2)), rng.standard_normal(2)
    dZ = rng.standard_normal((4, 2))
    _, cache = dense_forward(A, W, b)
    dA, dW, db = dense_backward(dZ, cache)

    def weighted(a, w, bias):  # L = sum(dZ * Z), so dL/dZ = dZ
        return np.sum(dZ * dense_forward(a, w, bias)[0])

    assert relative_error(dA, numerical_gradient(lambda a: weighted(a, W, b), A)) < 1e-7
    assert relative_error(dW, numerical_gradient(lambda w: weighted(A, w, b), W)) < 1e-7
    assert relative_error(db, numerical_gradient(lambda bias: weighted(A, W, bias), b)) < 1e-7


def test_cache_is_the_inputs_as_float64():
    A, W, b = np.ones((2, 3), dtype=int), np.ones((3, 1)), np.zeros(1)
    Z, cache = dense_forward(A, W, b)
    assert Z.dtype == np.float64 and cache[0].dtype == np.float64
    np.testing.assert_array_equal(cache[1], W)
    np.testing.assert_array_equal(cache[2], b)


@pytest.mark.parametrize(
    "A_shape, W_shape, b_shape, message",
    [
        ((2, 3), (4, 5), (5,), "A has 3 features per row but W has 4 rows"),
        ((2, 3), (3, 5), (3,), r"b has shape \(3,\) but W has 5 outputs"),
        ((3,), (3, 5), (5,), "must both be 2-D"),
    ],
)
def test_shape_mistakes_are_named(A_shape, W_shape, b_shape, message):
    with pytest.raises(ValueError, match=message):
        dense_forward(np.ones(A_shape), np.ones(W_shape), np.ones(b_shape))


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 6), n_in=st.integers(1, 5), n_out=st.integers(1, 5))
@example(n=1, n_in=1, n_out=1)
def test_shapes_for_any_batch_and_widths(n, n_in, n_out):
    Z, cache = dense_forward(np.ones((n, n_in)), np.ones((n_in, n_out)), np.ones(n_out))
    dA, dW, db = dense_backward(np.ones_like(Z), cache)
    assert Z.shape == (n, n_out)
    assert (dA.shape, dW.shape, db.shape) == ((n, n_in), (n_in, n_out), (n_out,))
    np.testing.assert_allclose(db, n)  # the bias gradient sums over the batch
