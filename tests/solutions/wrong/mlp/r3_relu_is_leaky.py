"""mlp.mlp_forward: its relu helper is np.maximum(0.01 z, z) (a leaky ReLU), wrong for every negative pre-activation."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda z: z, "sigmoid": _sigmoid, "tanh": np.tanh,
            "relu": lambda z: np.maximum(0.01 * z, z)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
