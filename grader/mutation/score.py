"""Grade non-equivalent mutants as student submissions and summarise how the grader did.

A mutant is graded like a student who handed in every correct solution of
tests/solutions/ with one function replaced by the mutant (`mutants.submission`),
graded for the mutant's exercise only, by `grader.pipeline.Grader` in
`workers` processes, each with its own Sandbox.

Per mutant: the points of the mutated function, whether any of its failing
rows is explained (a non-empty `mistake`: a catalogue id or `relation:<kind>`
from the relation finder), whether one is explained by more than a crash
(an id other than `relation:error`, which only repeats the exception and its
line; `relation:crash-values`, what the names on the failing line held, says
more), and the points other functions of the exercise lost because of it. A
*survivor* is a non-equivalent mutant whose function keeps full marks.
"""

from __future__ import annotations

import multiprocessing.util
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field

from mlptutor.grader.mutation.equivalence import EquivalenceVerdict
from mlptutor.grader.mutation.mutants import Mutant, submission

_GRADER = None
CRASH_ONLY = ("relation:error",)  # ids that only restate a crash (the exception and its line)


@dataclass(frozen=True)
class Graded:
    """What the grader made of one non-equivalent mutant."""

    id: str
    exercise: str
    function: str
    operator: str
    description: str
    reason: str  # what differential testing found
    witness: str | None  # the input that tells the mutant apart from the reference
    tag: str | None  # what kind of input that is (inputs.TAGS)
    points: float = 0.0
    max_points: float = 0.0
    others_lost: float = 0.0  # points other functions of the exercise lost
    explained: bool = False
    mistakes: tuple[str, ...] = ()
    failing: tuple[str, ...] = field(default=())  # "check: message" of the failing rows
    error: str | None = None  # grading itself failed

    @property
    def fraction(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0

    @property
    def specific(self) -> bool:
        """Explained by more than a crash: some failing row names a mistake or relation other than `relation:error`."""
        return any(m not in CRASH_ONLY for m in self.mistakes)

    @property
    def survived(self) -> bool:
        return self.error is None and self.max_points > 0 and self.points >= self.max_points - 1e-9


def spread(items: list, limit: int | None, offset: float = 0.0) -> list:
    """`limit` items evenly spread over `items` (all of them without a limit): the same sample every run for one
    `offset`; an offset in (0, 1) moves every pick that fraction of the way to the next (a sample disjoint from
    offset 0's where there are twice as many items as picks)."""
    if limit is None or limit >= len(items):
        return list(items)
    step = len(items) / limit
    return [items[int((i + offset) * step)] for i in range(limit)]


def _init_worker() -> None:
    global _GRADER
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox
    sandbox = Sandbox(level="auto")
    multiprocessing.util.Finalize(None, sandbox.close, exitpriority=10)
    _GRADER = Grader(sandbox)


def grade_one(mutant: Mutant, verdict: EquivalenceVerdict, grader=None) -> Graded:
    """Grade one mutant (with `grader`, or the worker's own)."""
    grader = grader or _GRADER
    base = dict(id=mutant.id, exercise=mutant.exercise, function=mutant.function, operator=mutant.operator,
                description=mutant.description, reason=verdict.reason, witness=verdict.witness, tag=verdict.tag)
    try:
        report = grader.grade(submission(mutant), student="mutant", only=[mutant.exercise])
    except Exception as exc:
        return Graded(**base, error=f"{type(exc).__name__}: {exc}"[:300])
    own = [r for r in report.checks if r.function == mutant.function]
    others = [r for r in report.checks if r.function != mutant.function]
    failing = [r for r in own if not r.passed]
    return Graded(
        **base,
        points=round(sum(r.points for r in own), 6), max_points=round(sum(r.max_points for r in own), 6),
        others_lost=round(sum(r.max_points - r.points for r in others), 6),
        explained=any(r.mistake for r in failing),
        mistakes=tuple(dict.fromkeys(r.mistake for r in failing if r.mistake)),
        failing=tuple(f"{r.check}: {r.message}"[:300] for r in failing),
    )


def _grade_chunk(pairs: list[tuple[Mutant, EquivalenceVerdict]]) -> list[Graded]:
    return [grade_one(m, v) for m, v in pairs]


def grade_all(pairs: list[tuple[Mutant, EquivalenceVerdict]], workers: int = 2, chunk: int = 8) -> list[Graded]:
    """Grade every (mutant, verdict) pair in `workers` processes; results in the order given."""
    chunks = [pairs[i:i + chunk] for i in range(0, len(pairs), chunk)]
    with ProcessPoolExecutor(max(1, workers), initializer=_init_worker) as pool:
        return [g for part in pool.map(_grade_chunk, chunks) for g in part]


# ---- the summary ----

def summarise(generated: list[Mutant], verdicts: dict[str, EquivalenceVerdict], graded: list[Graded]) -> dict:
    """Totals, per exercise and per operator figures, and the survivors (with their code), as plain data."""
    status = Counter(verdicts[m.id].status for m in generated)
    code = {m.id: m.code for m in generated}
    n = len(graded)
    survivors = [g for g in graded if g.survived]
    per_exercise: dict[str, Counter] = defaultdict(Counter)
    per_operator: dict[str, Counter] = defaultdict(Counter)
    for m in generated:
        for row in (per_exercise[m.exercise], per_operator[m.operator]):
            row["generated"] += 1
            row["non_equivalent"] += verdicts[m.id].different
    for g in graded:
        for row in (per_exercise[g.exercise], per_operator[g.operator]):
            row["graded"] += 1
            row["survivors"] += g.survived
            row["explained"] += g.explained
            row["specific"] += g.specific
            row["score_sum"] += g.fraction
    return {
        "generated": len(generated),
        "equivalent": status["equivalent"],
        "kink_only": status["kink-only"],
        "below_tolerance": status["below-tolerance"],
        "non_equivalent": status["different"],
        "graded": n,
        "survivors": len(survivors),
        "grading_errors": sum(g.error is not None for g in graded),
        "mean_score_fraction": round(sum(g.fraction for g in graded) / n, 4) if n else 0.0,
        "explained": sum(g.explained for g in graded),
        "explained_share": round(sum(g.explained for g in graded) / n, 4) if n else 0.0,
        "explained_beyond_crash": sum(g.specific for g in graded),
        "explained_beyond_crash_share": round(sum(g.specific for g in graded) / n, 4) if n else 0.0,
        "explained_by_relation_only": sum(g.explained and all(m.startswith("relation:") for m in g.mistakes) for g in graded),
        "cost_other_functions": sum(g.others_lost > 0 for g in graded),
        "survivors_by_input": dict(Counter(g.tag or "-" for g in survivors).most_common()),
        "per_exercise": {k: _rates(v) for k, v in sorted(per_exercise.items())},
        "per_operator": {k: _rates(v) for k, v in sorted(per_operator.items())},
        "unexplained": _unexplained(graded),
        "survivor_list": [{**asdict(g), "code": code[g.id]}
                          for g in sorted(survivors, key=lambda g: (g.exercise, g.function, _number(g.id)))],
    }


def _unexplained(graded: list[Graded]) -> dict[str, list[dict]]:
    """exercise.function -> the mutants that lost points without an explanation beyond a crash: id,
    operator, edit, the ids their rows carry and the first failing row."""
    found: dict[str, list[dict]] = defaultdict(list)
    for g in sorted(graded, key=lambda g: (g.exercise, g.function, _number(g.id))):
        if g.error is None and not g.survived and not g.specific:
            found[f"{g.exercise}.{g.function}"].append(
                {"id": g.id, "operator": g.operator, "description": g.description, "mistakes": list(g.mistakes),
                 "first": g.failing[0] if g.failing else ""})
    return dict(found)


def _number(mutant_id: str) -> int:
    return int(mutant_id.rsplit("#", 1)[1])


def _rates(row: Counter) -> dict:
    n = row["graded"]
    return {"generated": row["generated"], "non_equivalent": row["non_equivalent"], "graded": n,
            "survivors": row["survivors"], "explained": row["explained"], "specific": row["specific"],
            "mean_score_fraction": round(row["score_sum"] / n, 4) if n else None}


UNEXPLAINED_SHOWN = 3  # mutants printed per function; the JSON has every one


def render(summary: dict) -> str:
    """The text report: totals, per exercise, per operator, then every survivor grouped by function."""
    s = summary
    lines = [
        f"mutants generated        {s['generated']}",
        f"equivalent (filtered)    {s['equivalent']}   differing only at a kink (filtered): {s['kink_only']}",
        f"below tolerance (filt.)  {s['below_tolerance']}   (numbers differ beyond rounding but nowhere beyond the"
        f" grader's tolerance, grader/checks/tolerance.py)",
        f"non-equivalent           {s['non_equivalent']}, graded {s['graded']}",
        f"full-marks survivors     {s['survivors']}",
        f"mean score fraction      {s['mean_score_fraction']:.3f}",
        f"explained                {s['explained']} ({100 * s['explained_share']:.1f}% of those graded: a failing row names a mistake or a relation;"
        f" {s['explained_by_relation_only']} by a relation only)",
        f"explained beyond a crash {s['explained_beyond_crash']} ({100 * s['explained_beyond_crash_share']:.1f}%: not counting rows named only"
        f" by the exception and line of a crash, relation:error)",
        f"cost another function    {s['cost_other_functions']} mutants made other functions of their exercise lose points",
    ]
    if s["survivors_by_input"]:
        lines.append("survivors told apart by   " + ", ".join(f"{tag} {n}" for tag, n in s["survivors_by_input"].items())
                     + " (the kind of the smallest input that shows them)")
    if s["grading_errors"]:
        lines.append(f"grading errors           {s['grading_errors']}")
    for title, table in (("exercise", s["per_exercise"]), ("operator", s["per_operator"])):
        lines += ["", f"{title:<22}{'generated':>10}{'non-eq':>8}{'graded':>8}{'survive':>9}{'explained':>11}"
                      f"{'no crash':>10}{'share':>7}{'mean score':>12}"]
        for name, r in table.items():
            mean = "-" if r["mean_score_fraction"] is None else f"{r['mean_score_fraction']:.3f}"
            share = f"{r['specific'] / r['graded']:.0%}" if r["graded"] else "-"
            lines.append(f"{name:<22}{r['generated']:>10}{r['non_equivalent']:>8}{r['graded']:>8}{r['survivors']:>9}"
                         f"{r['explained']:>11}{r['specific']:>10}{share:>7}{mean:>12}")
    lines += ["", "unexplained beyond a crash (lost points; no row names more than the exception), by function:"]
    for function, rows in sorted(s["unexplained"].items(), key=lambda kv: -len(kv[1])):
        crashes = sum(bool(r["mistakes"]) for r in rows)
        lines.append(f"  {function}: {len(rows)} ({crashes} with a crash only)")
        for r in rows[:UNEXPLAINED_SHOWN]:
            lines.append(f"    {r['id']} [{r['operator']}] {r['description'][:90]}")
            lines.append(f"        {r['first'][:150]}")
        if len(rows) > UNEXPLAINED_SHOWN:
            lines.append(f"    ... {len(rows) - UNEXPLAINED_SHOWN} more (--json lists them all)")
    if not s["unexplained"]:
        lines.append("  none")
    lines += ["", "survivors (full marks although the function is wrong), by function:"]
    current = None
    for g in s["survivor_list"]:
        if (g["exercise"], g["function"]) != current:
            current = (g["exercise"], g["function"])
            lines.append(f"  {g['exercise']}.{g['function']}")
        lines.append(f"    {g['id']} [{g['operator']}] {g['description']}")
        witness = g["witness"] if g["witness"] is None or len(g["witness"]) <= 240 else g["witness"][:237] + "..."
        lines.append(f"        differs: {g['reason']}; on {witness}")
    if not s["survivor_list"]:
        lines.append("  none")
    return "\n".join(lines)
