"""regularization.weight_decay_step: the new params dict is a mutable default argument: the same dict every call, keys of earlier calls stay"""
import numpy as np


def weight_decay_step(params, grads, eta, lam, new={}):
    for k, v in params.items():
        if k.startswith("W"):
            new[k] = (1 - eta * lam) * v - eta * grads[k]
        else:
            new[k] = v - eta * grads[k]
    return new
