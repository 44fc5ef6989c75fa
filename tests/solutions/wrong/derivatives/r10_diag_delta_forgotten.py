"""derivatives.softmax_diagonal: -s_i**2, the off-diagonal formula used on the diagonal (the delta_ij term forgotten)"""

def softmax_diagonal():
    return "-s_i**2"
