"""derivatives.sigmoid_derivative: right: exp(-z) / (1 + exp(-z))**2 is sigmoid(z)(1 - sigmoid(z)) written out"""

import numpy as np


def sigmoid_derivative():
    """Quotient rule on 1 / (1 + exp(-z))."""
    return "exp(-z)/(1 + exp(-z))**2"
