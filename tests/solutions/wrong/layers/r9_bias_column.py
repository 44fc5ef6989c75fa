"""layers.dense_forward: b added as a column b[:, None]: broadcasts over the units when N == n_out, an error otherwise."""

import numpy as np

def dense_forward(A, W, b):
    Z = A @ W + b[:, None]
    return Z, (A, W, b)
