"""Exercise: derivatives written as formulas.

Each function returns its answer as a string in the formula language of
exercises/README.md, for example "2*x*exp(x**2)". Only the text is graded.
"""


def sigmoid_derivative():
    """d/dz of sigmoid(z) = 1 / (1 + exp(-z)), as a formula in z (sigmoid(z) may appear in it)."""
    raise NotImplementedError


def tanh_derivative():
    """d/dz of tanh(z), as a formula in z (tanh(z) may appear in it)."""
    raise NotImplementedError


def softmax_diagonal():
    """d s_i / d z_i for s = softmax(z), as a formula in s_i."""
    raise NotImplementedError


def softmax_off_diagonal():
    """d s_i / d z_j for s = softmax(z) and i != j, as a formula in s_i and s_j."""
    raise NotImplementedError


def softmax_ce_gradient():
    """dL/dz_i for L = -sum_k y_k log p_k with p = softmax(z) and sum_k y_k = 1, in p_i and y_i."""
    raise NotImplementedError


def l2_gradient():
    """d/dw of the L2 penalty (lam/2)*w**2, as a formula in lam and w."""
    raise NotImplementedError


def chain_rule_w1():
    """dL/dw1 for L = (w2*w1*x - y)**2/2 (two chained weights, squared error), in w1, w2, x, y."""
    raise NotImplementedError
