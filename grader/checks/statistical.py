"""Statistical check: random draws whose moments must match a distribution within confidence bounds.

For initialisers: the student's function is called `draws` times, each with
its own `RNG(seed)` marker (seeds per student), and all entries are pooled.
The sample mean must be within z standard errors of 0, the sample variance
within z standard errors of the target scheme's variance (the standard
error of s^2 estimated from the sample's fourth moment, so it holds for
normal and uniform draws alike), and, when `distribution` is given, the
kurtosis must be that of a normal (3) or uniform (1.8) draw. When the
variance is off, the message names the candidate scheme it matches (He,
Xavier, plain N(0, 1), He with fan-out, ...).

`dispersion_tail` is the test behind judging that random 0/1 draws are
independent (dropout's mask across examples and units): counts of successes
that should be independent binomials scatter far more when the draws are
shared; it bounds the chance that independent draws scatter as much.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Mapping

import numpy as np

from mlptutor.grader.checks.base import Check, Context, Evidence, Plan, Verdict, outcome_problem
from mlptutor.grader.checks.cases import as_case
from mlptutor.grader.checks.validate import array_problem, picked_name
from mlptutor.grader.sandbox import RNG, Outcome

KURTOSIS = {"normal": 3.0, "uniform": 1.8}


def moments(x: np.ndarray) -> dict[str, float]:
    """Mean, variance, standard errors of both and kurtosis of a flat sample (the student's: 1e308s overflow, quietly)."""
    n = x.size
    with np.errstate(all="ignore"):
        mean = float(x.mean())
        c2 = np.square(x - mean)
        var = float(c2.mean())
        m4 = float(np.dot(c2, c2)) / n  # not c**4: numpy's pow is ~200 times slower than a multiply
    return {"mean": mean, "var": var, "se_mean": np.sqrt(var / n), "se_var": np.sqrt(max(m4 - var**2, 0.0) / n),
            "kurtosis": m4 / var**2 if var > 0 else float("nan"), "se_kurtosis": np.sqrt(24.0 / n)}


def dispersion_tail(counts: np.ndarray, trials: int, p: float) -> float:
    """An upper bound on the chance that m independent Binomial(trials, p) counts C_j scatter as much as
    `counts` do about their mean: P(sum_j (C_j - mean C)^2 >= the observed sum).

    The mean is the least-squares centre, so sum_j (C_j - mean C)^2 <= sum_j (C_j - trials p)^2 =: T, and
    Chernoff bounds T: P(T >= t) <= exp(-s t) E[exp(s X)]^m for every s >= 0, X = (C - trials p)^2; the
    least over a grid of s is a bound too (each s gives one). Centred on the counts' own mean, draws at
    another rate (p taken as the keep probability) are judged for their scatter, not their rate.
    """
    counts = np.asarray(counts, dtype=np.float64).ravel()
    t = float(np.sum(np.square(counts - counts.mean())))
    s, log_mgf = squared_deviation_log_mgf(trials, p, 1e-7, 1.0, 300, 1.0)
    return float(np.exp(min(0.0, np.min(-s * t + counts.size * log_mgf))))


# the table depends on (trials, p) alone, the same for every student: computing it per call cost 8.7 ms of a
# dropout submission's 10.4 ms of judging (2001 lgamma calls, a 120 x 2001 logaddexp; benchmarks/README.md)
@functools.lru_cache(maxsize=64)
def squared_deviation_log_mgf(trials: int, p: float, low: float, high: float, num: int,
                              sign: float) -> tuple[np.ndarray, np.ndarray]:
    """s (num,) on a geometric grid from `low` to `high`, and log E[exp(sign s X)] (num,) for
    X = (C - trials p)^2, C ~ Binomial(trials, p). Read-only arrays (cached)."""
    k = np.arange(trials + 1)
    log_pmf = (np.array([math.lgamma(trials + 1) - math.lgamma(i + 1) - math.lgamma(trials - i + 1) for i in k])
               + k * np.log(p) + (trials - k) * np.log1p(-p))
    x = np.square(k - trials * p)
    s = np.geomspace(low, high, num)[:, None]
    log_mgf = np.logaddexp.reduce(log_pmf + sign * s * x, axis=1)
    s = s[:, 0]
    s.flags.writeable = log_mgf.flags.writeable = False
    return s, log_mgf


@dataclass(frozen=True)
class StatisticalCheck(Check):
    """args: RNG marker -> the call's arguments, e.g. lambda g: (64, 16, g).
    candidates: scheme name -> variance; target: the right one's name."""

    kind: ClassVar[str] = "statistical"

    name: str = "statistical"
    points: float = 2.0
    args: Callable | None = None
    target: str = ""
    candidates: dict = field(default_factory=dict)
    shape: tuple | None = None
    draws: int = 8
    distribution: str | None = None
    pick: tuple | None = None
    z: float = 5.0

    def plan(self, ctx: Context) -> Plan:
        seeds = ctx.rng(self.name).integers(2**31, size=self.draws)
        cases = [as_case(self.args(RNG(int(s)))) for s in seeds]
        calls = [ctx.call(self.name, i, c.args, c.kwargs, pick=self.pick) for i, c in enumerate(cases)]
        return Plan(calls, cases)

    def judge(self, ctx: Context, plan: Plan, outcomes: Mapping[str, Outcome]) -> Verdict:
        values, evidence = [], []
        for call, case in zip(plan.calls, plan.memo):
            outcome = outcomes.get(call.id)
            if problem := outcome_problem(outcome) or array_problem(outcome.value, self.shape, picked_name(self.pick) if self.pick else "draw"):
                return Verdict(0.0, problem, tuple(evidence))
            evidence.append(Evidence(case.args, case.kwargs, outcome.value, self.pick))
            values.append(outcome.value)
        if all(np.array_equal(values[0], v) for v in values[1:]):
            return Verdict(0.0, f"all {len(values)} draws are identical: draw from the generator you are given",
                           tuple(evidence))
        m = moments(np.concatenate([v.ravel() for v in values]))
        problems = self._problems(m)
        if not problems:
            return Verdict(1.0, f"mean and variance of {self.target} within {self.z:g} standard errors",
                           tuple(evidence))
        return Verdict(0.0, "; ".join(problems), tuple(evidence))

    def _problems(self, m: dict) -> list[str]:
        problems = []
        centred = abs(m["mean"]) <= self.z * m["se_mean"]
        if not centred:
            problems.append(f"sample mean {m['mean']:.3g} is not 0 (standard error {m['se_mean']:.2g})")
        target = self.candidates[self.target]
        if abs(m["var"] - target) > self.z * m["se_var"]:
            # every candidate is centred at 0: draws that are not come from none of them, whatever their variance
            near = [name for name, v in self.candidates.items()
                    if centred and abs(m["var"] - v) <= self.z * m["se_var"]]
            what = f"; that is the variance of {near[0]}" if near else ""
            problems.append(f"sample variance {m['var']:.4g} does not match {self.target} ({target:.4g}){what}")
        if self.distribution and abs(m["kurtosis"] - KURTOSIS[self.distribution]) > self.z * m["se_kurtosis"]:
            other = next((d for d, k in KURTOSIS.items() if abs(m["kurtosis"] - k) <= self.z * m["se_kurtosis"]), None)
            looks = f", it looks {other}" if other else ""
            problems.append(f"the draws' kurtosis {m['kurtosis']:.2f} is not that of a {self.distribution} "
                            f"distribution ({KURTOSIS[self.distribution]}){looks}")
        return problems
