"""mlp.mlp_forward: takes the depth as len(params), counting the biases as layers too (2L layers): KeyError on "W{L+1}" for every network."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l in range(1, len(params) + 1):
        name = activations[(l - 1) % len(activations)]
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "sigmoid":
            A = np.exp(-np.logaddexp(0.0, -Z))
        elif name == "tanh":
            A = np.tanh(Z)
        elif name == "relu":
            A = np.maximum(Z, 0.0)
        else:
            A = Z
    return A, caches
