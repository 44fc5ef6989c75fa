"""mlp.mlp_forward: Cache "A_prev" holds the layer's own output all_h[k+1] instead of its input all_h[k] (Prince's lists read one index off)."""

def _r20b_sigmoid(f):
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_R20B_ACT = {"identity": lambda f: f, "sigmoid": _r20b_sigmoid, "tanh": np.tanh, "relu": lambda f: f.clip(0.0)}


def mlp_forward(X, params, activations):
    K = len(activations)
    all_h = [np.asarray(X, dtype=float)]
    caches = []
    for k in range(K):
        W, b = params[f"W{k + 1}"], params[f"b{k + 1}"]
        f = all_h[k] @ W + b
        all_h.append(_R20B_ACT[activations[k]](f))
        caches.append({"A_prev": all_h[k + 1], "W": W, "b": b, "Z": f, "activation": activations[k]})
    return all_h[K], caches
