"""derivatives.softmax_ce_gradient: dL/dz_i written as target minus output y_i - p_i (the perceptron's e = t - a), the sign flipped."""

def softmax_ce_gradient():
    return "y_i - p_i"
