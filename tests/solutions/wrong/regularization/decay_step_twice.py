"""regularization.weight_decay_step: applies the decay twice (lam W added to the gradient and the (1 - eta lam) shrink)."""

def weight_decay_step(params, grads, eta, lam):
    out = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        g = np.asarray(grads[k], dtype=np.float64)
        out[k] = (1 - eta * lam) * v - eta * (g + lam * v) if k.startswith("W") else v - eta * g
    return out
