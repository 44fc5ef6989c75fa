"""The dense layer in index notation (r24 style: a physicist after Mehta et al.).

z_{nk} = sum_j a_{nj} w_{jk} + b_k, the chain rule written with explicit
indices: dL/da_{nj} = sum_k dL/dz_{nk} w_{jk}, dL/dw_{jk} = sum_n a_{nj} dL/dz_{nk},
dL/db_k = sum_n dL/dz_{nk}.
"""

import numpy as np


def dense_forward(A, W, b):
    Z = np.einsum("nj,jk->nk", A, W) + b
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dA = np.einsum("nk,jk->nj", dZ, W)
    dW = np.einsum("nj,nk->jk", A, dZ)
    db = np.einsum("nk->k", dZ)
    return dA, dW, db
