"""mlp.mlp_forward: caches store torch's fc.weight = W.T (n_l, n_{l-1}) under "W" instead of W_l itself; out is right."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda x: x, "tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0),
            "sigmoid": lambda x: np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))}
    A, caches = X, []
    for i, name in enumerate(activations, start=1):
        weight, bias = params[f"W{i}"].T, params[f"b{i}"]
        Z = A @ weight.T + bias
        caches.append({"A_prev": A, "W": weight, "b": bias, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
