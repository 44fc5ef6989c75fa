"""derivatives.softmax_ce_gradient: -y_i/p_i, the derivative of the negative log-likelihood with respect to p_i, not with respect to the logit z_i."""


def softmax_ce_gradient():
    return "-y_i/p_i"
