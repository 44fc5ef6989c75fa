"""derivatives.chain_rule_w1: dL/dw1 written with Hagan's e = t - a but its minus sign dropped: (y - w2 w1 x) w2 x."""

def chain_rule_w1():
    return "(y - w2*w1*x)*w2*x"
