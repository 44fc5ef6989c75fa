def mlp_forward(X, params, activations):
    """mlp.mlp_forward: takes the layers in the sorted order of the weight keys (APL's grade-up of the names), which
    is "W1", "W10", "W11", "W2", ... as strings: a network of 10 or more layers runs them out of order."""
    act = {"identity": lambda Z: Z * 1.0, "sigmoid": lambda Z: np.exp(-np.logaddexp(0.0, -Z)),
           "tanh": np.tanh, "relu": lambda Z: np.maximum(Z, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for wk, name in zip(sorted(k for k in params if k.startswith("W")), activations):
        W, b = params[wk], params["b" + wk[1:]]
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act[name](Z)
    return A, caches
