"""Derivatives as formulas (the text a student of the np.matrix tutorials would write)."""


def sigmoid_derivative():
    """d/dz of sigmoid(z)."""
    return "exp(-z)/(1 + exp(-z))**2"


def tanh_derivative():
    """d/dz of tanh(z)."""
    return "1 - tanh(z)**2"


def softmax_diagonal():
    """d s_i / d z_i in s_i."""
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    """d s_i / d z_j (i != j) in s_i and s_j."""
    return "-s_i*s_j"


def softmax_ce_gradient():
    """dL/dz_i in p_i and y_i."""
    return "p_i - y_i"


def l2_gradient():
    """d/dw of (lam/2)*w**2."""
    return "lam*w"


def chain_rule_w1():
    """dL/dw1 for L = (w2*w1*x - y)**2/2."""
    return "(w2*w1*x - y)*w2*x"
