"""`mlptutor practice [--topic T] [--seed S]`: a terminal tutor over the question bank.

Each round poses a random variant of a random question (of the topic, if
given) as plain text and asks for its answers one at a time. At the prompt:

    an answer      numbers ("0.25", "1/4"), vectors ("0.7 0.7"), matrices ("1 2; 3 4"),
                   formulas ("sigmoid(z)*(1 - sigmoid(z))") or an option key ("b")
    hint           a nudge: the advice that goes with the question's known mistakes
    solution       the worked solution (the question counts as not solved)
    next           skip to a new question
    quit           stop (so does the end of input)

An unreadable answer is explained and asked again. A wrong answer is
explained (which entry, which sign, which known mistake) and followed by the
worked solution. At the end a score per topic is printed: questions solved
out of questions posed. Input may be piped: the tutor reads lines from stdin.
"""

from __future__ import annotations

import secrets
import sys
from dataclasses import dataclass, field

import click

from mlptutor.seeding import rng
from question_bank.answers import check_answer
from question_bank.loader import Question, QuestionError, select_questions
from question_bank.plaintext import markdown_to_text
from question_bank.variants import Variant, make_variant

__all__ = ["Session", "practice_variant", "practice"]

COMMANDS = ("hint", "solution", "next", "quit")


@dataclass
class Session:
    """Per-topic tally of one practice session: topic -> [solved, posed]."""

    tally: dict[str, list[int]] = field(default_factory=dict)

    def posed(self, topic: str) -> None:
        self.tally.setdefault(topic, [0, 0])[1] += 1

    def solved(self, topic: str) -> None:
        self.tally[topic][0] += 1

    def summary(self) -> str:
        if not self.tally:
            return "No questions answered."
        lines = [f"  {topic}: {solved}/{posed}" for topic, (solved, posed) in sorted(self.tally.items())]
        solved = sum(s for s, _ in self.tally.values())
        posed = sum(p for _, p in self.tally.values())
        return "\n".join(["Score by topic (solved/posed):", *lines, f"  total: {solved}/{posed}"])


def practice_variant(question: Question, seed: int, round_number: int) -> Variant:
    """The variant posed in round `round_number` of the session with `seed` (rounds from 0)."""
    return make_variant(question, f"practice-{seed}", f"round-{round_number}")


def _read_line() -> str | None:
    """The next input line without its newline, or None at the end of input."""
    line = sys.stdin.readline()
    return None if line == "" else line.strip()


def _nudge(variant: Variant, question: Question) -> str:
    """Advice without the variant's numbers: the known mistakes' hints, else the solution's opening line."""
    hints = [m.hint for m in question.mistakes]
    return " ".join(hints) if hints else markdown_to_text(variant.solution).split("\n")[0]


def _pose(variant: Variant, question: Question, session: Session) -> str:
    """Ask every answer of one variant; returns "next" or "quit" (what to do after this question)."""
    click.echo(f"\n== {variant.title} ({variant.topic}) ==\n")
    click.echo(markdown_to_text(variant.statement))
    counted = False
    for spec in variant.answer_specs:
        while True:
            click.echo(f"{spec['label']}> ", nl=False)
            text = _read_line()
            if text is None or text.lower() == "quit":
                click.echo()
                return "quit"  # a question left before any attempt is not counted
            if not counted:
                session.posed(variant.topic)
                counted = True
            command = text.lower()
            if command == "next":
                return "next"
            if command == "hint":
                click.echo(f"Hint: {_nudge(variant, question)}")
                continue
            if command == "solution":
                click.echo("\n" + markdown_to_text(variant.solution))
                return "next"
            if not text:
                click.echo(f"Type an answer, or one of: {', '.join(COMMANDS)}.")
                continue
            verdict = check_answer(spec, variant.answers[spec["name"]], text,
                                   params=variant.params, mistakes=question.mistakes)
            if not verdict.readable:
                click.echo(f"Cannot read that: {verdict.message}. Try again.")
                continue
            if verdict.correct:
                click.echo("Correct.")
                break
            click.echo(f"Not quite: {verdict.message}.")
            if verdict.hint:
                click.echo(f"Hint: {verdict.hint}")
            click.echo("\nWorked solution:\n" + markdown_to_text(variant.solution))
            return "next"
    session.solved(variant.topic)
    click.echo("All correct, well done!")
    return "next"


@click.command("practice")
@click.option("--topic", default=None, help="Only questions of this topic (e.g. softmax, backprop).")
@click.option("--seed", default=None, type=int, help="Seed for a reproducible sequence of problems.")
def practice(topic, seed):
    """Practise with random problems in the terminal: hints, answer checking and worked solutions."""
    try:
        questions = select_questions(topics=[topic] if topic else None)
    except QuestionError as exc:
        raise click.ClickException(str(exc)) from None
    seed = seed if seed is not None else secrets.randbelow(2**31)
    chooser = rng("practice", seed)
    click.echo(f"Practice (seed {seed}): answer, or type {', '.join(COMMANDS)}.")
    session = Session()
    round_number = 0
    while True:
        question = questions[int(chooser.integers(len(questions)))]
        variant = practice_variant(question, seed, round_number)
        round_number += 1
        if _pose(variant, question, session) == "quit":
            break
    click.echo(session.summary())
