"""A correct solution of exercises/derivatives.py, style r6: other equivalent forms (tanh, cosh, exp)."""


def sigmoid_derivative():
    return "1/(4*cosh(z/2)**2)"


def tanh_derivative():
    return "sech(z)**2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "-(s_i*s_j)"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "w*lam"


def chain_rule_w1():
    return "x*w2*(x*w1*w2 - y)"
