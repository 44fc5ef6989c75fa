"""init.symmetry_demo: the spread history is a module-level list appended to on every call: a second demo returns both histories"""
import numpy as np

_r14c_sd_right = symmetry_demo
_r14c_sd_spread = []


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    res = _r14c_sd_right(X, Y, n_hidden, value, steps, eta)
    _r14c_sd_spread.extend(res["spread"])
    return {"spread": _r14c_sd_spread, "params": res["params"]}
