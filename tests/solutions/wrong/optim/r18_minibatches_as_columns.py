"""optim.minibatches: hands each batch back in 6.036's column layout, X_b (d, B) and Y_b (k, B), the transposes of the stub's batch-first rows."""

def minibatches(X, Y, batch_size, rng):
    Xt, Yt = np.asarray(X).T, np.asarray(Y).T
    perm = rng.permutation(np.shape(X)[0])
    return [(Xt[..., perm[j:j + batch_size]], Yt[..., perm[j:j + batch_size]]) for j in range(0, len(perm), batch_size)]
