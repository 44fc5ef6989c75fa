"""regularization.weight_decay_step: decays every key not starting with "b" (gamma and beta of a batch-norm layer included), not only the "W" keys"""
import numpy as np


def weight_decay_step(params, grads, eta, lam):
    return {k: (v if k.startswith("b") else (1 - eta * lam) * v) - eta * grads[k] for k, v in params.items()}
