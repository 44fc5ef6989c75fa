"""optim.minibatches: Takes the examples as columns (Julia's X[:, idx]) on batch-first X: picks features, not rows."""

def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    perm = rng.permutation(X.shape[0])
    out = []
    for start in range(0, X.shape[0], batch_size):
        idx = perm[start:start + batch_size]
        out.append((X[:, idx] if X.ndim > 1 else X[idx], Y[idx]))
    return out
