"""Derivatives as formulas, r8 style: the forms another course's slides use (exp forms, expanded products)."""


def sigmoid_derivative():
    return "sigmoid(z) - sigmoid(z)**2"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "0 - s_j*s_i"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    return "x**2*w2**2*w1 - x*w2*y"
