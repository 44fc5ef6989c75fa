"""Ridge penalty and dropout as MIT 6.036/6.390 writes them: J = mean loss + lambda ||W||^2 over the weights.

6.036 penalises the weights, never the offset W0, and updates W <- W - eta (grad + lambda W). This student
keeps the stub's lam/2 scaling and transposes dropout's activations into 6.036's column layout (units as rows)
for the mask and back again; the mask is drawn in the stub's own shape so one seed gives one mask.
"""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.asarray(W, dtype=np.float64) ** 2)
                               for k, W in params.items() if _is_weight(k)))


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros_like(np.asarray(v, dtype=np.float64))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    penalty = l2_gradient(params, lam)
    return {k: np.asarray(params[k], dtype=np.float64) - eta * (np.asarray(grads[k], dtype=np.float64) + penalty[k])
            for k in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep = (rng.random(A.shape) >= p).T              # units x examples, as 6.036 holds activations
    mask = keep / (1 - p)
    out = A.T * mask
    return out.T, {"mask": mask.T}


def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
