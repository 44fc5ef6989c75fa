"""L2 and dropout (noisy style): prints, errstate, a demo on import."""

import numpy as np

print("regularization.py loaded")


def l2_penalty(params, lam):
    """lam/2 times the sum of squared weights."""
    with np.errstate(over="ignore"):
        s = sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for k, v in params.items() if k.startswith("W"))
    print("l2 penalty over", [k for k in params if k.startswith("W")])
    return float(lam / 2 * s)


def l2_gradient(params, lam):
    """lam W for weights, zeros for biases."""
    return {k: lam * np.asarray(v, dtype=np.float64) if k.startswith("W") else np.zeros_like(v, dtype=np.float64)
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    """W <- (1 - eta lam) W - eta g; b <- b - eta g."""
    new = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        decay = 1 - eta * lam if k.startswith("W") else 1.0
        new[k] = decay * v - eta * np.asarray(grads[k], dtype=np.float64)
        print("step", k)
    return new


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout."""
    A = np.asarray(A, dtype=np.float64)
    if mode == "eval":
        print("dropout: eval mode")
        return A, {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) >= p) / (1 - p)
    print(f"dropout: kept {np.mean(mask > 0) if mask.size else 1:.2f}")
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    """dout * mask."""
    return np.asarray(dout, dtype=np.float64) * cache["mask"]


print(l2_penalty({"W1": np.ones((2, 2)), "b1": np.ones(2)}, 0.1))
