"""mlp.mlp_forward: caches each layer's output A_l under "A_prev" instead of its input A_{l-1}."""

def mlp_forward(X, params, activations):
    funcs = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh,
             "sigmoid": lambda z: np.exp(-np.logaddexp(0, -z))}
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        A = funcs[name](Z)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
