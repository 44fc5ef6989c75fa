"""derivatives.chain_rule_w1: multiplies by w1 where the chain rule brings down w2 (d(w2*h)/dh = w2), writing (w2*w1*x - y)*w1*x."""

def chain_rule_w1():
    return "(w2*w1*x - y)*w1*x"
