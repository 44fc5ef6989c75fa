"""Derivatives as formulas (r24 style: a physicist after Mehta et al.).

The sigmoid is a Fermi function and tanh a magnetisation, so their slopes are
fluctuations; the softmax Jacobian is the covariance of the occupation numbers.
"""


def sigmoid_derivative():
    # fluctuation of a Fermi occupation: <n^2> - <n>^2 = f - f^2
    return "sigmoid(z) - sigmoid(z)**2"


def tanh_derivative():
    # the susceptibility of an Ising spin: sech^2
    return "sech(z)**2"


def softmax_diagonal():
    return "s_i - s_i**2"


def softmax_off_diagonal():
    return "-s_i*s_j"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    # the restoring force of a spring of stiffness lam, with the sign of a gradient
    return "lam*w"


def chain_rule_w1():
    return "(w2*w1*x - y)*w2*x"
