"""data.train_val_test_split: Y cut in its original order by the part sizes while X follows the permutation"""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    parts = split_indices(len(X), rng, fractions)
    out, start = [], 0
    for p in parts:
        out.append((X[p], Y[start:start + len(p)]))
        start += len(p)
    return tuple(out)
