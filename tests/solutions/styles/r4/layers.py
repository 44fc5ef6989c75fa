"""Correct solution of exercises/layers.py, r4 style: a Dense class with forward/backward written with np.einsum."""

import numpy as np


class Dense:
    @staticmethod
    def forward(A, W, b):
        return np.einsum("ni,io->no", A, W) + b, (A, W, b)

    @staticmethod
    def backward(dZ, cache):
        A, W, _ = cache
        return (np.einsum("no,io->ni", dZ, W),
                np.einsum("ni,no->io", A, dZ),
                np.einsum("no->o", dZ))


def dense_forward(A, W, b):
    return Dense.forward(A, W, b)


def dense_backward(dZ, cache):
    return Dense.backward(dZ, cache)
