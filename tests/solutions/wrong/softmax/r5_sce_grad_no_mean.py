"""softmax.softmax_cross_entropy_grad: softmax_cross_entropy_grad without the 1/N."""

def softmax_cross_entropy_grad(logits, Y):
    return softmax(logits) - Y
