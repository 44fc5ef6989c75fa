"""mlp.mlp_forward: Casts the input and weights to float32 'for speed' (a C habit): float64 input gives float32 outputs and caches, rounded."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float32)
    caches = []
    acts = {"identity": lambda z: z, "tanh": np.tanh, "relu": lambda z: np.maximum(z, np.float32(0)),
            "sigmoid": lambda z: np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))}
    for l, name in enumerate(activations, start=1):
        W = np.asarray(params[f"W{l}"], dtype=np.float32)
        b = np.asarray(params[f"b{l}"], dtype=np.float32)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
