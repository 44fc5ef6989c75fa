"""optim.minibatches: X and Y turned into np.matrix before indexing: a (N,) Y becomes a (1, N) row (rows picked from it fail) and the batches come back as matrices."""


def minibatches(X, Y, batch_size, rng):
    Xm, Ym = np.asmatrix(X), np.asmatrix(Y)
    return [(Xm[idx], Ym[idx]) for idx in minibatch_indices(Xm.shape[0], batch_size, rng)]
