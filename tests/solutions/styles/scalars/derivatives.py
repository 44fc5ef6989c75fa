"""Derivatives as formulas with numbers written as floats (scalars style)."""


def sigmoid_derivative():
    return "1.0/(1.0 + exp(-z)) - 1.0/(1.0 + exp(-z))**2"


def tanh_derivative():
    return "1.0 - tanh(z)*tanh(z)"


def softmax_diagonal():
    return "1.0*s_i - 1.0*s_i*s_i"


def softmax_off_diagonal():
    return "-1.0*s_i*s_j"


def softmax_ce_gradient():
    return "1.0*p_i - 1.0*y_i"


def l2_gradient():
    return "0.5*lam*2.0*w"


def chain_rule_w1():
    return "w2*x*(w2*w1*x) - w2*x*y"
