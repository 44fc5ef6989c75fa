"""A function that used np.random's global generator, which the sandbox sees (Outcome.global_draw) and no replay
reproduces: its unexplained rows are named relation:global-random (grader/relations/global_random.py); a right
function, which draws nothing, is not."""

from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"

# train_perceptron visiting the examples in np.random.permutation order (an outsider's file)
SHUFFLED = (SOLUTIONS / "wrong" / "perceptron" / "r5_train_shuffled.py").read_text()


def _failing(report):
    return [(r.check, r.mistake, r.message, r.hint) for r in report.checks
            if r.function == "train_perceptron" and not r.passed]


def test_a_function_shuffling_with_np_randoms_global_generator_is_named(grader, with_code, solution):
    wrong = [_failing(grader.grade({"perceptron": with_code("perceptron", SHUFFLED)}, "global shuffle",
                                   only=["perceptron"])) for _ in range(2)]
    assert wrong[0] == wrong[1]  # the same submission, the same grade
    named = [f for f in wrong[0] if f[1] == "relation:global-random"]
    assert named, wrong[0]
    assert all("used np.random's global generator" in message for _, _, message, _ in named)
    assert all("nothing here is random" in hint for _, _, _, hint in named)
    assert not [f for f in wrong[0] if f[1] is None], wrong[0]
    right = grader.grade({"perceptron": solution("perceptron")}, "right", only=["perceptron"])
    assert all(r.passed and r.mistake is None for r in right.checks)
