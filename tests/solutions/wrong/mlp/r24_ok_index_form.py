"""mlp.mlp_forward: right: z_nk = sum_j a_nj w_jk + b_k by einsum, sigmoid as (1 + tanh(z/2))/2 (no overflow), caches batch-first."""


def _r24_gi(name, z):
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.where(z > 0, z, 0.0)
    return z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.einsum("nj,jk->nk", A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r24_gi(name, Z)
    return A, caches
