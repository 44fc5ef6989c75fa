"""mlp.mlp_forward: adds the bias as a column b.reshape(-1, 1), so it broadcasts over the columns (a broadcasting error unless N equals the layer's width or the width is 1)."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + np.asarray(b).reshape(-1, 1)
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
