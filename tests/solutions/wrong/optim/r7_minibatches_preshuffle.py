"""optim.minibatches: shuffles X and Y together with rng.permutation first and then takes minibatch_indices of the shuffled data: two draws per epoch, rows are not the docstring's perm."""

def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    order = rng.permutation(len(X))
    X, Y = X[order], Y[order]
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
