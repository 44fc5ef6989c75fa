"""Derivative formulas in unusual but equal forms (r14 style)."""


def sigmoid_derivative():
    return "1/(2 + exp(z) + exp(-z))"


def tanh_derivative():
    return "1 - tanh^2(z)"


def softmax_diagonal():
    return "s_i - s_i^2"


def softmax_off_diagonal():
    return "-(s_j*s_i)"


def softmax_ce_gradient():
    return "y_i*(p_i - 1) + (1 - y_i)*p_i"


def l2_gradient():
    return "w*lam"


def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)"
