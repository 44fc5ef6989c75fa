"""A correct student solution of exercises/derivatives.py (equivalent forms, not the reference's text)."""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))**2"


def tanh_derivative():
    return "sech(z)**2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "-(s_i*s_j)"


def softmax_ce_gradient():
    return "-y_i + p_i"


def l2_gradient():
    return "w*lam"


def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)"
