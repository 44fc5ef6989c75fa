"""Derivatives as formulas with tanh / sech / exp identities (stable style)."""


def sigmoid_derivative():
    return "1/(4*cosh(z/2)**2)"


def tanh_derivative():
    return "sech(z)**2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "-s_j*s_i"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "2*(lam/2)*w"


def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)"
