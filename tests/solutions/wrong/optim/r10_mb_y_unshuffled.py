"""optim.minibatches: Y sliced in the original order while X follows the permutation"""


def minibatches(X, Y, batch_size, rng):
    out, start = [], 0
    for idx in minibatch_indices(len(X), batch_size, rng):
        out.append((X[idx], Y[start:start + len(idx)]))
        start += len(idx)
    return out
