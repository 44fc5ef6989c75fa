"""data.split_indices: cuts the test piece off the front of the permutation (test, then train, then val).

Habit: scikit-learn's ShuffleSplit._iter_indices takes ind_test = permutation[:n_test] first.
"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    n_train = int(round(fractions[0] * n))
    n_val = int(round(fractions[1] * n))
    n_test = n - n_train - n_val
    permutation = rng.permutation(n)
    ind_test = permutation[:n_test]
    ind_train = permutation[n_test:n_test + n_train]
    ind_val = permutation[n_test + n_train:]
    return ind_train, ind_val, ind_test
