"""data.train_val_test_split: draws one permutation for X and another for Y, so the pairs (x, y) no longer match.

Habit: scikit-learn's shuffle(X, random_state=rng) called once per array.
"""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    n_train = int(round(fractions[0] * n))
    n_val = int(round(fractions[1] * n))
    Xs = np.asarray(X)[rng.permutation(n)]
    Ys = np.asarray(Y)[rng.permutation(n)]
    cuts = [(0, n_train), (n_train, n_train + n_val), (n_train + n_val, n)]
    return tuple((Xs[a:b], Ys[a:b]) for a, b in cuts)
