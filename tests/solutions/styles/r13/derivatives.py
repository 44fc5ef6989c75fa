"""Derivatives in unusual but valid notations (^ for powers, e as a constant, symmetric forms)."""


def sigmoid_derivative():
    # sigma(z) (1 - sigma(z)) and 1 - sigma(z) = sigma(-z)
    return "sigmoid(z)*sigmoid(-z)"


def tanh_derivative():
    # sech^2 written out with the constant e
    return "4/(e^z + e^(-z))^2"


def softmax_diagonal():
    return "s_i - s_i^2"


def softmax_off_diagonal():
    return "-(s_j*s_i)"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "2*(lam/2)*w**1"


def chain_rule_w1():
    # expanded instead of factored
    return "w1*w2^2*x^2 - w2*x*y"
