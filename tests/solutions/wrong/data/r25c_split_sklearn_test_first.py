"""data.split_indices: scikit-learn's train_test_split order: the test piece is cut from the front of the permutation, train from the back."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = min(round(fractions[1] * n), n - n_train)
    n_test = n - n_train - n_val
    return perm[n_test + n_val:], perm[n_test:n_test + n_val], perm[:n_test]
