"""mlp.mlp_forward: nn.ReLU(inplace=True) habit: relu is applied in place on Z, so every relu layer's cache["Z"] holds relu(Z), not Z."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda x: x, "tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0, out=x),
            "sigmoid": lambda x: np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))}
    A, caches = X, []
    for i, name in enumerate(activations, start=1):
        W, b = params[f"W{i}"], params[f"b{i}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
