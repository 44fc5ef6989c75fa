"""The course's table: regression -> linear + MSE, binary -> sigmoid + BCE (or, the same model, a two-way
softmax + cross-entropy), multi-class -> softmax + cross-entropy."""

from mlptutor.question_bank.answers import AnswerMistake, option_key

# task kind -> (output activation, loss), named as in the reference registries (a test checks the names)
PAIRS = {
    "regression": ("identity", "mse"),
    "binary": ("sigmoid", "bce"),
    "multiclass": ("softmax", "cross_entropy"),
}
WRONG_PAIRS = [("softmax", "mse"), ("relu", "bce"), ("sigmoid", "cross_entropy"), ("identity", "bce")]
TASKS = {
    "regression": ["predicting the price of a house in euros", "predicting tomorrow's temperature",
                   "estimating a patient's age from an X-ray"],
    "binary": ["deciding whether an e-mail is spam", "predicting whether a customer will cancel",
               "detecting whether an image contains a cat"],
    "multiclass": ["recognising which of the 10 digits a handwritten image shows",
                   "sorting news articles into one of 5 sections", "identifying which of 3 species a flower is"],
}
SHOWN = {"identity": "linear (identity) output", "sigmoid": "sigmoid output", "softmax": "softmax output",
         "relu": "ReLU output", "mse": "mean squared error", "bce": "binary cross-entropy",
         "cross_entropy": "categorical cross-entropy"}
KEYS = "abcd"


def _text(pair):
    activation, loss = pair
    return f"{SHOWN[activation]} with {SHOWN[loss]}"


def generate(rng):
    """A task of a random kind; the right pair among the two other right pairs and one wrong pair, shuffled."""
    kind = sorted(PAIRS)[int(rng.integers(len(PAIRS)))]
    task = TASKS[kind][int(rng.integers(len(TASKS[kind])))]
    pairs = list(PAIRS.values()) + [WRONG_PAIRS[int(rng.integers(len(WRONG_PAIRS)))]]
    order = rng.permutation(len(pairs))
    options = {KEYS[i]: _text(pairs[j]) for i, j in enumerate(order)}
    return {"task": task, "kind": kind, "options": options}


def _right_texts(kind):
    """The wordings of the options right for a task of `kind`: for a binary task a two-way softmax with
    cross-entropy is the same model, so that option is right too."""
    return [_text(PAIRS[kind])] + ([_text(PAIRS["multiclass"])] if kind == "binary" else [])


def solve(params):
    """The task's pair (the key is the list of both right options for a binary task)."""
    keys = [option_key(params["options"], text) for text in _right_texts(params["kind"])]
    return {"answers": {"pairing": sorted(keys) if len(keys) > 1 else keys[0]},
            "steps": {"right": _text(PAIRS[params["kind"]]), "also": params["kind"] == "binary"}}


def _chosen(params, pair=None):
    """The key of the option holding `pair` (None: the wrong pair, right for no task) when it is wrong here."""
    texts = [_text(pair)] if pair else [_text(p) for p in WRONG_PAIRS]
    key = next((k for k, text in params["options"].items() if text in texts), None)
    return {} if key is None or params["options"][key] in _right_texts(params["kind"]) else {"pairing": key}


MISTAKES = [
    AnswerMistake("pairing-regression-for-classes", "the regression pairing (a linear output with MSE) for classes",
            "A linear output with MSE predicts an unbounded number; a class label needs probabilities and cross-entropy.",
            lambda p: _chosen(p, PAIRS["regression"])),
    AnswerMistake("pairing-two-classes", "the two-class pairing (one sigmoid with binary cross-entropy)",
            "One sigmoid unit gives one probability in (0, 1), scored by binary cross-entropy: it fits a yes/no target "
            "only.", lambda p: _chosen(p, PAIRS["binary"])),
    AnswerMistake("pairing-exclusive-classes", "the multi-class pairing (softmax with categorical cross-entropy)",
            "A softmax gives the probabilities of exclusive classes, scored by cross-entropy: it fits a class label, "
            "not a number.", lambda p: _chosen(p, PAIRS["multiclass"])),
    AnswerMistake("pairing-mismatched", "an output and a loss that do not fit together",
            "The loss must read what the output gives: binary cross-entropy one sigmoid's probability, categorical "
            "cross-entropy a softmax distribution, MSE any real number.", _chosen),
]
