import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mlptutor.reference.optim import descend, iterations_per_epoch, minibatch_indices, minibatches, sgd_step, train


def test_one_step_worked_example():
    assert sgd_step({"w": 4.0}, {"w": 6.0}, 0.1)["w"] == pytest.approx(3.4)


def test_step_updates_every_array_and_leaves_inputs_alone():
    params = {"W1": np.ones((2, 2)), "b1": np.zeros(2)}
    new = sgd_step(params, {"W1": np.full((2, 2), 2.0), "b1": np.array([1.0, -1.0])}, 0.5)
    np.testing.assert_allclose(new["W1"], 0.0)
    np.testing.assert_allclose(new["b1"], [-0.5, 0.5])
    np.testing.assert_array_equal(params["W1"], 1.0)


def test_step_with_mismatched_keys_is_one_clear_error():
    with pytest.raises(ValueError, match="same keys"):
        sgd_step({"W1": 1.0}, {"W2": 1.0}, 0.1)


def test_bowl_descent_worked_example():
    np.testing.assert_allclose(descend(lambda w: w, 4.0, 0.1, 3), [4.0, 3.6, 3.24, 2.916])


@pytest.mark.parametrize("eta", [0.5, 1.0, 1.9])
def test_bowl_converges_below_eta_two(eta):
    assert abs(descend(lambda w: w, 4.0, eta, 200)[-1]) < 1e-3


@pytest.mark.parametrize("eta", [2.1, 3.0])
def test_bowl_diverges_above_eta_two(eta):
    ws = np.abs(descend(lambda w: w, 4.0, eta, 50))
    assert np.all(np.diff(ws) > 0) and ws[-1] > 100


@pytest.mark.parametrize("n, batch, iterations", [(10_000, 100, 100), (101, 10, 11), (5, 10, 1), (7, 1, 7)])
def test_iterations_per_epoch(n, batch, iterations):
    assert iterations_per_epoch(n, batch) == iterations


def test_batch_size_zero_is_rejected():
    with pytest.raises(ValueError, match="batch_size"):
        iterations_per_epoch(10, 0)


def test_epoch_covers_every_example_once_keeping_the_last_partial_batch():
    batches = minibatch_indices(23, 5, np.random.default_rng(0))
    assert [len(b) for b in batches] == [5, 5, 5, 5, 3]
    assert sorted(np.concatenate(batches).tolist()) == list(range(23))


def test_each_epoch_reshuffles_and_the_seed_reproduces():
    rng = np.random.default_rng(1)
    first, second = (np.concatenate(minibatch_indices(50, 8, rng)) for _ in range(2))
    assert not np.array_equal(first, second)
    again = np.concatenate(minibatch_indices(50, 8, np.random.default_rng(1)))
    np.testing.assert_array_equal(first, again)
    # the documented draw: one permutation per epoch
    np.testing.assert_array_equal(first, np.random.default_rng(1).permutation(50))


def test_minibatches_keep_rows_paired():
    X = np.arange(10.0)[:, None] * [1.0, 1.0]
    Y = np.arange(10.0)
    for Xb, Yb in minibatches(X, Y, 3, np.random.default_rng(2)):
        np.testing.assert_array_equal(Xb[:, 0], Yb)


def test_minibatches_reject_mismatched_lengths():
    with pytest.raises(ValueError, match="must match"):
        minibatches(np.zeros((3, 2)), np.zeros(4), 2, np.random.default_rng(0))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 60), st.integers(1, 70), st.integers(0, 2**32 - 1))
def test_minibatch_partition_property(n, batch, seed):
    batches = minibatch_indices(n, batch, np.random.default_rng(seed))
    assert len(batches) == iterations_per_epoch(n, batch)
    assert all(len(b) == batch for b in batches[:-1])
    assert sorted(np.concatenate(batches).tolist() if batches else []) == list(range(n))


def _linear_loss_and_grads(params, X, y):
    error = X @ params["w"] + params["b"] - y
    return float(np.mean(error**2)), {"w": 2 * X.T @ error / len(y), "b": 2 * np.mean(error)}


def test_train_fits_a_line_and_on_epoch_can_stop():
    rng = np.random.default_rng(3)
    X = rng.standard_normal((64, 2))
    y = X @ np.array([2.0, -1.0]) + 0.5
    params, losses = train({"w": np.zeros(2), "b": 0.0}, X, y, _linear_loss_and_grads, 0.1, 30, 8, rng)
    assert losses[-1] < 1e-6 < losses[0]
    np.testing.assert_allclose(params["w"], [2.0, -1.0], atol=1e-3)
    _, stopped = train({"w": np.zeros(2), "b": 0.0}, X, y, _linear_loss_and_grads, 0.1, 30, 8, rng,
                       on_epoch=lambda epoch, p, loss: epoch == 4)
    assert len(stopped) == 5
