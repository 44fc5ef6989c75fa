"""Backprop as a PyTorch user imagines autograd's backward: every layer's grads land in a state_dict-like
dict keyed 'fc1.weight', in torch's (out_features, in_features) layout, and are renamed at the end."""

import numpy as np


def _sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_backward(z):
    s = _sigmoid(z)
    return s * (1.0 - s)


_DERIVATIVES = {
    "identity": np.ones_like,
    "sigmoid": _sigmoid_backward,
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: (z > 0).astype(np.float64),
}


def mlp_backward(dout, caches):
    """Gradients of every parameter from dout = dL/d(out) (N, nL) and the caches of mlp_forward.

    delta_L = dout * g_L'(Z_L); dW_l = A_prev^T delta_l; db_l = delta_l summed over the batch;
    delta_{l-1} = (delta_l W_l^T) * g_{l-1}'(Z_{l-1}).
    Returns {"W1": (n0, n1), "b1": (n1,), ..., "WL", "bL"}.
    """
    state_grads = {}
    grad_output = np.asarray(dout, dtype=np.float64)
    for index in reversed(range(len(caches))):
        cache = caches[index]
        weight = cache["W"].T                       # (out_features, in_features)
        delta = grad_output * _DERIVATIVES[cache["activation"]](cache["Z"])
        state_grads[f"fc{index + 1}.weight"] = delta.T @ cache["A_prev"]
        state_grads[f"fc{index + 1}.bias"] = delta.sum(axis=0)
        grad_output = delta @ weight
    grads = {}
    for index in range(1, len(caches) + 1):
        grads[f"W{index}"] = state_grads[f"fc{index}.weight"].T.copy()
        grads[f"b{index}"] = state_grads[f"fc{index}.bias"]
    return grads
