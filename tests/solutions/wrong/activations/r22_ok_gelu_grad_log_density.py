"""activations.gelu_grad: right: phi(z) formed as exp(-z^2/2 - log(2 pi)/2), the log-density written first as in Murphy; same values."""

import math as _r22b_math


def gelu_grad(z):
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    erf = np.vectorize(_r22b_math.erf, otypes=[np.float64])
    log_phi = -0.5 * z * z - 0.5 * np.log(2.0 * np.pi)
    return 0.5 * (1.0 + erf(z / np.sqrt(2.0))) + z * np.exp(log_phi)
