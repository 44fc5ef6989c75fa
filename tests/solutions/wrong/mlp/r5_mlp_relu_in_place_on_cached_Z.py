"""mlp.mlp_forward: applies ReLU in place on Z (np.maximum(Z, 0, out=Z)): the cached Z holds the activation."""

def mlp_forward(X, params, activations):
    funcs = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0, out=z), "tanh": np.tanh,
             "sigmoid": lambda z: np.exp(-np.logaddexp(0, -z))}
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = funcs[name](Z)
    return A, caches
