"""One differencing loop (grader/relations/quotients.py `difference`) for the relation finder's difference
quotients and the gradcheck spec's mistakes, each slip a student makes in it told by its values."""

import importlib

import numpy as np
import pytest

from mlptutor.grader.specs import gradcheck as spec

quotients = importlib.import_module("mlptutor.grader.relations.quotients")  # the package exports the function
difference = quotients.difference


def weighted(x):
    """Linear, a weight per entry (1, 2, 3, ...): its central difference at entry i is 2 h w_i, wherever x is."""
    return float(np.sum(np.arange(1, np.size(x) + 1) * np.ravel(x)))


def squares(x):
    return float(np.sum(np.asarray(x, dtype=np.float64) ** 2))


def coupled(x):
    """(sum of x)^2: its central difference at every entry is 4 h (sum of x), so it shows where x was left."""
    return float(np.sum(x)) ** 2


X = np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]])


def test_each_entry_is_differenced_between_the_two_points_asked():
    h = 0.25
    assert np.allclose(difference(squares, X, h), 4 * h * X)  # (x + h)^2 - (x - h)^2
    assert np.allclose(difference(squares, X, h, 1, 0), 2 * h * X + h**2)
    assert np.allclose(difference(squares, X, h, 0, -1), 2 * h * X - h**2)
    assert difference(squares, X, h).dtype == np.float64 and np.array_equal(X[1], [3.0, 0.0, -1.0])  # x untouched


def test_the_slips_of_the_loop():
    h = 0.5
    weights = np.arange(1.0, 7.0).reshape(2, 3)
    assert np.allclose(difference(weighted, X, h, over="all"), np.full((2, 3), 2 * h * weights.sum()))
    assert np.allclose(difference(weighted, X, h, over="row"), 2 * h * weights.sum(axis=1, keepdims=True) * np.ones(3))
    # x_i left at x_i - h: entry k (in order) is differenced where the k entries before it are h lower
    assert np.allclose(difference(coupled, X, h), 4 * h * X.sum())
    assert np.allclose(difference(coupled, X, h, restore=False).ravel(), 4 * h * (X.sum() - h * np.arange(6)))
    ints = np.array([1, 2, -1])
    # x_i +- 0.4 truncated toward 0 in an int copy: 1 -> (1, 0), 2 -> (2, 1), -1 -> (0, -1)
    assert np.array_equal(difference(squares, ints, 0.4, dtype=None), [1.0, 3.0, -1.0])
    assert not np.array_equal(difference(squares, ints, 1e-3, dtype=np.float32), difference(squares, ints, 1e-3))


def test_the_gradcheck_mistakes_are_that_loop():
    h = 1e-3
    assert np.array_equal(spec.FORWARD.variant(squares, X, h), difference(squares, X, h, 1, 0) / h)
    assert np.array_equal(spec.NO_TWO.variant(squares, X, h), difference(squares, X, h) / h)
    assert np.array_equal(spec.ROWS.variant(weighted, X, h), difference(weighted, X, h, over="row") / (2 * h))
    assert np.array_equal(spec.DTYPE_KEPT.variant(squares, np.array([1, 2]), 0.4), [1 / 0.8, 3 / 0.8])


@pytest.mark.parametrize("f", [dict, list])
def test_a_callable_that_is_no_function_into_a_number_raises(f):
    with pytest.raises((TypeError, ValueError)):
        difference(f, X, 0.1)
