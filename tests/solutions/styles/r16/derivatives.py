"""Derivatives written in odd but equal forms."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"


def tanh_derivative():
    return "sech(z)^2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "s_i*(0 - s_j)"


def softmax_ce_gradient():
    return "p_i*(1 - y_i) - y_i*(1 - p_i)"


def l2_gradient():
    return "2*(lam/2)*w"


def chain_rule_w1():
    return "x*w2*(x*w1*w2 - y)"
