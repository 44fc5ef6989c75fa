"""derivatives.softmax_ce_gradient: the right answer copied from the notes with a Unicode minus sign (U+2212), which is not the formula language's "-"."""

def softmax_ce_gradient():
    return "p_i \u2212 y_i"
