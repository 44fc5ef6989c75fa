"""gradcheck.numerical_gradients: perturbs the caller's params arrays in place and 'restores' them by adding h back (+h, -2h, +h), leaving rounding residue in the caller's values"""
import numpy as np


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name, tensor in params.items():
        grad = np.zeros(tensor.shape)
        for index in np.ndindex(tensor.shape):
            tensor[index] += h
            f_plus = float(f(params))
            tensor[index] -= 2 * h
            f_minus = float(f(params))
            tensor[index] += h
            grad[index] = (f_plus - f_minus) / (2 * h)
        grads[name] = grad
    return grads
