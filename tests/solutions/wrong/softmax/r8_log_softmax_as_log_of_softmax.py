"""softmax.log_softmax: np.log(softmax(Z)), which is log(0) = -inf (with a warning) when logits differ by more than ~750, e.g. at 1e4."""


def log_softmax(Z):
    return np.log(softmax(Z))
