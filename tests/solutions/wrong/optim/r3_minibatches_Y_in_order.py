"""optim.minibatches: X rows are picked by the shuffled indices but Y is cut in its original order, so X_b and Y_b no longer match."""

def minibatches(X, Y, batch_size, rng):
    out = []
    for i, idx in enumerate(minibatch_indices(len(X), batch_size, rng)):
        out.append((X[idx], Y[i * batch_size:i * batch_size + len(idx)]))
    return out
