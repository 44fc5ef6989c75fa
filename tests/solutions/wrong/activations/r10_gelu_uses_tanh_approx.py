"""activations.gelu: the tanh approximation where the exact erf form is asked for (off by up to ~5e-4)"""

import numpy as np

def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3)))
