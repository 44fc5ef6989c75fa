"""derivatives.chain_rule_w1: right; (w2 w1 x - y) w2 x multiplied out."""

def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
