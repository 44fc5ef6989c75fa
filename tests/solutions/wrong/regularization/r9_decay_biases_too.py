"""regularization.weight_decay_step: the decay factor (1 - eta lam) applied to the biases as well."""

import numpy as np

def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k]) for k, v in params.items()}
