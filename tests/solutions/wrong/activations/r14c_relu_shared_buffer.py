"""activations.relu: writes into one module-level buffer per shape and returns it: an earlier result changes under the caller"""
import numpy as np

_r14c_relu_buf = {}


def relu(z):
    z = np.asarray(z)
    key = (z.shape, z.dtype)
    if key not in _r14c_relu_buf:
        _r14c_relu_buf[key] = np.empty(z.shape, dtype=np.result_type(z.dtype, np.float32))
    return np.maximum(z, 0, out=_r14c_relu_buf[key])
