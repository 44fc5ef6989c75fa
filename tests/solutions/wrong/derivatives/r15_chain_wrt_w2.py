"""derivatives.chain_rule_w1: the gradient w.r.t. the other weight, w2: (w2*w1*x - y)*w1*x"""


def chain_rule_w1():
    return "(w2*w1*x - y)*w1*x"
