"""The question bank: question folders, variants, sheets in every format, practice and quiz grading.

    loader.py         find, load and validate question folders (questions/<id>/)
    variants.py       Variant and Quiz records (variants.json): one question for one student
    templating.py     the Jinja environment and filters (num, vec, mat, options), escapers per format
    markup.py         the Markdown subset of the templates, parsed into a small tree
    mathml.py         LaTeX math -> MathML
    markdown_html.py  Markdown + math -> HTML (MathML, or TeX math for the LMS exports)
    markdown_tex.py   Markdown + math -> LaTeX
    keyformat.py      how the key prints answers and tolerances; the rounding rule
    numbered.py       numbered anonymous students (--variants); the roster is mlptutor/roster.py
    documents.py      HTML / LaTeX / Markdown sheets and the answer key (sheet_templates/)
    pdf.py            the LaTeX sheets compiled by a TeX engine
    lms.py, moodle.py, qti.py   Moodle XML and Canvas QTI exports, graded like the sheet
    assembly.py       which questions each sheet gets (--count by topic and difficulty, --shuffle)
    answer_grid.py    the compact answer grid (one row per student, one column per answer)
    sheets.py         variants.json plus the requested formats, each folder swapped in whole
    commands.py       `mlptutor quiz` (and the `quiz grade` / `quiz preview` wiring); preview.py
    answers.py, notation.py   checking one answer; paper notation read as formulas
    responses.py, grading.py, results.py   `quiz grade`: the CSV line by line, grading, grades.csv and feedback
    practice.py, mastery.py, plaintext.py, drawing.py   the terminal tutor, per-topic mastery and progress
"""
