"""derivatives.softmax_ce_gradient: gives dL/dp_i = -y_i/p_i (the gradient w.r.t. the probability) instead of dL/dz_i"""


def softmax_ce_gradient():
    return "-y_i/p_i"
