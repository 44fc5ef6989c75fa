"""init.hidden_unit_spread: compares only W1 columns and b1, forgets the outgoing weights W2 rows"""
import numpy as np


def hidden_unit_spread(params):
    W1, b1 = params["W1"], params["b1"]
    return float(max(np.max(np.abs(W1 - W1[:, :1])), np.max(np.abs(b1 - b1[0]))))
