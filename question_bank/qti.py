"""Canvas QTI 1.2 export: out/qti/quiz-<quiz id>.zip, importable under Settings > Import course content > QTI .zip.

The zip holds, like Canvas's own exports:
    imsmanifest.xml                        an IMS content package listing the two files below
    <assessment id>/<assessment id>.xml    the assessment (questestinterop, QTI 1.2)
    <assessment id>/assessment_meta.xml    Canvas's quiz settings (title, points, attempts)

Each question of the quiz is a question group ("pick 1") holding every
student's variant. Item types: numerical_question (the key's tolerance as a
range lo <= x <= hi; exact answers as lo = hi), multiple_choice_question,
short_answer_question (symbolic, matched as written) and
fill_in_multiple_blanks_question (vectors, matrices, several answers: one
blank per entry, matched as the text the key prints, since Canvas has no
numeric blanks). The worked solution is the general feedback.

The zip is deterministic: fixed member order and dates, no timestamps.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from question_bank import lms
from question_bank.variants import Quiz, Variant

__all__ = ["assessment_xml", "write_qti"]

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
_TYPES = {
    "numerical": "numerical_question",
    "choice": "multiple_choice_question",
    "text": "short_answer_question",
    "multipart": "fill_in_multiple_blanks_question",
}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _material(parent: ET.Element, html: str, texttype: str = "text/html") -> None:
    _sub(_sub(parent, "material"), "mattext", html, texttype=texttype)


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    metadata = _sub(parent, "qtimetadata")
    for label, entry in fields.items():
        field = _sub(metadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _score(processing: ET.Element, condition: ET.Element, amount: str, action: str = "Set") -> None:
    respcondition = _sub(processing, "respcondition", **({"continue": "No"} if action == "Set" else {}))
    respcondition.append(condition)
    _sub(respcondition, "setvar", amount, action=action, varname="SCORE")


def _condition(*children: ET.Element) -> ET.Element:
    condition = ET.Element("conditionvar")
    condition.extend(children)
    return condition


def _compare(tag: str, response: str, value: str) -> ET.Element:
    element = ET.Element(tag, {"respident": response})
    element.text = value
    return element


def _numerical(presentation: ET.Element, processing: ET.Element, variant: Variant) -> None:
    spec = variant.answer_specs[0]
    ((_, key, tol),) = lms.entries(spec, variant.answers[spec["name"]])
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
    low, high = float(key) - tol, float(key) + tol
    both = ET.Element("and")
    both.extend([_compare("vargte", "response1", f"{low:.10g}"), _compare("varlte", "response1", f"{high:.10g}")])
    either = ET.Element("or")
    either.extend([_compare("varequal", "response1", key), both])
    _score(processing, _condition(either), "100")


def _choice(presentation: ET.Element, processing: ET.Element, variant: Variant) -> None:
    spec = variant.answer_specs[0]
    response = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
    render = _sub(response, "render_choice")
    for key in sorted(variant.params["options"]):
        _material(_sub(render, "response_label", ident=f"option_{key}"), lms.option_html(variant, key))
    right = f"option_{variant.answers[spec['name']]}"
    _score(processing, _condition(_compare("varequal", "response1", right)), "100")


def _text(presentation: ET.Element, processing: ET.Element, variant: Variant) -> None:
    spec = variant.answer_specs[0]
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    _score(processing, _condition(_compare("varequal", "response1", str(variant.answers[spec["name"]]))), "100")


def _blanks(variant: Variant) -> list[tuple[str, str, str]]:
    """(blank name, what it asks, the accepted text) for every entry of every answer."""
    blanks = []
    for spec in variant.answer_specs:
        value = variant.answers[spec["name"]]
        label = lms.label_html(spec)
        if spec["type"] in ("choice", "symbolic"):
            blanks.append((spec["name"], label, str(value)))
            continue
        for i, (where, key, _) in enumerate(lms.entries(spec, value), start=1):
            blanks.append((f"{spec['name']}_{i}", f"{label} {where}".strip(), key))
    return blanks


def _multipart(presentation: ET.Element, processing: ET.Element, variant: Variant) -> str:
    blanks = _blanks(variant)
    share = f"{100 / len(blanks):.2f}"
    for name, _, accepted in blanks:
        response = _sub(presentation, "response_lid", ident=f"response_{name}")
        _material(response, name, "text/plain")
        label = _sub(_sub(response, "render_choice"), "response_label", ident=f"{name}_1")
        _material(label, accepted, "text/plain")
        _score(processing, _condition(_compare("varequal", f"response_{name}", f"{name}_1")), share, "Add")
    return "\n".join(f"<p>{asks}: [{name}]</p>" for name, asks, _ in blanks)


def _item(section: ET.Element, number: int, variant: Variant) -> None:
    kind = lms.kind(variant)
    item = _sub(section, "item", ident=lms.identifier(variant.quiz, variant.student, variant.question),
                title=lms.item_name(number, variant))
    _metadata(_sub(item, "itemmetadata"), {"question_type": _TYPES[kind], "points_possible": f"{variant.points:.1f}"})
    presentation = _sub(item, "presentation")
    material = _sub(_sub(presentation, "material"), "mattext", texttype="text/html")
    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    general = _sub(processing, "respcondition", **{"continue": "Yes"})  # show the worked solution after any answer
    _sub(_sub(general, "conditionvar"), "other")
    _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    blanks = {"numerical": _numerical, "choice": _choice, "text": _text, "multipart": _multipart}[kind](
        presentation, processing, variant
    )
    material.text = lms.statement_html(variant) + ("\n" + blanks if blanks else "")
    feedback = _sub(item, "itemfeedback", ident="general_fb")
    _material(_sub(feedback, "flow_mat"), lms.solution_html(variant))


def assessment_xml(quiz: Quiz, ident: str) -> str:
    """The QTI 1.2 assessment document of a quiz: one pick-1 group per question."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", ident=ident, title=quiz.title)
    _metadata(assessment, {"cc_maxattempts": "1"})
    top = _sub(assessment, "section", ident="root_section")
    for number, question_id in enumerate(quiz.questions, start=1):
        variants = [v for v in quiz.variants if v.question == question_id]
        group = _sub(top, "section", ident=lms.identifier(quiz.quiz, question_id), title=f"Q{number} {question_id}")
        selection = _sub(_sub(group, "selection_ordering"), "selection")
        _sub(selection, "selection_number", "1")
        _sub(_sub(selection, "selection_extension"), "points_per_item", f"{variants[0].points:.1f}")
        for variant in variants:
            _item(group, number, variant)
    return _document(root)


def _meta_xml(quiz: Quiz, ident: str) -> str:
    root = ET.Element("quiz", {"identifier": ident, "xmlns": CANVAS_NS})
    points = sum(v.points for v in quiz.variants if v.student == quiz.students[0].id)
    for tag, text in (
        ("title", quiz.title), ("description", ""), ("shuffle_answers", "false"),
        ("scoring_policy", "keep_highest"), ("quiz_type", "assignment"), ("points_possible", f"{points:.1f}"),
        ("allowed_attempts", "1"), ("show_correct_answers", "false"), ("available", "false"),
    ):
        _sub(root, tag, text)
    return _document(root)


def _manifest_xml(ident: str) -> str:
    root = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": MANIFEST_NS})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    quiz = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2", href=f"{ident}/{ident}.xml")
    _sub(quiz, "file", href=f"{ident}/{ident}.xml")
    _sub(quiz, "dependency", identifierref=f"{ident}_meta")
    meta_href = f"{ident}/assessment_meta.xml"
    meta = _sub(resources, "resource", identifier=f"{ident}_meta",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=meta_href)
    _sub(meta, "file", href=meta_href)
    return _document(root)


def _document(root: ET.Element) -> str:
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_qti(quiz: Quiz, out: Path) -> list[Path]:
    """Write out/qti/quiz-<quiz id>.zip."""
    ident = lms.identifier("assessment", quiz.quiz, quiz.title)
    members = {
        "imsmanifest.xml": _manifest_xml(ident),
        f"{ident}/{ident}.xml": assessment_xml(quiz, ident),
        f"{ident}/assessment_meta.xml": _meta_xml(quiz, ident),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    path = Path(out) / "qti" / f"quiz-{quiz.quiz}.zip"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return [path]
