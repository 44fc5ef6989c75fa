"""mlp.mlp_forward: reads the activation names from the output end (activations[-l] for layer l), applying the list in reverse order."""

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l in range(1, L + 1):
        name = activations[-l]
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
