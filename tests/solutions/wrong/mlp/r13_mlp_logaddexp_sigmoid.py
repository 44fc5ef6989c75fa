"""mlp.mlp_forward: RIGHT: sigmoid as exp(-logaddexp(0, -z)), stable for any z; layers counted from the activations list"""
import numpy as np

_R13LS_ACTS = {
    "identity": lambda z: z + 0.0,
    "sigmoid": lambda z: np.exp(-np.logaddexp(0.0, -z)),
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


def mlp_forward(X, params, activations):
    A, caches = X, []
    for l, name in enumerate(activations, 1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.dot(A, W) + b
        caches.append(dict(A_prev=A, W=W, b=b, Z=Z, activation=name))
        A = _R13LS_ACTS[name](Z)
    return A, caches
