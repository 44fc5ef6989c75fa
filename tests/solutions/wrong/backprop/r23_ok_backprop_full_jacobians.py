"""backprop.mlp_backward: right: MML's chain rule as products of full Jacobians: dL/dZ_l = dL/dA_l @ diag(g'(Z_l)) per example (an (N, n, n) stack), dL/dA_{l-1} = dL/dZ_l @ W_l^T"""
import numpy as np


def _r23_gprime(name, z):
    if name == "sigmoid":
        s = 0.5 * (1.0 + np.tanh(0.5 * z))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    """Row gradients (1, n) per example times the Jacobian diag(g'(z)) of the activation."""
    grads = {}
    dA = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        z = np.asarray(c["Z"], dtype=np.float64)
        n = z.shape[1]
        J = np.eye(n)[None, :, :] * _r23_gprime(c["activation"], z)[:, None, :]   # (N, n, n), diag per example
        delta = np.einsum("ni,nij->nj", dA, J)
        grads["W%d" % l] = np.asarray(c["A_prev"], dtype=np.float64).T @ delta
        grads["b%d" % l] = np.sum(delta, axis=0)
        dA = delta @ np.asarray(c["W"], dtype=np.float64).T
    return grads
