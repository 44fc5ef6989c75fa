"""derivatives.chain_rule_w1: the chain stopped one factor early: dL/dy_hat * w2 without the inner d(w1 x)/dw1 = x"""


def chain_rule_w1():
    return "(w2*w1*x - y)*w2"
