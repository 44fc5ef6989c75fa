"""derivatives.softmax_diagonal: s_i*(1 - s_i)**2, a stray square on (1 - s_i)."""

def softmax_diagonal():
    return "s_i*(1 - s_i)**2"
