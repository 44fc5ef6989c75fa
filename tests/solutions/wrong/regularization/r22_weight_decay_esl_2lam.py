"""regularization.weight_decay_step: decays weights by 2 eta lam (the gradient of ESL's lam sum W^2), not eta lam."""


def weight_decay_step(params, grads, eta, lam):
    return {k: (1.0 - 2.0 * eta * lam) * np.asarray(params[k]) - eta * np.asarray(grads[k]) if k.startswith("W")
            else np.asarray(params[k]) - eta * np.asarray(grads[k]) for k in params}
