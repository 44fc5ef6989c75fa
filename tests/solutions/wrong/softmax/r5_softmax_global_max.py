"""softmax.softmax: shifts by the largest logit of the whole batch: a row far below it becomes 0/0."""

def softmax(Z):
    with np.errstate(all="ignore"):
        E = np.exp(Z - np.max(Z))
        return E / E.sum(axis=-1, keepdims=True)
