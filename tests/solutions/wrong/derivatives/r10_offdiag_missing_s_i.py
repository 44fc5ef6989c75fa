"""derivatives.softmax_off_diagonal: -s_j, the factor s_i dropped"""

def softmax_off_diagonal():
    return "-s_j"
