import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from mlptutor.reference.data import blobs, circles, linear, one_hot, split_indices, train_val_test_split


def test_default_split_is_60_20_20_disjoint_and_covering():
    parts = split_indices(100, np.random.default_rng(0))
    assert [len(p) for p in parts] == [60, 20, 20]
    assert sorted(np.concatenate(parts).tolist()) == list(range(100))


def test_split_is_seeded_and_shuffled():
    a = split_indices(50, np.random.default_rng(3))
    b = split_indices(50, np.random.default_rng(3))
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    assert not np.array_equal(a[0], np.arange(30))


def test_configurable_fractions_and_paired_rows():
    X, Y = np.arange(20.0)[:, None], np.arange(20.0)
    (Xtr, Ytr), (Xva, Yva), (Xte, Yte) = train_val_test_split(X, Y, np.random.default_rng(1), (0.5, 0.25, 0.25))
    assert (len(Xtr), len(Xva), len(Xte)) == (10, 5, 5)
    for Xs, Ys in ((Xtr, Ytr), (Xva, Yva), (Xte, Yte)):
        np.testing.assert_array_equal(Xs[:, 0], Ys)


@pytest.mark.parametrize("fractions", [(0.6, 0.2), (0.5, 0.5, 0.5), (1.2, -0.1, -0.1)])
def test_bad_fractions_are_one_clear_error(fractions):
    with pytest.raises(ValueError, match="fractions"):
        split_indices(10, np.random.default_rng(0), fractions)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 200), st.floats(0, 1), st.floats(0, 1), st.integers(0, 99))
def test_split_always_partitions(n, a, b, seed):
    train, val = a / 2, b / 2
    parts = split_indices(n, np.random.default_rng(seed), (train, val, 1 - train - val))
    assert sorted(np.concatenate(parts).tolist()) == list(range(n))


def test_one_hot():
    np.testing.assert_array_equal(one_hot([2, 0, 1]), [[0, 0, 1], [1, 0, 0], [0, 1, 0]])
    assert one_hot([0, 1], n_classes=4).shape == (2, 4)
    with pytest.raises(ValueError, match="labels"):
        one_hot([0, 3], n_classes=3)


def test_toy_data_shapes_and_labels():
    rng = np.random.default_rng(4)
    X, y = blobs(10, rng)
    assert X.shape == (20, 2) and y.tolist() == [0] * 10 + [1] * 10
    X, y = circles(15, rng)
    radius = np.linalg.norm(X, axis=1)
    assert X.shape == (30, 2) and radius[y == 0].max() < radius[y == 1].min()
    X, t = linear(50, rng, noise=0.0)
    np.testing.assert_allclose(t, X @ [2.0, -1.0] + 0.5)
