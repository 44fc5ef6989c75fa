"""derivatives.softmax_diagonal: s_i(1 - s_i) with the product left implicit (reads as a call of s_i), not valid formula language."""

def softmax_diagonal():
    return "s_i(1 - s_i)"
