"""derivatives.softmax_off_diagonal: softmax off-diagonal derivative without the minus sign: s_i*s_j."""

def softmax_off_diagonal():
    return "s_i*s_j"
