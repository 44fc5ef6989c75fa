"""init.hidden_unit_spread: the diameter of the units (np.ptp across units, max - min per entry) instead of the distance from unit 0: up to twice the right value when units lie on both sides of unit 0"""
import numpy as np


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=float)
    b1 = np.asarray(params["b1"], dtype=float)
    W2 = np.asarray(params["W2"], dtype=float)
    return float(max(np.ptp(W1, axis=1).max(initial=0.0), np.ptp(b1), np.ptp(W2, axis=0).max(initial=0.0)))
