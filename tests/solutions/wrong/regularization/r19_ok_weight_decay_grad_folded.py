"""regularization.weight_decay_step: RIGHT: torch.optim.SGD's weight_decay on the weight group only: W - eta (g + lam W) = (1 - eta lam) W - eta g; biases plain SGD."""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for name in params:
        d_p = np.copy(grads[name])
        if name.startswith("W"):
            d_p += lam * params[name]
        new[name] = params[name] - eta * d_p
    return new
