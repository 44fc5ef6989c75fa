"""The dense layer as a PyTorch user ports nn.Linear: F.linear(input, weight, bias) = input @ weight.T + bias
with weight laid out (out_features, in_features). The stub's W is (n_in, n_out), so it is W.T in torch terms."""

import numpy as np


def _linear(input, weight, bias):
    # torch.nn.functional.linear
    return input @ weight.T + bias


def dense_forward(A, W, b):
    """Affine map of a batch. A (N, n_in), W (n_in, n_out), b (n_out,) -> (Z, cache).

    Z = A W + b, shape (N, n_out) (b broadcast over the rows); cache = (A, W, b).
    """
    weight = W.T  # (out_features, in_features), a view
    Z = _linear(A, weight, b)
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    """Gradients of the loss through Z = A W + b. dZ = dL/dZ (N, n_out), cache = (A, W, b).

    Returns (dA, dW, db) with dA = dZ W^T (N, n_in), dW = A^T dZ (n_in, n_out),
    db = sum over the batch of dZ (n_out,).
    """
    A, W, b = cache
    weight = W.T
    grad_input = dZ @ weight                # (N, in_features)
    grad_weight = dZ.T @ A                  # torch's weight.grad: (out_features, in_features)
    grad_bias = dZ.sum(axis=0)              # bias.grad: dim=0 summed over the batch
    return grad_input, grad_weight.T.copy(), grad_bias
