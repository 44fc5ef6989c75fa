"""Trusted side of a wrong formula's explanation: the relation SymPy proves, checked and put in words.

A formula judged wrong (`symbolic.SymbolicCheck`) whose answer is known as
text is handed, with the question's definition (what the answer is the
derivative of), to `grader.symbolic_relations`: screened in the grader's
sandbox (NumPy), and, when a relation fits its numbers, proven in the
sandbox's companion with SymPy; all of a submission's in one job each. What
comes back is plain data: a kind and a few fields, each checked here (a
variable of the question or of its definition, a function of the formula
language, a form of FORMS, a small number) before this module words it. The line names the
slip in the student's terms and never states the answer:

    SymPy shows your formula is right once one -z inside exp(...) becomes z: check the sign there

The row's message carries the line, and `STATED` names it `relation:<kind>`
(grader/relations/stated.py reads our own messages). A text that reads as
something else than the student meant (`s_i(1 - s_i)`: a call of s_i) is
named `relation:implicit-product` from the parser's own message.

Relations are a pure function of (canonical text, answer, variables, definition): kept per process in
RELATED (and on disk in `mlptutor check`), so a class's common slips are related once.
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Mapping, Sequence

from mlptutor.grader import diskcache, symbolic_relations, symbolic_worker
from mlptutor.grader.checks.lru import LRU
from mlptutor.grader.sandbox import Call, Limits, Sandbox

WORKER = "symbolic_relations"
CALL_SECONDS = 3.0
MAX_FIELD = 40  # characters of a name among the fields (a variable is an identifier of the question)
FRACTION = re.compile(r"-?\d{1,4}(/\d{1,4})?")
PREFIX = "SymPy shows your formula "

# kind -> (the line's start after PREFIX, the row's title, the row's hint); each start tells its kind apart
KINDS = {
    "not-differentiated": ("is the function itself, not its derivative", "the function, not its derivative",
                           "the question asks for the derivative: differentiate the function"),
    "derivative-wrt": ("is the derivative with respect to", "the derivative with respect to another variable",
                       "differentiate with respect to the variable the question names, through everything that "
                       "depends on it (the chain rule)"),
    "factor": ("is the right one times", "the right formula times a constant",
               "find the step of your derivation where that constant comes in"),
    "offset": ("is the right one plus the constant", "the right formula plus a constant",
               "find the constant term your derivation adds or drops"),
    "square": ("is the square of the right one", "the right formula squared",
               "find the factor your derivation repeats"),
    "root": ("is the square root of the right one", "the square root of the right formula",
             "find the square your derivation drops"),
    "reciprocal": ("is the reciprocal of the right one", "the reciprocal of the right formula",
                   "check which part belongs in the numerator and which in the denominator"),
    "substitution": ("is right once one", "a variable written in another form at one place",
                     "check each occurrence of that variable: one has the wrong sign or form"),
    "argument-for-value": ("writes a variable where a function of it is due",
                           "a function's argument written where its value is due",
                           "f(u) and u are different values: check, factor by factor, whether the rule you use is "
                           "stated in the function's value or in its argument"),
    "value-for-argument": ("writes a function of a variable where the variable itself is due",
                           "a function's value written where its argument is due",
                           "f(u) and u are different values: check, factor by factor, whether the rule you use is "
                           "stated in the function's value or in its argument"),
    "power-inside": ("is right once the power", "a power on the wrong side of a function",
                     "f(u)**2 squares the function's value, f(u**2) its argument: check which the rule needs"),
    "power-product": ("has a product and a power exchanged", "a product where a power is due, or a power where a "
                                                             "product is due",
                      "check each power and each product against the rule it comes from"),
    "power-swap": ("has the base and the exponent of one power swapped", "a power's base and exponent swapped",
                   "check each power against the rule it comes from"),
    "parentheses": ("is right with one more pair of parentheses grouping part of it", "parentheses missing",
                    "* and / bind tighter than + and -, and ** tighter than both: put in parentheses what belongs "
                    "together"),
    "variable-offset": ("is off from the right one by the variable", "the right formula plus or minus a variable",
                        "find the term your derivation adds or drops"),
    "formula": ("is one edit away from the right formula", "the right formula with one edit",
                "compare each part of your formula with the rule it comes from"),
    "part-power": ("is right with one of its parts", "a power missing or too many on one part of the formula",
                   "find the step of your derivation where that part gets (or loses) its power"),
    "power-term": ("has the power", "a power on a whole sum where one of its terms takes it, or the other way round",
                   "(a - b)**2 squares the whole difference, a - b**2 only b: check which the rule needs"),
    "part-factor": ("has a factor too many", "the right formula times one of its own parts",
                    "find the step of your derivation where that factor comes in, and whether it belongs there"),
}
NUMBER = r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"
DETAIL = re.compile(f"{NUMBER} where the right formula has {NUMBER}")  # a changed power's (symbolic_relations)
# the row's id: relation:square covers the square root too, relation:offset a variable added (relations/README)
MISTAKE_KIND = {"root": "square", "variable-offset": "offset"}


def definition_of(formula) -> dict | None:
    """The question's definition as the worker takes it, from a reference.derivatives.Formula (or None)."""
    if formula is None or not getattr(formula, "definition", ""):
        return None
    return {"text": formula.definition, "wrt": formula.wrt, "substitutions": dict(formula.substitutions)}


def relate_formulas(items: Sequence[tuple[str, str, Mapping, dict | None]], sandbox: Sandbox,
                    call_seconds: float = CALL_SECONDS) -> list[str | None]:
    """The line of each (student text, answer text, variables, definition), or None where no relation is
    proven (or the text is refused, or a call did not finish). Those not kept in RELATED are screened in one
    job of `sandbox` (NumPy: which candidates the numbers fit), and only those with candidates proven in one
    job of its companion with SymPy: a formula no relation fits in numbers never waits for SymPy's start."""
    keys = [_key(*item) for item in items]
    unknown = list(dict.fromkeys(k for k in keys if k is not None and k not in RELATED))
    if unknown:
        screened = _run(sandbox, "screen", [(*key, ) for key in unknown], call_seconds)
        fitting = {}
        for key, outcome in zip(unknown, screened):
            candidates = _candidates(outcome)
            if candidates == []:
                RELATED.put(key, None)  # no relation fits the numbers: nothing for SymPy to prove
            elif candidates:
                fitting[key] = candidates
        if fitting:
            from mlptutor.grader.checks.symbolic import PRELOAD  # symbolic imports this module

            proved = _run(sandbox.companion(PRELOAD), "prove", [(*key, fits) for key, fits in fitting.items()],
                          call_seconds)
            for key, outcome in zip(fitting, proved):
                if outcome is not None and outcome.status == "ok":  # a timeout depends on the load: not kept
                    RELATED.put(key, line(outcome.value, key[2], key[3]))
    return [None if k is None else RELATED.get(k) for k in keys]


def _run(sandbox: Sandbox, function: str, asked: list[tuple], call_seconds: float) -> list:
    """The outcome (or None) of `function` of the worker on each (text, answer, variables, definition, ...)."""
    calls = [Call(f"{function}:{i}", WORKER, function, (text, answer, dict(variables), _unfrozen(definition), *more))
             for i, (text, answer, variables, definition, *more) in enumerate(asked)]
    limits = Limits(call_seconds=call_seconds, job_seconds=10.0 + len(calls) * call_seconds)
    outcomes = sandbox.run(_sources(), calls, limits).outcomes
    return [outcomes.get(call.id) for call in calls]


def _candidates(outcome) -> list | None:
    """A screen's candidates as plain data checked for what `prove` reads (the kind, the edit's place), or
    None when the call did not finish or returned something else."""
    if outcome is None or outcome.status != "ok" or type(outcome.value) is not list:
        return None
    found = outcome.value[:symbolic_relations.MAX_FITS]
    if not all(type(c) is dict and c.get("kind") in KINDS and type(c.get("edit", 0)) is int
               and type(c.get("place", 0)) is int and type(c.get("group", 0)) is int for c in found):
        return None
    return found


def _key(text, answer, variables, definition) -> tuple | None:
    if type(text) is not str or not isinstance(answer, str) or symbolic_worker.precheck(text):
        return None
    frozen = None if definition is None else (definition["text"], definition["wrt"],
                                              tuple(sorted(definition["substitutions"].items())))
    return symbolic_worker.canonical(text), answer, tuple(sorted(dict(variables).items())), frozen


def _unfrozen(definition: tuple | None) -> dict | None:
    """A key's definition as the worker takes it (definition_of's dict)."""
    if definition is None:
        return None
    text, wrt, substitutions = definition
    return {"text": text, "wrt": wrt, "substitutions": dict(substitutions)}


# key -> line (None: no relation); with the disk cache enabled (`mlptutor check`) kept from one check to the next,
# so an unchanged file's wrong formulas are explained again without a job
RELATED = LRU(disk=diskcache.store("formula-relations"), valid=lambda line: line is None or type(line) is str)


@functools.cache
def _sources() -> dict[str, str]:
    return {"symbolic_worker": Path(symbolic_worker.__file__).read_text(encoding="utf-8"),
            WORKER: Path(symbolic_relations.__file__).read_text(encoding="utf-8")}


def line(value, variables: tuple, definition: tuple | None) -> str | None:
    """The worker's relation (plain data from the sandbox) in words, or None when it is none or does not
    check: every field must be one the question allows."""
    if type(value) is not dict or value.get("kind") not in KINDS:
        return None
    kind = value["kind"]
    names = {name for name, _ in variables}
    if definition is not None:
        text, wrt, substitutions = definition
        names |= {wrt} | {n for n, _ in substitutions} | set(re.findall(r"[A-Za-z_]\w*", text))
    try:
        fields = _fields(value, names)
    except (KeyError, TypeError, ValueError):
        return None
    return PREFIX + KINDS[kind][0] + _said(kind, fields)


def _fields(value: dict, names: set) -> dict:
    """The fields of `value` its kind uses, each checked; ValueError for any that is not allowed."""
    def name(key):
        v = value[key]
        if type(v) is not str or len(v) > MAX_FIELD or v not in names:
            raise ValueError(key)
        return v

    def function(key):
        v = value[key]
        if type(v) is not str or (v and v not in symbolic_worker.FUNCTIONS):
            raise ValueError(key)
        return v

    def power(key="power"):
        v = value[key]
        if type(v) is not float or not math.isfinite(v) or abs(v) > symbolic_worker.MAX_EXPONENT:
            raise ValueError(key)
        return v

    def form(key):
        if value[key] not in symbolic_relations.FORMS:
            raise ValueError(key)
        return value[key]

    kind = value["kind"]
    if kind == "not-differentiated":
        return {"wrt": name("wrt")}
    if kind == "derivative-wrt":
        return {"variable": name("variable"), "wrt": name("wrt"), "inner": value["inner"] is True}
    if kind == "variable-offset":
        if value["sign"] not in ("+", "-"):
            raise ValueError("sign")
        return {"variable": name("variable"), "sign": value["sign"]}
    if kind in ("factor", "offset"):
        if type(value["value"]) is not str or not FRACTION.fullmatch(value["value"]):
            raise ValueError("value")
        return {"value": value["value"]}
    if kind == "substitution":
        return {"variable": name("variable"), "written": form("written"), "due": form("due"),
                "function": function("function")}
    if kind in ("argument-for-value", "value-for-argument"):
        if value["places"] not in ("", "one", "each") or not value["function"]:
            raise ValueError("places")
        return {"variable": name("variable"), "function": function("function"), "places": value["places"]}
    if kind == "power-inside":
        if value["written"] not in ("argument", "function") or not value["function"]:
            raise ValueError("written")
        return {"function": function("function"), "power": power(), "written": value["written"]}
    if kind == "power-product":
        if value["written"] not in ("product", "power"):
            raise ValueError("written")
        return {"power": power(), "written": value["written"]}
    if kind in ("part-power", "part-factor"):
        part = {"role": value["role"], "part": value["part"], "outer": function("outer"),
                "name": {"variable": name, "call": function}.get(value["part"], lambda key: str(value[key]))("name")}
        if (part["role"] not in symbolic_relations.ROLES or part["part"] not in symbolic_relations.PARTS
                or (part["role"] == "argument") != bool(part["outer"])
                or (part["part"] in ("variable", "call")) != bool(part["name"])):
            raise ValueError("part")
        if kind == "part-power":
            part["written"], part["due"] = power("written"), power("due")
        return part
    if kind == "power-term":
        if value["written"] not in ("sum", "term") or value["part"] not in ("sum", "difference"):
            raise ValueError("written")
        return {"written": value["written"], "part": value["part"], "power": power()}
    if kind == "formula":
        change, detail = value["change"], value["detail"]
        if change not in symbolic_relations.SAYS or type(detail) is not str or not (
                detail == "" or (change == "power" and len(detail) <= 80 and DETAIL.fullmatch(detail))):
            raise ValueError("change")
        return {"change": change, "detail": detail}
    return {}


FACTOR_HINTS = {"-1": "a sign flipped (the order of a difference, or a minus sign)",
                "2": "a factor 2 too many (a 1/2 that should cancel it)",
                "1/2": "a factor 1/2 too many, or a 2 from a square's derivative missing"}


def _said(kind: str, f: dict) -> str:
    """The rest of the line of `kind`, from its checked fields."""
    if kind == "not-differentiated":
        return f" with respect to {f['wrt']}: differentiate it"
    if kind == "derivative-wrt":
        why = (f"{f['variable']} itself depends on {f['wrt']}: carry the chain rule through it" if f["inner"]
               else f"differentiate with respect to {f['wrt']}, holding {f['variable']} fixed")
        return f" {f['variable']}, not {f['wrt']}: {why}"
    if kind == "factor":
        return f" {f['value']}: look for {FACTOR_HINTS.get(f['value'], 'a constant factor that is off')}"
    if kind == "offset":
        return f" {f['value']} everywhere: a constant term too many or missing"
    if kind in ("square", "root", "reciprocal"):
        return {"square": ": one factor too many", "root": ": a square missing",
                "reciprocal": ": numerator and denominator swapped"}[kind]
    if kind == "substitution":
        v = f["variable"]
        written, due = (f[k].replace("v", v) for k in ("written", "due"))
        inside = f" inside {f['function']}(...)" if f["function"] else ""
        what = "sign" if {f["written"], f["due"]} == {"v", "-v"} else "form of " + v
        return f" {written}{inside} becomes {due}: check the {what} there"
    if kind in ("argument-for-value", "value-for-argument"):
        v, call = f["variable"], f"{f['function']}({f['variable']})"
        where = {"": "", "one": " at one of its places", "each": " at each of its places"}[f["places"]]
        written, due = (call, v) if kind == "value-for-argument" else (v, call)
        return f": it is right with {due} in place of {written}{where}; {call} and {v} are different values"
    if kind == "part-power":
        if f["written"] == 1:
            raised = "squared" if f["due"] == 2 else f"to the power {f['due']:g}"
            return f" {raised}, {_where(f)}: {'a square' if f['due'] == 2 else 'a power'} missing there"
        return f" without its power {f['written']:g}, {_where(f)}: {'a square' if f['written'] == 2 else 'a power'} " \
               "too many there"
    if kind == "part-factor":
        return f": it is the right one times one of its own parts, {_where(f)}"
    if kind == "power-term":
        p, c = f["part"], f"{f['power']:g}"
        return (f" {c} on a whole {p} where one of its terms takes it" if f["written"] == "sum"
                else f" {c} on one term of a {p} where the whole {p} takes it")
    if kind == "formula":
        says = symbolic_relations.SAYS[f["change"]].format(detail=f["detail"])
        return f": it {says}: compare that part of your formula with the rule it comes from"
    if kind == "power-swap":
        return ": check which one is the exponent"
    if kind == "parentheses":
        return ": * and / bind tighter than + and -, and ** tighter than both; put in parentheses what belongs together"
    if kind == "variable-offset":
        return (f" {f['variable']}: it is the right one {'plus' if f['sign'] == '+' else 'minus'} {f['variable']}, a "
                f"term too many or missing")
    if kind == "power-product":
        c = f"{f['power']:g}"
        return (f": it is right once its product by {c} becomes the power {c}" if f["written"] == "product"
                else f": it is right once its power {c} becomes a product by {c}")
    power, fn = f"{f['power']:g}", f["function"]
    if f["written"] == "argument":
        return f" {power} on the argument of {fn}(...) is put on {fn}(...) itself"
    return f" {power} on {fn}(...) is put on its argument"


ROLE_WORDS = {"numerator": "the numerator", "denominator": "the denominator", "factor": "a factor", "term": "a term",
              "base": "the base of a power"}


def _where(f: dict) -> str:
    """A part of the student's formula by where it stands and what it is: 'the denominator (a sum)'."""
    role = f"the argument of {f['outer']}(...)" if f["role"] == "argument" else ROLE_WORDS[f["role"]]
    what = {"variable": f["name"], "call": f"{f['name']}(...)"}.get(f["part"], f"a {f['part']}")
    return f"{role} ({what})"


def _stated(kind: str) -> tuple:
    start = re.escape(PREFIX + KINDS[kind][0])
    return MISTAKE_KIND.get(kind, kind), re.compile(start), KINDS[kind][1], KINDS[kind][2]


# (kind, pattern, title, hint) as grader/relations/stated.py reads a row's message
STATED = tuple(_stated(kind) for kind in KINDS) + (
    ("implicit-product", re.compile(r"'(?P<what>[^']{1,40})' reads as (?:a call(?: of \w+)?|one word|two words side "
                                    r"by side): write (?P<fix>[^;]{1,60})"),
     "a product written without *",
     "the formula language reads '{what}' as something else than a product: write {fix}"),
    # the parser's refusals of a character or a word (symbolic_worker._scan): the text is never read as a formula
    ("formula-text", re.compile(r"'(?P<what>\w{1,12}\^[\w.]{1,10}\(\.\.\.\))' reads as (?P<name>\w{1,12}) to the "
                                r"power [^:]{1,20}: write (?P<fix>[\w.()^]{1,30})"),
     "a function's power written before its argument",
     "the formula language reads {what} as {name} raised to a power that is called like a function: write {fix}, "
     "the power after the function's value"),
    ("formula-text", re.compile(r"'(?P<what>\w{1,12}\^-[\w.]{1,10}\(\.\.\.\))' is ambiguous \(an inverse function, "
                                r"or a power of \w{1,12}\?\): for the power write (?P<fix>[\w.()^-]{1,30})"),
     "a function's negative power written before its argument",
     "the formula language cannot tell whether {what} means an inverse function or a power: for the power write "
     "{fix}"),
    ("formula-text", re.compile(r"non-ASCII character (?P<char>'[^']{1,8}') is not allowed"),
     "a character the formula language does not read",
     "the formula language reads plain ASCII only: {char} is none of its signs (write a minus as -, a product as *, "
     "each name as the docstring spells it)"),
    ("formula-text", re.compile(r"'(?P<what>\w{1,12} [\w.]{1,20})' reads as two words side by side: a function's "
                                r"argument goes in brackets, (?P<fix>[\w.()]{1,40})"),
     "a function's argument without its brackets",
     "the formula language calls a function on what its brackets hold: write {fix}, not {what}"),
    ("formula-text", re.compile(r"the '\)' at column (?P<column>\d{1,4}) closes no '\('"),
     "a parenthesis closed that was never opened",
     "the formula has a ')' too many (column {column}): count the brackets, and open each group where it starts"),
    ("formula-text", re.compile(r"(?P<count>\d{1,4}) opening parenthes[ie]s never closed"),
     "a parenthesis opened and never closed",
     "the formula ends inside a bracket: {count} '(' without its ')'; count them, and close each group where it "
     "ends"),
    ("formula-text", re.compile(r"'(?P<what>\.(?:\*\*|[-+*/^(]))' is (?:an elementwise operator|a broadcast call)"),
     "Julia's elementwise dot syntax",
     "the formula language is plain arithmetic on single numbers: {what} is Julia's (or MATLAB's) elementwise form; "
     "write the operator or the call without the dot (1 - tanh(z)^2, not 1 .- tanh.(z).^2)"),
    ("formula-text", re.compile(r"keyword '(?P<word>\w{1,20})' is not allowed"),
     "a Python keyword as a name",
     "'{word}' is a Python keyword, which the formula language cannot read as a name: spell each variable as the "
     "docstring does"),
    ("formula-text", re.compile(r"unknown name (?P<name>'[^']{1,40}'); this formula is in (?P<variables>[\w ,]{1,80})"),
     "a name the question does not have",
     "the formula may use only the question's own variables ({variables}): {name} is none of them (the same formula "
     "in another variable, or a name spelled otherwise)"),
)


def related_message(message: str, line: str | None) -> str:
    """A wrong formula's message with its relation's line, if any."""
    return message if line is None else f"{message}; {line}"
