"""Correct solution of exercises/derivatives.py: other equivalent forms (exponentials, ^ for powers, reordered factors)."""


def sigmoid_derivative():
    return "1/(2 + exp(z) + exp(-z))"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))^2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "0 - s_j*s_i"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    return "x*w2*(x*w1*w2 - y)"
