"""regularization.weight_decay_step: leaky LMS leakage (1 - eta lam) applied to every tap, biases included (only weights decay)."""


def weight_decay_step(params, grads, eta, lam):
    return {k: (1.0 - eta * lam) * np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k, v in params.items()}
