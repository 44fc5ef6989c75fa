"""derivatives.chain_rule_w1: chain rule stopped one link short: (w2*w1*x - y)*x, the factor w2 from d(w2*w1*x)/dw1 is missing."""

def chain_rule_w1():
    return "(w2*w1*x - y)*x"
