"""derivatives.tanh_derivative: 2*sigmoid(2*z)*(1 - sigmoid(2*z)), the chain rule's 2 counted once instead of twice"""

def tanh_derivative():
    return "2*sigmoid(2*z)*(1 - sigmoid(2*z))"
