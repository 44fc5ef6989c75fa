"""mlp.mlp_forward: RIGHT: every cache entry is a .clone() (np.copy) of the same values, and the sigmoid is 0.5(1 + tanh(z/2)), exact and overflow-free."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda x: x, "tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0),
            "sigmoid": lambda x: 0.5 * (1.0 + np.tanh(0.5 * x))}
    A, caches = np.copy(X), []
    for i, name in enumerate(activations, start=1):
        W, b = params[f"W{i}"], params[f"b{i}"]
        Z = A @ W + b
        caches.append({"A_prev": np.copy(A), "W": np.copy(W), "b": np.copy(b), "Z": np.copy(Z), "activation": str(name)})
        A = acts[name](Z)
    return A, caches
