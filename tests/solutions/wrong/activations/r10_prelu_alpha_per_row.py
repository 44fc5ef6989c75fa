"""activations.prelu: the per-unit alpha broadcast over the rows (transposed), not the columns"""

import numpy as np

def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, (alpha * z.T).T)
