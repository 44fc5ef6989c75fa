"""regularization.weight_decay_step: shrinks the biases by (1 - eta lam) too."""

def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k, v in params.items()}
