"""Derivatives as MIT 6.036/6.390's notes write them: NLL, SoftMax and the chain rule dL/dW = dL/dA dA/dZ dZ/dW.

6.036 states dNLL/dz = a - y for a softmax output, the sigmoid's derivative as sigma(z)(1 - sigma(z)), and
the ridge penalty's gradient as lambda w; the chain rule for two chained weights multiplies the local
derivatives from the loss back to w1.
"""


def sigmoid_derivative():
    return "sigmoid(z)*(1 - sigmoid(z))"


def tanh_derivative():
    return "1 - tanh(z)**2"


def softmax_diagonal():
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    return "-s_i*s_j"


def softmax_ce_gradient():
    return "p_i - y_i"


def l2_gradient():
    return "lam*w"


def chain_rule_w1():
    # dL/dguess = (guess - y), dguess/dh = w2, dh/dw1 = x with h = w1*x
    return "(w2*w1*x - y)*w2*x"
