"""softmax.softmax_jacobian: builds the Jacobian in one module-level array per shape and returns it: an earlier Jacobian is overwritten"""
import numpy as np

_r14c_sj_buf = {}


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=float)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    J = _r14c_sj_buf.setdefault(s.shape + s.shape[-1:], np.empty(s.shape + s.shape[-1:]))
    np.multiply(-s[..., :, None], s[..., None, :], out=J)
    idx = np.arange(s.shape[-1])
    J[..., idx, idx] += s
    return J
