"""activations.gelu: np.vectorize without otypes raises ValueError on an empty array (size 0), which any shape must accept."""

import math


def gelu(z):
    return np.vectorize(lambda v: 0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))))(np.asarray(z, dtype=np.float64))
