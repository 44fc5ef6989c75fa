"""regularization.weight_decay_step: decays the biases too (b <- (1 - eta lam) b - eta grads[b]); only weights are penalised."""

def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k in params}
