"""`mlptutor practice`: a terminal tutor over the question bank that adapts to the student.

    mlptutor practice                              every topic, the next problem chosen by mastery
    mlptutor practice --topic softmax,losses       several topics at once
    mlptutor practice --question softmax-jacobian  one question (or several, comma-separated), new numbers each round
    mlptutor practice --stats                      mastery per topic, then exit

Each problem is posed as plain text and its answers are asked one at a time.
At the prompt:

    an answer      numbers ("0.25", "1/4"), vectors ("0.7 0.7"), matrices ("1 2; 3 4"),
                   formulas ("sigmoid(z)*(1 - sigmoid(z))") or an option key ("b")
    hint           a hint, more specific each time: the topic's idea, then the question's
                   known pitfalls, then the first step of the worked solution
    solution       the worked solution now (the problem counts as not solved)
    next           skip to a new problem
    quit           stop (so does the end of input)

An unreadable answer is explained and asked again without costing a try. A
wrong answer is explained (which entry, which sign, which known mistake) and
asked again, up to --tries times; then that part's answer is shown and the
next part is asked. Nothing of a later part is shown before it is reached:
the full worked solution comes when every part is done.

Which problem comes next, and the ratings behind it, are in
question_bank.mastery (an Elo rating per topic, weak and due topics first).
PracticeRecord is saved after every problem in a local SQLite file (--progress;
default under the user's data folder). Input may be piped: the tutor reads
lines from stdin.
"""

from __future__ import annotations

import ast
import math
import operator
import re
import secrets
import sys
from collections import Counter
from datetime import datetime, timezone

import click

from mlptutor.seeding import rng
from mlptutor.question_bank.answers import FUNCTION_WORDS, accepted_keys, check_answer, formula_sandbox
from mlptutor.question_bank.render.keyformat import format_answer
from mlptutor.question_bank.loader import TOPICS, Question, QuestionError, select_questions
from mlptutor.question_bank.options import path_of_kind, usage_error, whole_number
from mlptutor.question_bank.mastery import (PracticeRecord, ProgressError, choose_question, choose_topic, default_progress_path,
                                   due, mastery, read_record)
from mlptutor.question_bank.render.plaintext import markdown_to_text
from mlptutor.question_bank.variants import Variant, make_variant

__all__ = ["practice_variant", "hint", "outcome", "practice", "arithmetic"]

COMMANDS = ("hint", "solution", "next", "quit")
FIRST_TRY, LATER, MISSED = 1.0, 0.5, 0.0

# the general idea of each topic: the first, least specific hint
TOPIC_HINTS = {
    "counting": "A dense layer from n inputs to m units has an n-by-m weight matrix and m biases.",
    "forward": "Each layer computes z = W x + b, then applies its activation entry by entry.",
    "activations": "Write down the activation's formula and evaluate it at each input.",
    "losses": "Match the loss to the output: MSE for real values, cross-entropy for probabilities.",
    "softmax": "Softmax exponentiates each logit and divides by the sum, so the outputs add up to 1.",
    "gradient-descent": "A step moves against the gradient: w <- w - eta * dL/dw.",
    "backprop": "Apply the chain rule backwards: multiply the local derivatives along each path.",
    "graphs": "Where a variable feeds several paths, add the gradients that flow back along each path.",
    "regularization": "Regularization adds a term to the loss (or noise to training): see how it changes the update.",
    "normalization": "Normalize with the mean and variance over the right axis, then scale and shift.",
    "init": "The initial weights' variance is chosen from the fan-in (and fan-out) to keep signals steady.",
    # every training question's: the loop's parts in order (epochs and batches, clipping, early stopping)
    "training": "Follow the training loop in order: a batch's gradient, anything done to it (clipping), the step, "
                "and what is checked after each epoch (the validation loss).",
    "data": "Split first, then compute anything learned from data on the training part only.",
    "perceptron": "The perceptron changes its weights only when it misclassifies the example.",
    "xor": "XOR needs a hidden layer: each hidden unit draws one line, the output combines them.",
    "derivatives": "Differentiate with the chain rule, then rewrite the result with the function itself.",
    "concepts": "Recall the definition behind each option and rule out the ones that contradict it.",
}


def practice_variant(question: Question, seed: int, round_number: int) -> Variant:
    """The variant posed in round `round_number` of the session with `seed` (rounds from 0)."""
    return make_variant(question, f"practice-{seed}", f"round-{round_number}")


def _first_lines(solution: str) -> tuple[list[str], list[str]]:
    """The source lines of the solution's first sentence, and the lines after them."""
    lines = solution.strip().split("\n")
    taken = [lines[0]]
    for line in lines[1:]:
        last = taken[-1].rstrip().rstrip("$").rstrip()
        if (last.endswith((".", ":", ";")) or not line.strip() or re.match(r"\s*(?:[-*+]\s|\d+\.\s|\$\$)", line)
                or (last.endswith(",") and line.lstrip().startswith("$"))):
            break
        taken.append(line)
    return taken, lines[len(taken):]


def _as_text(markdown: str) -> str:
    return " ".join(markdown_to_text(markdown).split()).removeprefix("- ")


def first_step(solution: str) -> str:
    """The solution's first sentence as plain text: its first line, continued over the lines a template wrapped
    it on, never into a list, a displayed formula or the next of a list of equations (a line of maths after a
    comma), where the later steps and the answers are."""
    text = _as_text(" ".join(_first_lines(solution)[0]))
    return re.split(r"(?<=[a-z)\]]\.)\s+(?=[A-Z])", text, maxsplit=1)[0]


def led_to(solution: str) -> list[str]:
    """What a first sentence ending in ':' leads to, as text: the displayed formula or the first list item after it,
    whole and then cut before each of its ' = ' from the last (at least one kept), the fullest first."""
    rest = [line for line in _first_lines(solution)[1] if line.strip()]
    if not rest:
        return []
    block = rest[0]
    if block.lstrip().startswith("$$") and block.count("$$") < 2:  # a display formula over several lines
        block = " ".join(rest[:next((i + 1 for i, line in enumerate(rest[1:], 1) if "$$" in line), 1)])
    pieces = _as_text(block).rstrip(".;,").split(" = ")
    return [" = ".join(pieces[:k]) for k in range(len(pieces), 1, -1)] if len(pieces) > 1 else pieces


def hint(variant: Variant, question: Question, level: int) -> str | None:
    """Hint number `level` (from 1), general to specific; None when there is no more. The solution's first step
    only when it does not give an answer away (three-way-split's is the training set's size)."""
    hints = [TOPIC_HINTS.get(variant.topic, "Re-read the statement and write down what each symbol stands for.")]
    # a choice question's pitfalls say what each wrong option reads wrong: together they point at the right one
    choice = any(spec["type"] == "choice" for spec in variant.answer_specs)
    pitfalls = "" if choice else " ".join(m.hint for m in question.mistakes)
    if pitfalls:
        hints.append(pitfalls)
    step = first_step(variant.solution)
    if re.search(r"[:\w]$", step):  # a bare lead-in ('Forward pass:'): say what it leads to, giving no answer away
        # reveals() cannot read a formula, and any form of a formula's derivation is an accepted answer (σ'(z) =
        # e^(-z)/(1 + e^(-z))^2): a formula question's lead-in ends as a sentence; so does a choice's, which goes on
        # into one option worked ('Training loss 0.55: close to the baseline'), shown or not by the key
        formula = any(spec["type"] == "symbolic" for spec in variant.answer_specs)
        leads = [] if choice or formula else led_to(variant.solution)
        step = next((f"{step} {more}" for more in leads if not reveals(f"{step} {more}", variant)),
                    f"{step.removesuffix(':')}.")
    if not reveals(step, variant):  # cut before the next equation of a list, it ends on no comma ('= -2.660,')
        hints.append(f"The first step: {step.rstrip(',;')}")
    return hints[level - 1] if level <= len(hints) else None


_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", re.I)
_WORD = re.compile(r"[a-z][a-z-]+")

def reveals(text: str, variant: Variant) -> bool:
    """Whether `text` holds an answer of `variant`: a number of its key other than 0 and 1, shown or worked out by
    arithmetic of numbers the text shows (at the decimals the answer asks for, its sign ignored; a whole number also as the ceiling or floor of a number shown) or an
    expression its answer check accepts, or a word that only the right option of a choice has among its options and the statement does not use."""
    # the numbers shown, and those of arithmetic shown to be worked out ('z_1 = (1.2) · (-0.7) + (0.1)')
    pieces = [piece for piece in re.split(r" = |: |, ", text) if not _NUMBER.fullmatch(piece.strip())]
    worked = [value for value in map(arithmetic, pieces) if value is not None]
    shown = {abs(float(n)) for n in _NUMBER.findall(text)} | {abs(value) for value in worked}
    texts = {k: str(o) for k, o in (variant.params.get("options") or {}).items()}
    options = {k: set(_WORD.findall(o.lower())) - FUNCTION_WORDS for k, o in texts.items()}
    body = variant.statement
    for option in texts.values():
        body = body.replace(option, " ")
    # the statement's own words, outside its options, say nothing of which option is right
    words = set(_WORD.findall(text.lower())) - set(_WORD.findall(body.lower()))
    for spec in variant.answer_specs:
        key = variant.answers.get(spec["name"])
        if spec["type"] == "choice":
            keys = accepted_keys(key)
            right = set().union(*(options.get(k, set()) for k in keys))
            others = set().union(*(o for k, o in options.items() if k not in keys))
            if words & (right - others):
                return True
        elif spec["type"] != "symbolic":
            decimals = int(spec.get("decimals", 0) or 0)
            rounded = {round(n, decimals) for n in shown}
            if not decimals:  # a whole number is as often a count rounded up or down ('⌈ 47.06 ⌉' for 48 batches)
                rounded |= {float(f(n)) for n in shown for f in (math.ceil, math.floor)}
            if any(round(abs(x), decimals) in rounded - {0.0, 1.0} for x in _numbers(key)):
                return True
            # 0 and ±1 are in any text ('1 - p', 'ŷ = 1'): they give the answer away only stated as its value
            if (spec["type"] == "numeric" and round(abs(key), decimals) in (0.0, 1.0)
                    and _states(text, spec["name"], key, decimals)):
                return True
            # an expression the answer check reads as the key ('⌈ 4126/32 ⌉' is 129); bare numbers and arithmetic
            # ('4.3 - 0.20 · (2.4)' is w_new: one subtraction from the answer) are judged above
            if any(check_answer(spec, key, piece, params=variant.params).correct for piece in pieces):
                return True
    return False


def _states(text: str, name: str, value: float, decimals: int) -> bool:
    """Whether `text` states the answer `name` (or `name` with or without '_new') equals `value` at `decimals`: a
    chain of '=', '←' or ':' from that name to a number or to arithmetic of numbers ('b ← b + η (y - ŷ) = -1.0 + 0.5 ·
    (0) = -1.00', 'b = -0.5 - 0.5', 'b_new: -1')."""
    names = "|".join(map(re.escape, {name, name.removesuffix("_new")}))
    for clause in re.split(r"[.;,](?:\s|$)|\s(?:and|so)\s", text):
        pieces = [piece.strip() for piece in re.split(r"\s[=←]\s|:\s", clause)]
        last = float(pieces[-1]) if _NUMBER.fullmatch(pieces[-1]) else arithmetic(pieces[-1])
        if (len(pieces) > 1 and re.match(rf"(?:{names})(?:_new)?(?![\w(])", pieces[0]) and last is not None
                and round(last, decimals) == round(value, decimals)):
            return True
    return False


_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def arithmetic(text: str) -> float | None:
    """The value of `text` when it is arithmetic of numbers alone ('4.3 - 0.20 · (2.4)', '(1.8) · (-0.7) + (0.1)'),
    else None (a symbol, a function, a power or a division by zero)."""
    plain = text.strip().rstrip(".").replace("·", "*").replace("×", "*").replace("−", "-").replace("⋅", "*")
    if not re.fullmatch(r"[\d.\s()+*/-]+", plain) or not re.search(r"\d\s*\)?\s*[-+*/]", plain):
        return None
    try:
        return _evaluate(ast.parse(plain, mode="eval").body)
    except (SyntaxError, ValueError, ZeroDivisionError):
        return None


def _evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _evaluate(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    raise ValueError("not arithmetic")


def _numbers(value) -> list[float]:
    if isinstance(value, list):
        return [x for item in value for x in _numbers(item)]
    return [float(value)] if isinstance(value, (int, float)) and not isinstance(value, bool) else []


def outcome(parts: list[float]) -> float:
    """A problem's outcome for the rating: the mean of its parts' scores (see mastery)."""
    return sum(parts) / len(parts) if parts else 0.0


def _read_line() -> str | None:
    """The next input line without its newline, or None at the end of input."""
    line = sys.stdin.readline()
    return None if line == "" else line.strip()


def _ask_part(variant: Variant, question: Question, spec: dict, tries: int, hints: list[int],
              sandbox) -> float | str:
    """Ask one part until it is right or its tries are used up: its score, or "next"/"quit"/"solution"."""
    wrong = 0
    helped = False
    while True:
        click.echo(f"{spec['label']}> ", nl=False)
        text = _read_line()
        if text is None:
            click.echo()
            return "quit"
        command = text.lower()
        if command in ("quit", "next", "solution"):
            return command
        if command == "hint":
            hints[0] += 1
            helped = True
            shown = hint(variant, question, hints[0])
            click.echo(f"Hint {hints[0]}: {shown}" if shown else "No more hints: type solution to see the worked solution.")
            continue
        if not text:
            click.echo(f"Type an answer, or one of: {', '.join(COMMANDS)}.")
            continue
        verdict = check_answer(spec, variant.answers[spec["name"]], text, params=variant.params,
                               mistakes=question.mistakes, sandbox=sandbox)
        if not verdict.readable:
            click.echo(f"Cannot read that: {verdict.message}. Try again.")
            continue
        if verdict.correct:
            click.echo("Correct.")
            return FIRST_TRY if wrong == 0 and not helped else LATER
        wrong += 1
        click.echo(f"Not quite: {verdict.message}.")
        if verdict.hint:
            click.echo(f"Hint: {verdict.hint}")
        if wrong >= tries:
            key = format_answer(spec, variant.answers[spec["name"]], variant.params)
            click.echo(f"The answer was: {markdown_to_text(key).strip()}")
            return MISSED
        left = tries - wrong
        click.echo(f"Try again ({left} {'try' if left == 1 else 'tries'} left), or type hint.")


def _pose(variant: Variant, question: Question, tries: int, sandbox) -> tuple[str, float | None]:
    """One problem: ("next" | "quit", its outcome, or None when it was left before any answer);
    `sandbox` judges formula answers."""
    click.echo(f"\n== {variant.title} ({variant.topic}) ==\n")
    click.echo(markdown_to_text(variant.statement))
    scores: list[float] = []
    hints = [0]  # hint levels shown so far, shared by the problem's parts
    for spec in variant.answer_specs:
        result = _ask_part(variant, question, spec, tries, hints, sandbox)
        if result == "solution":
            click.echo("\nWorked solution:\n" + markdown_to_text(variant.solution))
            return "next", 0.0
        if result in ("next", "quit"):
            touched = scores or hints[0]
            return result, (outcome(scores + [MISSED] * (len(variant.answer_specs) - len(scores)))
                            if touched else None)
        scores.append(result)
    click.echo("All correct, well done!" if all(s == FIRST_TRY for s in scores) else "Done.")
    click.echo("\nWorked solution:\n" + markdown_to_text(variant.solution))
    return "next", outcome(scores)


def _listed(values: tuple[str, ...]) -> list[str]:
    return [t.strip() for value in values for t in value.split(",") if t.strip()]


def stats_text(progress: PracticeRecord, topics: list[str], now: datetime) -> str:
    """Mastery per topic: rating as a percentage, problems solved/posed, when the next review is due."""
    lines = ["Mastery by topic (chance to solve a medium problem):"]
    for topic in topics:
        state = progress.state(topic)
        review = "due now" if due(state, now) >= 1 else "later"
        last = state.last.date().isoformat() if state.last else "never"
        lines.append(f"  {topic:18} {mastery(state):4.0%}  solved {state.solved}/{state.posed}  "
                     f"last {last}  review {review}")
    return "\n".join(lines)


@click.command("practice")
@click.option("--topic", "topic_values", multiple=True,
              help="Only these topics, comma-separated or repeated (e.g. softmax,backprop).")
@click.option("--question", "question_values", multiple=True, metavar="NAME",
              help="Only these questions (folder names), comma-separated or repeated (e.g. softmax-jacobian).")
@click.option("--seed", default=None, metavar="N", callback=whole_number("practice", example=7),
              help="Seed for a reproducible sequence of problems.")
@click.option("--tries", default="3", show_default=True, metavar="N",
              callback=whole_number("practice", minimum=1, example=3),
              help="Wrong answers allowed per part before its answer is shown.")
@click.option("--rounds", default=None, metavar="N", callback=whole_number("practice", minimum=1, example=5),
              help="Stop after this many problems.")
@click.option("--progress", "progress_path", type=click.Path(), default=None, metavar="FILE",
              callback=path_of_kind("practice", folder=False, example="progress.sqlite"),
              help="SQLite file of your progress [default: ~/.local/share/mlptutor/progress.sqlite].")
@click.option("--stats", is_flag=True, help="Show mastery per topic and exit.")
def practice(topic_values, question_values, seed, tries, rounds, progress_path, stats):
    """Practise with problems chosen for you: retries, hints, worked solutions and saved progress."""
    # a name given twice is asked as once (select_questions refuses it, as a quiz would hold it twice)
    topics, names = _listed(topic_values), list(dict.fromkeys(_listed(question_values)))
    for option, values, listed in (("--topic", topic_values, topics), ("--question", question_values, names)):
        if values and not listed:  # '--question ""' (an unset shell variable) was every question, silently
            raise usage_error("practice", f"{option} {' '.join(values)!r} names none: give a name, or leave "
                                          f"{option} out for all")
    if topics and names:  # a question has one topic: both would be said twice, or contradict
        raise usage_error("practice", "give --topic or --question, not both")
    path = progress_path or default_progress_path()
    try:
        questions = select_questions(ids=names or None, topics=topics or None)
        # asking for the mastery reads the record as it is: it never makes a file or a folder
        progress = read_record(path) if stats else PracticeRecord(path)
    except (QuestionError, ProgressError) as exc:
        raise click.ClickException(str(exc)) from None
    available = sorted({q.topic for q in questions}, key=TOPICS.index)
    if progress is None:
        click.echo(f"No practice progress yet in {path}: run mlptutor practice to start.")
        return
    with progress:
        if stats:
            click.echo(stats_text(progress, available, datetime.now(timezone.utc)))
            return
        seed = seed if seed is not None else secrets.randbelow(2**31)
        chooser = rng("practice", seed)
        click.echo(f"Practice (seed {seed}): answer, or type {', '.join(COMMANDS)}.")
        formulas = any(a["type"] == "symbolic" for q in questions for a in q.answers)
        with formula_sandbox(formulas) as sandbox:  # one SymPy start for every formula answer of the session
            previous, round_number, done, asked = None, 0, [], Counter()
            while rounds is None or round_number < rounds:
                now = datetime.now(timezone.utc)
                topic = choose_topic([progress.state(t) for t in available], now, previous, chooser)
                of_topic = [q for q in questions if q.topic == topic]
                # named questions are each asked in turn: by the rating alone the one nearest it was asked every time
                question = (min(of_topic, key=lambda q: asked[q.id]) if names
                            else choose_question(of_topic, progress.state(topic).rating, chooser))
                asked[question.id] += 1
                action, result = _pose(practice_variant(question, seed, round_number), question, tries, sandbox)
                round_number += 1
                previous = topic
                if result is not None:
                    progress.record(topic, question.id, question.difficulty, result, datetime.now(timezone.utc))
                    done.append(topic)
                if action == "quit":
                    break
        click.echo(f"\n{len(done)} problem(s) done.")
        if done:  # a session quit at once has no mastery to show (it printed the heading alone)
            click.echo(stats_text(progress, sorted(set(done), key=TOPICS.index), datetime.now(timezone.utc)))
