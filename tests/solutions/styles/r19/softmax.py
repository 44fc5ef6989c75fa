"""Softmax as a PyTorch user ports F.softmax(x, dim=-1) and F.log_softmax; the Jacobian is built the way
torch.diag_embed(s) - s.unsqueeze(-1) * s.unsqueeze(-2) would, for one vector or a batch alike."""

import numpy as np


def _tensor(Z):
    return np.array(Z, dtype=np.float64, copy=True)  # .clone(): never alias the caller's logits


def softmax(Z):
    """Softmax of logits Z: (K,) or (N, K) -> same shape, each row positive and summing to 1."""
    x = _tensor(Z)
    x -= x.max(axis=-1, keepdims=True)   # in place on our own clone
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x


def log_softmax(Z):
    """log softmax(Z): (K,) or (N, K) -> same shape, computed without forming softmax."""
    x = _tensor(Z)
    x -= x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def _diag_embed(s):
    out = np.zeros(s.shape + (s.shape[-1],))
    idx = np.arange(s.shape[-1])
    out[..., idx, idx] = s
    return out


def softmax_jacobian(Z):
    """Jacobian ds/dz of softmax: z (K,) -> (K, K), or a batch Z (N, K) -> (N, K, K). J = diag(s) - s s^T."""
    s = softmax(Z)
    return _diag_embed(s) - s[..., :, None] * s[..., None, :]


def softmax_cross_entropy_grad(logits, Y):
    """dL/dlogits = (softmax(logits) - Y) / N for logits (N, K) and one-hot Y (N, K)."""
    probs = softmax(logits)
    return (probs - Y) / max(probs.shape[0], 1)
