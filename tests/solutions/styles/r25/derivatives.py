"""Derivatives as formulas, written by an APL/J mind: every product and power spelled out in Python's notation
(never APL's * for a power), each formula fully parenthesised since APL reads right to left.
"""


def sigmoid_derivative():
    return "sigmoid(z)*(1 - sigmoid(z))"


def tanh_derivative():
    return "1 - (tanh(z)**2)"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "-(s_i*s_j)"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    return "((w2*w1*x) - y)*(w2*x)"
