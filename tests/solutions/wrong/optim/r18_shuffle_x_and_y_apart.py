"""optim.minibatches: shuffles X's and Y's columns with two separate permutations, so X_b's rows and Y_b's rows are different examples."""

def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    px = rng.permutation(X.shape[0])
    py = rng.permutation(Y.shape[0])
    return [(X[px[j:j + batch_size]], Y[py[j:j + batch_size]]) for j in range(0, X.shape[0], batch_size)]
