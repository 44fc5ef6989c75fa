"""backprop.mlp_backward: fills one module-level dict and returns it: keys of a deeper earlier network stay, and the first result changes later"""
import numpy as np

_r14c_bpd_right = mlp_backward
_r14c_bpd_grads = {}


def mlp_backward(dout, caches):
    _r14c_bpd_grads.update(_r14c_bpd_right(dout, caches))
    return _r14c_bpd_grads
