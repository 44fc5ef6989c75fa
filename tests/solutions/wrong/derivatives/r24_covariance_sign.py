"""derivatives.softmax_off_diagonal: s_i*s_j, the sign of the covariance -<n_i><n_j> lost."""


def softmax_off_diagonal():
    return "s_i*s_j"
