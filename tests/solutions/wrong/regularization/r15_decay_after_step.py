"""regularization.weight_decay_step: decays AFTER the gradient step, (1 - eta lam)(W - eta g): off by eta^2 lam g"""
import numpy as np


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k in params:
        stepped = params[k] - eta * grads[k]
        new[k] = (1 - eta * lam) * stepped if k.startswith("W") else stepped
    return new
