"""mlp.mlp_forward: nn.Sequential habit of ending on a Linear (the loss applies the output nonlinearity): the last layer's activation is never applied, out = Z_L."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda x: x, "tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0),
            "sigmoid": lambda x: np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))}
    A, caches = X, []
    for i, name in enumerate(activations, start=1):
        W, b = params[f"W{i}"], params[f"b{i}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = Z if i == len(activations) else acts[name](Z)
    return A, caches
