"""Exam assembly: which questions each sheet gets, in which order, with which option order.

    mlptutor quiz --topics all --count 6 --shuffle --roster class.csv --seed final --out final/

Without --count every sheet has every chosen question. With `--count N`
each sheet gets N questions drawn from the chosen ones by a *blueprint*: N
(topic, difficulty) slots, drawn once per quiz from the pool round-robin
over its topics (so the topics are spread), and filled for each student with
distinct questions of that topic and difficulty. Every sheet therefore covers
the same topics at the same difficulty (meta.toml `difficulty`), while
students sitting side by side mostly get different questions.

With `--shuffle` each sheet's question order and every multiple-choice
question's option order are permuted per student. All draws come from
mlptutor.seeding.rng on (quiz, student, ...): the same seed and roster give
the same sheets.
"""

from __future__ import annotations

from collections import defaultdict

from mlptutor.roster import Student
from mlptutor.seeding import rng
from mlptutor.question_bank.loader import Question, QuestionError
from mlptutor.question_bank.variants import Quiz, make_variant

__all__ = ["blueprint", "draw_questions", "assemble", "slot_of"]


def slot_of(question: Question) -> tuple[str, int]:
    """The blueprint slot a question fills: its topic and difficulty."""
    return question.topic, question.difficulty


def blueprint(pool: list[Question], count: int, quiz: str) -> list[tuple[str, int]]:
    """`count` (topic, difficulty) slots: topics taken in turn (in a seeded order), a random question of
    the topic each time, so the slots are always fillable from the pool."""
    if count > len(pool):
        raise QuestionError(f"--count {count} is more than the {len(pool)} question{'s' * (len(pool) != 1)} chosen; "
                            "choose more topics or questions, or a smaller --count")
    chooser = rng("quiz", quiz, "blueprint")
    by_topic: dict[str, list[Question]] = defaultdict(list)
    for question in pool:
        by_topic[question.topic].append(question)
    topics = [sorted(by_topic)[i] for i in chooser.permutation(len(by_topic))]
    left = {t: [by_topic[t][i] for i in chooser.permutation(len(by_topic[t]))] for t in topics}
    slots = []
    while len(slots) < count:
        for topic in topics:
            if left[topic] and len(slots) < count:
                slots.append(slot_of(left[topic].pop()))
    return slots


def draw_questions(pool: list[Question], slots: list[tuple[str, int]], quiz: str, student: str) -> list[Question]:
    """One student's questions: each slot filled with a distinct question of its topic and difficulty,
    in pool order (the sheet's order before any shuffle)."""
    chooser = rng("quiz", quiz, student, "draw")
    chosen: list[Question] = []
    for slot in sorted(set(slots)):
        candidates = [q for q in pool if slot_of(q) == slot]
        picks = chooser.choice(len(candidates), size=slots.count(slot), replace=False)
        chosen += [candidates[int(i)] for i in sorted(picks)]
    order = {q.id: i for i, q in enumerate(pool)}
    return sorted(chosen, key=lambda q: order[q.id])


def assemble(pool: list[Question], students: list[Student], quiz: str, title: str | None = None, *,
             count: int | None = None, shuffle: bool = False) -> Quiz:
    """The quiz of `students`: every pool question, or `count` drawn per student; shuffled per student."""
    slots = blueprint(pool, count, quiz) if count else None
    variants = []
    for student in students:
        questions = draw_questions(pool, slots, quiz, student.id) if slots else list(pool)
        if shuffle:
            questions = [questions[int(i)] for i in rng("quiz", quiz, student.id, "order").permutation(len(questions))]
        variants += [make_variant(q, quiz, student.id, shuffle_options=shuffle) for q in questions]
    used = {v.question for v in variants}
    return Quiz(title or f"Quiz {quiz}", str(quiz), list(students), [q.id for q in pool if q.id in used], variants)
