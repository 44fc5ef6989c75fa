"""mlp.mlp_forward: ESL's sigma(v) = 1 / (1 + exp(-v)) written as is: exp overflows with a RuntimeWarning for inputs of -1000."""


def mlp_forward(X, params, activations):
    fns = {"identity": lambda v: v.copy(), "sigmoid": lambda v: 1.0 / (1.0 + np.exp(-v)),
           "tanh": np.tanh, "relu": lambda v: np.maximum(v, 0.0)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = fns[name](Z)
    return A, caches
