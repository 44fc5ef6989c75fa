"""mlp.mlp_forward: reads the params like model.parameters(), in the dict's insertion order, assuming W1, b1, W2, b2, ...: a dict built in another order pairs the wrong arrays."""

def mlp_forward(X, params, activations):
    acts = {"identity": lambda x: x, "tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0),
            "sigmoid": lambda x: np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))}
    tensors = list(params.values())
    A, caches = X, []
    for i, name in enumerate(activations):
        W, b = tensors[2 * i], tensors[2 * i + 1]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = acts[name](Z)
    return A, caches
