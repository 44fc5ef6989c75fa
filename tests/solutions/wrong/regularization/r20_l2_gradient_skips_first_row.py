"""regularization.l2_gradient: Geron's alpha * theta[1:] habit: the first row of every W is left unpenalised as if it were the bias column."""

def l2_gradient(params, lam):
    out = {}
    for k, v in params.items():
        g = np.zeros_like(np.asarray(v, dtype=float))
        if k.startswith("W"):
            g[1:] = lam * np.asarray(v)[1:]
        out[k] = g
    return out
