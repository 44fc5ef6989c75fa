"""L2 and dropout the way a PyTorch user knows them: SGD's weight_decay adds lam * p to p.grad before the
step (only for the weight param group), and F.dropout keeps each unit with a Bernoulli(1 - p) draw scaled
by 1 / (1 - p); parameter dicts are walked like named_parameters()."""

import numpy as np


def _is_weight(name):
    return name.startswith("W")


def l2_penalty(params, lam):
    """(lam / 2) * sum_l sum(W_l^2) over the "W" keys; biases excluded. Returns a float."""
    return float(0.5 * lam * sum(np.sum(np.square(p)) for n, p in params.items() if _is_weight(n)))


def l2_gradient(params, lam):
    """{k: lam * W_k} for weights, zeros of the same shape for every other key."""
    return {n: lam * np.asarray(p, dtype=np.float64) if _is_weight(n) else np.zeros_like(p, dtype=np.float64)
            for n, p in params.items()}


def weight_decay_step(params, grads, eta, lam):
    """W <- W - eta * (grads[W] + lam * W) (= (1 - eta lam) W - eta grads[W]); b <- b - eta grads[b]. New dict."""
    new = {}
    for name, p in params.items():
        d_p = grads[name]
        if _is_weight(name):
            d_p = d_p + lam * p          # weight_decay folded into the gradient, as torch.optim.SGD does
        new[name] = p - eta * d_p
    return new


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout with drop probability p; train draws keep = rng.random(A.shape) >= p. Returns (out, cache)."""
    A = np.asarray(A)
    if mode != "train":
        mask = np.ones(A.shape)          # model.eval(): dropout is the identity
        return A * mask, {"mask": mask}
    keep = rng.random(A.shape) >= p      # bernoulli_(1 - p)
    mask = keep / (1.0 - p)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    """dA = dout * cache["mask"]."""
    return dout * cache["mask"]
