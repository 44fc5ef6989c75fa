"""derivatives.softmax_off_diagonal: Drops the minus sign of d s_i / d z_j: s_i*s_j instead of -s_i*s_j."""

def softmax_off_diagonal():
    return "s_i*s_j"
