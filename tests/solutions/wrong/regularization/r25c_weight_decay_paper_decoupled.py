"""regularization.weight_decay_step: decoupled decay not scaled by eta (W <- (1 - lam) W - eta g), AdamW paper's form."""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key, value in params.items():
        shrink = (1 - lam) if key.startswith("W") else 1.0
        new[key] = shrink * value - eta * grads[key]
    return new
