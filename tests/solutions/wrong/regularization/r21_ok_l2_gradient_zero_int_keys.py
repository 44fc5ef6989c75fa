"""regularization.l2_gradient: Right: lam * W for weights via np.multiply into a fresh buffer, np.zeros of the bias's shape (float64) for every other key."""

def l2_gradient(params, lam):
    out = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        out[k] = np.multiply(v, lam) if k[0] == "W" else np.zeros(v.shape)
    return out
