"""A correct student solution of exercises/derivatives.py, in notations other than the textbook's."""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))^2"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"


def softmax_diagonal():
    return "1/4 - (s_i - 1/2)**2"


def softmax_off_diagonal():
    return "(0 - s_j)*s_i"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "(lam/2)*2*w"


def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
