"""A correct student solution of exercises/derivatives.py: forms a student reaches by other routes."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"


def softmax_diagonal():
    return "1/4 - (s_i - 1/2)**2"


def softmax_off_diagonal():
    return "-exp(log(s_i) + log(s_j))"


def softmax_ce_gradient():
    return "(p_i - 1)*y_i + p_i*(1 - y_i)"


def l2_gradient():
    return "((lam/2)*(w + 1)**2 - (lam/2)*(w - 1)**2)/2"


def chain_rule_w1():
    return "w1*(w2*x)**2 - y*w2*x"
