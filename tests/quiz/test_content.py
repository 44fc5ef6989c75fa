"""Content fixes: the binary pairing accepts a two-way softmax, the perceptron sometimes needs no update."""

from mlptutor.seeding import rng
from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.variants import make_variant


def test_a_binary_task_accepts_sigmoid_bce_and_a_two_way_softmax_with_cross_entropy():
    question = load_question("loss-activation-pairing")
    kinds = set()
    for i in range(40):
        variant = make_variant(question, "pairing", f"s{i}")
        spec, options = variant.answer_specs[0], variant.params["options"]
        right = {key for key in options if check_answer(spec, variant.answers["pairing"], key).correct}
        texts = {options[key] for key in right}
        kind = variant.params["kind"]
        kinds.add(kind)
        if kind == "binary":
            assert texts == {"sigmoid output with binary cross-entropy", "softmax output with categorical cross-entropy"}
            assert "same model" in variant.solution
        else:
            assert len(right) == 1
    assert kinds == {"binary", "regression", "multiclass"}


def test_the_perceptron_sometimes_needs_no_update():
    question = load_question("perceptron-update")
    moved = still = 0
    for i in range(200):
        params = question.generate(rng("perceptron", i))
        answers = question.solve(params)["answers"]
        if answers["w"] == params["w"] and answers["b"] == params["b"]:
            still += 1
        else:
            moved += 1
    assert still >= 20 and moved >= 100
    variant = next(make_variant(question, "p", f"s{i}") for i in range(100)
                   if make_variant(question, "p", f"s{i}").steps["error"] == 0)
    assert "classified right and nothing changes" in variant.solution
