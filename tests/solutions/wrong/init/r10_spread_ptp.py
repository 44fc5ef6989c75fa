"""init.hidden_unit_spread: the range max - min over the units (np.ptp), not the distance from unit 0"""

import numpy as np

def hidden_unit_spread(params):
    return float(max(np.ptp(params["W1"], axis=1).max(), np.ptp(params["b1"]), np.ptp(params["W2"], axis=0).max()))
