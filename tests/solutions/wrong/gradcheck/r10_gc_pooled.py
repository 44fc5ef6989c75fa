"""gradcheck.gradient_check: one relative error of all tensors pooled, reported under every name"""

import numpy as np


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    a = np.concatenate([np.ravel(grads[k]) for k in params])
    b = np.concatenate([np.ravel(numeric[k]) for k in params])
    err = relative_error(a, b)
    return {k: err for k in params}
