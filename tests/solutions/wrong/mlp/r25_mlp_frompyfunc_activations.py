"""mlp.mlp_forward: builds the activations with np.frompyfunc (a ufunc derived from a scalar function), whose results
are object arrays: the right numbers but dtype object instead of float64."""


def mlp_forward(X, params, activations):
    act = {"identity": np.frompyfunc(lambda z: z, 1, 1),
           "sigmoid": np.frompyfunc(lambda z: np.exp(-np.logaddexp(0.0, -z)), 1, 1),
           "tanh": np.frompyfunc(np.tanh, 1, 1), "relu": np.frompyfunc(lambda z: max(z, 0.0), 1, 1)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = act[name](Z)
    return A, caches
