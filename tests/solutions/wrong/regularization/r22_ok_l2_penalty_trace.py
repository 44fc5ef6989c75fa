"""regularization.l2_penalty: right: sum W^2 as trace(W^T W) with np.matrix (the Frobenius norm squared), for every 2-D weight; other shapes by a plain sum."""


def l2_penalty(params, lam):
    total = 0.0
    for k, v in params.items():
        if not k.startswith("W"):
            continue
        W = np.asarray(v, dtype=np.float64)
        total += float(np.trace(np.asmatrix(W).T * np.asmatrix(W))) if W.ndim == 2 else float(np.sum(W * W))
    return 0.5 * lam * total
