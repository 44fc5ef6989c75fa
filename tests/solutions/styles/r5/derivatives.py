"""Correct solution, style r5: every formula in an unusual but equivalent form."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "0 - s_j*s_i"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "2*(lam/2)*w"


def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
