"""The dense layer as MIT 6.036/6.390's Linear module: W (m, n), W0 (n, 1), columns are examples.

6.036 writes Z = W^T A + W0 with A (m, b) holding b examples as columns, and in backward
dLdW = A dLdZ^T, dLdW0 = sum of dLdZ over the columns, dLdA = W dLdZ. This student wraps that
module: the batch-first arrays are transposed on the way in and the results on the way out.
"""

import numpy as np


class Linear:
    def __init__(self, W, W0):
        self.W, self.W0 = W, W0                      # (m, n), (n, 1)

    def forward(self, A):
        self.A = A                                   # (m, b)
        return self.W.T @ A + self.W0                # (n, b)

    def backward(self, dLdZ):
        self.dLdW = self.A @ dLdZ.T                  # (m, n)
        self.dLdW0 = np.sum(dLdZ, axis=1, keepdims=True)
        return self.W @ dLdZ                         # (m, b)

    def sgd_step(self, lrate):
        self.W = self.W - lrate * self.dLdW
        self.W0 = self.W0 - lrate * self.dLdW0


def dense_forward(A, W, b):
    layer = Linear(np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64).reshape(-1, 1))
    Z = layer.forward(np.asarray(A, dtype=np.float64).T)
    return Z.T, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    layer = Linear(np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64).reshape(-1, 1))
    layer.forward(np.asarray(A, dtype=np.float64).T)
    dA = layer.backward(np.asarray(dZ, dtype=np.float64).T)
    return dA.T, layer.dLdW, layer.dLdW0[:, 0]
