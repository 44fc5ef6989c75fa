"""mlp.mlp_forward: right: z_nk = sum_j a_nj w_jk + b_k by einsum, sigmoid as (1 + tanh(z/2))/2 (no overflow), caches batch-first."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.einsum("nj,jk->nk", A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = 0.5 * (1.0 + np.tanh(0.5 * Z)) if name == "sigmoid" else _activate(Z, name)
    return A, caches
