"""derivatives.sigmoid_derivative: RIGHT: functools.lru_cache on a function of no arguments returning a constant string"""
import functools


@functools.lru_cache(maxsize=None)
def sigmoid_derivative():
    return "sigmoid(z)*(1 - sigmoid(z))"
