def mlp_forward(X, params, activations):
    """mlp.mlp_forward: sigmoid as APL's reciprocal of 1 + exp(-z) (np.reciprocal(1 + np.exp(-Z))), which
    overflows with a RuntimeWarning for pre-activations below about -710."""
    act = {"identity": lambda Z: Z * 1.0, "sigmoid": lambda Z: np.reciprocal(1.0 + np.exp(-Z)),
           "tanh": np.tanh, "relu": lambda Z: np.maximum(Z, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act[name](Z)
    return A, caches
