"""Formulas in less common but correct forms."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"


def tanh_derivative():
    return "(1 - tanh(z))*(1 + tanh(z))"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "-(s_j*s_i)"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "2*(lam/2)*w"


def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)"
