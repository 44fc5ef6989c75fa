"""mlp.mlp_forward: the last layer is always left linear (its activation is ignored)."""

def mlp_forward(X, params, activations):
    funcs = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh,
             "sigmoid": lambda z: np.exp(-np.logaddexp(0, -z))}
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = funcs[name](Z) if l < len(activations) else Z
    return A, caches
