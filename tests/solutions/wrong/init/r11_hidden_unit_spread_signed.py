"""init.hidden_unit_spread: max of the signed differences (no abs), so units below unit 0 are missed"""
import numpy as np


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.max(W1 - W1[:, :1]), np.max(b1 - b1[0]), np.max(W2 - W2[:1, :])))
