"""gradcheck.gradient_check: fills a module-level dict of errors and returns it: tensors of an earlier check stay in later reports"""
import numpy as np

_r14c_gc_errors = {}


def gradient_check(f, params, grads, h=1e-5):
    num = numerical_gradients(f, params, h)
    for k in params:
        _r14c_gc_errors[k] = relative_error(grads[k], num[k])
    return _r14c_gc_errors
