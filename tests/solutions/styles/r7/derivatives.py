"""Derivatives, r7 style: equivalent but different forms of each answer."""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))**2"


def tanh_derivative():
    return "sech(z)**2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "-(s_i*s_j)"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "w*lam"


def chain_rule_w1():
    return "x*w2*(w1*w2*x - y)"
