"""derivatives.chain_rule_w1: the error times x only, (w2*w1*x - y)*x: the factor w2 of the inner derivative d(w2 w1 x)/dw1 dropped."""


def chain_rule_w1():
    return "(w2*w1*x - y)*x"
