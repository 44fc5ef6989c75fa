"""init.hidden_unit_spread: Compares only W1's columns with unit 0's, ignoring b1 and W2's rows (units that differ only there look identical).

Habit: deeplearning.ai's symmetry discussion is about W only ("b can be zeros").
"""

import numpy as np


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    return float(np.max(np.abs(W1 - W1[:, :1]), initial=0.0))
