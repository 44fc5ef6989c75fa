"""Derivatives as formulas (noisy style): a print on import and spaces everywhere."""

print("derivatives.py: returning formulas")


def sigmoid_derivative():
    """Using s' = s (1 - s) written with exp."""
    return "exp(-z) / ((1 + exp(-z)) * (1 + exp(-z)))"


def tanh_derivative():
    """1 - tanh^2 via sech."""
    return " 1/cosh(z)**2 "


def softmax_diagonal():
    """s_i (1 - s_i)."""
    return "s_i * (1 - s_i)"


def softmax_off_diagonal():
    """- s_i s_j."""
    return "0 - s_i * s_j"


def softmax_ce_gradient():
    """p - y."""
    return "p_i-y_i"


def l2_gradient():
    """lam w."""
    return "lam * w"


def chain_rule_w1():
    """(y_hat - y) * w2 * x with y_hat = w2 w1 x."""
    return "(w2 * w1 * x - y) * (w2 * x)"


for _f in (sigmoid_derivative, tanh_derivative, chain_rule_w1):
    print(_f.__name__, "->", _f())
