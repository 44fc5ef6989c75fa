"""A correct student solution of exercises/derivatives.py: formulas in unusual but equivalent forms."""



def sigmoid_derivative():
    return "exp(-z) / (1 + exp(-z))^2"


def tanh_derivative():
    return "sech(z)^2"


def softmax_diagonal():
    return "s_i - s_i^2"


def softmax_off_diagonal():
    return "-(s_i)*(s_j)"


def softmax_ce_gradient():
    return "-(y_i - p_i)"


def l2_gradient():
    return "(lam/2) * 2*w"


def chain_rule_w1():
    return "x*w2*(x*w2*w1 - y)"
