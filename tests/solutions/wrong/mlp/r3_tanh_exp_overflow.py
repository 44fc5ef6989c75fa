"""mlp.mlp_forward: its tanh helper is (exp(2z) - 1) / (exp(2z) + 1), which is inf/inf = NaN (with an overflow warning) once z > ~355."""

def mlp_forward(X, params, activations):
    def tanh(z):
        e = np.exp(2 * z)
        return (e - 1) / (e + 1)
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = tanh(Z) if name == "tanh" else _activate(Z, name)
    return A, caches
