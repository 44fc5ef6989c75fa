"""Derivatives as formulas, written by a PyTorch user who checked each one against autograd."""


def sigmoid_derivative():
    """d/dz of sigmoid(z), as a formula in z."""
    return "sigmoid(z)*(1 - sigmoid(z))"


def tanh_derivative():
    """d/dz of tanh(z), as a formula in z."""
    return "1 - tanh(z)**2"


def softmax_diagonal():
    """d s_i / d z_i for s = softmax(z), in s_i."""
    return "s_i - s_i**2"


def softmax_off_diagonal():
    """d s_i / d z_j for i != j, in s_i and s_j."""
    return "-s_i*s_j"


def softmax_ce_gradient():
    """dL/dz_i for softmax cross-entropy, in p_i and y_i (the familiar probs - onehot)."""
    return "p_i - y_i"


def l2_gradient():
    """d/dw of (lam/2)*w**2: what weight_decay=lam adds to w.grad."""
    return "lam*w"


def chain_rule_w1():
    """dL/dw1 for L = (w2*w1*x - y)**2/2."""
    return "(w1*w2*x - y)*w2*x"
