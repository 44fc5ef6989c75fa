"""Derivatives as formulas, mostly in exp form (einsum style)."""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))**2"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "-s_i*s_j"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
