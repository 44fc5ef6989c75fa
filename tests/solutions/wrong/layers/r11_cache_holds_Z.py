"""layers.dense_forward: caches the output Z instead of the input A"""
import numpy as np


def dense_forward(A, W, b):
    Z = A @ W + b
    return Z, (Z, W, b)
