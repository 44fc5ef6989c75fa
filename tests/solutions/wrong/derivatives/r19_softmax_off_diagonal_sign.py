"""derivatives.softmax_off_diagonal: sign lost: s_i*s_j for d s_i / d z_j (i != j), the right one is -s_i*s_j."""

def softmax_off_diagonal():
    return "s_i*s_j"
