"""Dense layer (noisy style): prints the shapes it sees."""

import numpy as np

print("layers.py: dense layer exercise")
CALLS = {"forward": 0, "backward": 0}


def dense_forward(A, W, b):
    """Z = A W + b, returns the cache (A, W, b)."""
    CALLS["forward"] += 1
    print(f"dense_forward #{CALLS['forward']}: A {np.shape(A)} W {np.shape(W)} b {np.shape(b)}")
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = A @ W + b
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    """dA = dZ W^T, dW = A^T dZ, db = column sums of dZ."""
    CALLS["backward"] += 1
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    print("dense_backward dZ", dZ.shape)
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)


_Z, _ = dense_forward(np.ones((2, 3)), np.ones((3, 1)), np.zeros(1))
print("smoke test:", _Z.ravel())
