def mlp_forward(X, params, activations):
    """mlp.mlp_forward: applies each activation into Z itself (ufunc out=Z, to save a buffer), so the cached "Z" is
    the activation A_l (the pre-activation is lost) for every layer but identity."""
    act = {"identity": lambda Z: Z,
           "sigmoid": lambda Z: np.exp(np.negative(np.logaddexp(0.0, np.negative(Z, out=Z), out=Z), out=Z), out=Z),
           "tanh": lambda Z: np.tanh(Z, out=Z), "relu": lambda Z: np.maximum(Z, 0.0, out=Z)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act[name](Z)
    return A, caches
