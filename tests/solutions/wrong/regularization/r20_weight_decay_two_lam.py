"""regularization.weight_decay_step: The penalty's gradient taken as 2 lam W (of lam * sum W^2, Ridge without the 1/2): decay twice too strong."""

def weight_decay_step(params, grads, eta, lam):
    return {k: v - eta * (grads[k] + (2 * lam * v if k.startswith("W") else 0)) for k, v in params.items()}
