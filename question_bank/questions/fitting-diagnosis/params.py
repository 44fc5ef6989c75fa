"""Read a final training and validation loss: underfitting (both high), overfitting (a wide gap) or a good fit."""

from mlptutor.question_bank.answers import AnswerMistake, option_key
from mlptutor.question_bank.drawing import rounded

DIAGNOSES = {"underfitting": "underfitting: the model is too simple to fit even the training data",
             "overfitting": "overfitting: the model memorises the training data and fails on new data",
             "good": "a good fit: low training loss and a validation loss close to it"}
REMEDIES = {"underfitting": "a larger model (more units or layers) or longer training",
            "overfitting": "regularisation: weight decay, dropout or early stopping",
            "good": "nothing drastic: evaluate once on the test set"}
BASELINE = 0.69  # the loss of always predicting 50 % on a balanced binary task
GAP = 0.1  # a validation loss this much above the training loss is overfitting


def diagnose(train, val):
    """The course's reading of the two losses (of a balanced binary classifier, baseline ln 2 = 0.69)."""
    if train > 0.5 * BASELINE:
        return "underfitting"
    return "overfitting" if val - train > GAP else "good"


def generate(rng):
    """Losses drawn well inside one regime, so the reading is never borderline."""
    regime = sorted(DIAGNOSES)[int(rng.integers(3))]
    train = {"underfitting": rounded(rng, 0.45, 0.65, 2), "overfitting": rounded(rng, 0.02, 0.15, 2),
             "good": rounded(rng, 0.1, 0.25, 2)}[regime]
    val = {"underfitting": train + rounded(rng, 0.0, 0.05, 2), "overfitting": train + rounded(rng, 0.3, 0.8, 2),
           "good": train + rounded(rng, 0.0, 0.04, 2)}[regime]
    keys = sorted(DIAGNOSES)
    order = [keys[i] for i in rng.permutation(3)]
    return {"train": train, "val": round(val, 2), "options": dict(zip("abc", (DIAGNOSES[k] for k in order)))}


def solve(params):
    regime = diagnose(params["train"], params["val"])
    return {"answers": {"diagnosis": option_key(params["options"], DIAGNOSES[regime])},
            "steps": {"regime": regime, "gap": params["val"] - params["train"], "remedy": REMEDIES[regime]}}


def _reading(params, regime):
    """The key of the option reading the losses as `regime` when that reading is wrong (else no answer)."""
    key = option_key(params["options"], DIAGNOSES[regime])
    return {} if key is None or diagnose(params["train"], params["val"]) == regime else {"diagnosis": key}


MISTAKES = [
    AnswerMistake("diagnosis-overfitting", "overfitting read without both of its signs",
            "Overfitting is a training loss well below the baseline 0.69 with a validation loss far above the training "
            "loss: check both.", lambda p: _reading(p, "overfitting")),
    AnswerMistake("diagnosis-underfitting", "underfitting read from a training loss well below the baseline",
            "Underfitting shows in the training loss itself: it stays near the baseline 0.69 of answering 50 %.",
            lambda p: _reading(p, "underfitting")),
    AnswerMistake("diagnosis-good-fit", "a good fit read without both of its signs",
            "A good fit is a training loss well below the baseline 0.69 and a validation loss close to the training "
            "loss: check both.", lambda p: _reading(p, "good")),
]
