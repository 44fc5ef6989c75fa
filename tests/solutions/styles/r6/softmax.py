"""A correct solution of exercises/softmax.py, style r6: a Softmax class with __call__, einsum Jacobian."""
import numpy as np


class _Softmax:
    """Softmax over the last axis; .log gives log-softmax without forming the probabilities."""

    def log(self, Z):
        Z = np.asarray(Z, dtype=np.float64)
        shifted = Z - np.max(Z, axis=-1, keepdims=True)
        return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))

    def __call__(self, Z):
        Z = np.asarray(Z, dtype=np.float64)
        e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
        return e / np.sum(e, axis=-1, keepdims=True)


_S = _Softmax()


def softmax(Z):
    return _S(Z)


def log_softmax(Z):
    return _S.log(Z)


def softmax_jacobian(Z):
    s = _S(Z)
    eye = np.eye(s.shape[-1], dtype=np.float64)
    return np.einsum("...i,ij->...ij", s, eye) - np.einsum("...i,...j->...ij", s, s)


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (_S(logits) - np.asarray(Y, dtype=np.float64)) / np.float64(logits.shape[0])


assert np.allclose(softmax(np.array([2.0, 1.0, 0.1])), [0.659, 0.242, 0.099], atol=1e-3)
