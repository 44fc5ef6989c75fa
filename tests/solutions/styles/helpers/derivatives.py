"""Derivatives as formulas assembled from helper strings (helpers style)."""

_SIG = "(1/(1 + exp(-z)))"


def _times(*factors):
    return "*".join(f"({f})" for f in factors)


def sigmoid_derivative():
    return _times(_SIG, f"1 - {_SIG}")


def tanh_derivative():
    return _times("1 - tanh(z)", "1 + tanh(z)")


def softmax_diagonal():
    return _times("s_i", "1 - s_i")


def softmax_off_diagonal():
    return "-" + _times("s_i", "s_j")


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return _times("lam", "w")


def chain_rule_w1():
    return _times("w1*w2*x - y", "w2", "x")
