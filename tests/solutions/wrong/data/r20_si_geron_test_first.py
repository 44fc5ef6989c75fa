"""data.split_indices: Geron's shuffle_and_split_data order, the test piece cut first from the permutation (then validation, train last)"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    shuffled_indices = rng.permutation(n)
    test_set_size = n - round(fractions[0] * n) - round(fractions[1] * n)
    val_set_size = round(fractions[1] * n)
    test_indices = shuffled_indices[:test_set_size]
    val_indices = shuffled_indices[test_set_size:test_set_size + val_set_size]
    train_indices = shuffled_indices[test_set_size + val_set_size:]
    return train_indices, val_indices, test_indices
