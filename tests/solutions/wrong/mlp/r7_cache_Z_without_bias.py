"""mlp.mlp_forward: caches Z = A_prev W before the bias is added; the activation (and the output) uses Z + b."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        Z = Z + b
        if name == "sigmoid":
            A = np.exp(-np.logaddexp(0.0, -Z))
        elif name == "tanh":
            A = np.tanh(Z)
        elif name == "relu":
            A = np.maximum(Z, 0.0)
        else:
            A = Z
    return A, caches
