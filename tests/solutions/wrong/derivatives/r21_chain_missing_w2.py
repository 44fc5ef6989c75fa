"""derivatives.chain_rule_w1: Stops the chain rule one link early: (w2*w1*x - y)*x, missing the factor w2 of d(w2*w1*x)/dw1."""

def chain_rule_w1():
    return "(w2*w1*x - y)*x"
