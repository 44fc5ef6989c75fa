"""activations.gelu: np.vectorize(math.erf) without otypes: right values, but an empty batch raises (vectorize cannot guess the type)."""

import math


_r21_erf_no_otypes = np.vectorize(math.erf)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1.0 + _r21_erf_no_otypes(z / math.sqrt(2.0)))
