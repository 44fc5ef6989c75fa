"""regularization.weight_decay_step: torch.optim.SGD(weight_decay=lam) on model.parameters(): lam * p is added to the biases' gradient too, so biases shrink as well."""

def weight_decay_step(params, grads, eta, lam):
    return {k: p - eta * (grads[k] + lam * p) for k, p in params.items()}
