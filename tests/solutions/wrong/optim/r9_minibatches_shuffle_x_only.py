"""optim.minibatches: picks X's rows by the permutation but slices Y in order: labels no longer match their examples."""

def minibatches(X, Y, batch_size, rng):
    out = []
    for j, idx in enumerate(minibatch_indices(len(X), batch_size, rng)):
        out.append((X[idx], Y[j * batch_size:j * batch_size + len(idx)]))
    return out
