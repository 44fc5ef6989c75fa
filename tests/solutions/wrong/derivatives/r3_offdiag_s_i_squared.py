"""derivatives.softmax_off_diagonal: -s_i**2, copying the diagonal's s_i^2 term instead of -s_i*s_j."""

def softmax_off_diagonal():
    return "-s_i**2"
