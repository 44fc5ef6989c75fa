"""data.split_indices: right: rng.shuffle of np.arange(n) (tf.random.shuffle habit) draws the same order as rng.permutation(n), then the cuts by round."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    order = np.arange(n)
    rng.shuffle(order)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:]
