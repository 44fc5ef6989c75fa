"""normalization.batchnorm_forward: the layer keeps its own running statistics on the module after the first call and ignores the ones passed in later"""
import numpy as np

_r14c_bn_right = batchnorm_forward
_r14c_bn_run = {}


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    D = np.shape(X)[1]
    if _r14c_bn_run.get("D") != D:
        _r14c_bn_run.update(D=D, mean=np.array(running_mean, dtype=float), var=np.array(running_var, dtype=float))
    out, cache = _r14c_bn_right(X, gamma, beta, _r14c_bn_run["mean"], _r14c_bn_run["var"], mode, momentum, eps)
    _r14c_bn_run["mean"], _r14c_bn_run["var"] = cache["running_mean"], cache["running_var"]
    return out, cache
