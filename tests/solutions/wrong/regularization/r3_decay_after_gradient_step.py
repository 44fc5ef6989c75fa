"""regularization.weight_decay_step: decays after the gradient step, W <- (1 - eta lam)(W - eta g), an extra eta^2 lam g term."""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key, value in params.items():
        stepped = value - eta * grads[key]
        new[key] = (1 - eta * lam) * stepped if key.startswith("W") else stepped
    return new
