"""init.hidden_unit_spread: forgets the b1 term, so units that differ only in their bias count as copies"""
import numpy as np


def hidden_unit_spread(params):
    W1, W2 = params["W1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W2 - W2[:1, :]).max()))
