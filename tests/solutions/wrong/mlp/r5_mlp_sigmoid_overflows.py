"""mlp.mlp_forward: sigmoid as 1 / (1 + exp(-z)): overflow warnings for inputs of size 1000."""

def mlp_forward(X, params, activations):
    funcs = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh,
             "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = funcs[name](Z)
    return A, caches
