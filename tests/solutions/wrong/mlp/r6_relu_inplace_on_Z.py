"""mlp.mlp_forward: ReLU applied in place on Z (A = Z; A[A < 0] = 0): the cached Z is the activation, not the pre-activation."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = Z
            A[A < 0] = 0.0
        elif name == "sigmoid":
            A = 0.5 * (1.0 + np.tanh(0.5 * Z))
        elif name == "tanh":
            A = np.tanh(Z)
        else:
            A = Z
    return A, caches
