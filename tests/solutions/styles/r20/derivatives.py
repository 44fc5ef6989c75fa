"""Derivatives as Hagan, Demuth & Beale tabulate them for their transfer functions: logsig' = a (1 - a),
tansig' = 1 - a^2 written out in the net input, the softmax terms and the chain rule by hand."""


def sigmoid_derivative():
    # logsig: a = 1/(1+e^-n), da/dn = (1 - a) a
    return "(1 - 1/(1 + exp(-z))) * (1/(1 + exp(-z)))"


def tanh_derivative():
    # tansig: a = (e^n - e^-n)/(e^n + e^-n), da/dn = 1 - a^2
    return "1 - ((exp(z) - exp(-z))/(exp(z) + exp(-z)))^2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "-s_i*s_j"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    # a = w2*w1*x, e = y - a, F = e^2/2 -> dF/dw1 = -e * w2 * x
    return "-(y - w2*w1*x)*w2*x"
