"""softmax.softmax_cross_entropy_grad: treats the logits as probabilities (Keras from_logits=False): (logits - Y) / N, no softmax."""

def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    return (logits - Y) / logits.shape[0]
