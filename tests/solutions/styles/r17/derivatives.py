"""Derivatives as Trask's Grokking Deep Learning writes them: from the layer's output.

Trask's sigmoid2deriv(output) = output * (1 - output) and tanh2deriv(output) = 1 - output**2: the student
writes those with the output spelled as the function of z; delta = pred - goal; weight_delta = delta * input.
"""


def sigmoid_derivative():
    return "sigmoid(z) * (1 - sigmoid(z))"


def tanh_derivative():
    return "1 - tanh(z)**2"


def softmax_diagonal():
    return "s_i * (1 - s_i)"


def softmax_off_diagonal():
    return "-s_i * s_j"


def softmax_ce_gradient():
    # delta = pred - goal
    return "p_i - y_i"


def l2_gradient():
    return "lam * w"


def chain_rule_w1():
    # delta = w2*w1*x - y, weight_delta for w1 = delta * w2 * x
    return "(w2*w1*x - y) * w2 * x"
