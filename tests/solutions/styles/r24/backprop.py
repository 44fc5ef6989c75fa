"""Backpropagation as the chain rule in index form (r24 style: a physicist after Mehta et al.).

delta^l_{nj} = dL/dz^l_{nj}; the layer's Jacobian dz^l_{nk}/da^{l-1}_{nj} = w^l_{jk}
gives delta^{l-1}_{nj} = g'(z^{l-1}_{nj}) sum_k delta^l_{nk} w^l_{jk}. The
sigmoid's derivative is the Fermi function's fluctuation f (1 - f), computed
from the half-angle form so that a field of 1e3 gives 0 without overflow.
"""

import numpy as np


def _fermi_of_field(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _sigmoid_prime(z):
    f = _fermi_of_field(z)
    return f * (1.0 - f)


def _tanh_prime(z):
    m = np.tanh(z)
    return 1.0 - m * m


_G_PRIME = {
    "identity": np.ones_like,
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: (z > 0).astype(np.float64),
}


def mlp_backward(dout, caches):
    grads = {}
    upstream = np.asarray(dout, dtype=np.float64)  # dL/da^L
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = upstream * _G_PRIME[c["activation"]](c["Z"])
        grads["W%d" % l] = np.einsum("nj,nk->jk", c["A_prev"], delta)
        grads["b%d" % l] = np.einsum("nk->k", delta)
        upstream = np.einsum("nk,jk->nj", delta, c["W"])
    return grads
