"""mlp.mlp_forward: Right: runs the network column-major (Z^T = W^T A^T + b as a column) as in Julia, and stores batch-first transposes in the caches."""

def mlp_forward(X, params, activations):
    At = np.asarray(X, dtype=np.float64).T
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Zt = W.T @ At + np.asarray(b, dtype=np.float64)[:, None]
        if name == "sigmoid":
            e = np.exp(-np.abs(Zt))
            Anext = np.where(Zt >= 0, 1 / (1 + e), e / (1 + e))
        else:
            Anext = {"identity": lambda v: v.copy(), "tanh": np.tanh, "relu": lambda v: np.maximum(v, 0.0)}[name](Zt)
        caches.append({"A_prev": At.T, "W": W, "b": b, "Z": Zt.T, "activation": name})
        At = Anext
    return At.T, caches
