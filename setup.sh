#!/usr/bin/env bash
# Set up mlptutor in ./.venv.
#   ./setup.sh          the package, and bubblewrap for the strongest sandbox
#   ./setup.sh --pdf    also LuaLaTeX and Noto fonts, for `mlptutor quiz --format pdf`
#   ./setup.sh --test   the test tools too (and LaTeX, so the PDF tests run; Chromium, so the browser tests run)
# System packages are installed only when run as root with apt-get; without
# them the grader uses a weaker sandbox and says so, and PDF output says how to get LaTeX.
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-}"
extra=""
apt_packages=()
command -v bwrap >/dev/null 2>&1 || apt_packages+=(bubblewrap)
if [[ $mode == --test || $mode == --pdf ]]; then
  # LuaLaTeX with OpenType Noto fonts prints names in every script (Latin, Greek, Cyrillic, CJK, Arabic,
  # Devanagari); pdftotext lets the tests read the PDFs back
  command -v pdflatex >/dev/null 2>&1 || apt_packages+=(texlive-latex-base texlive-latex-recommended)
  kpsewhich luaotfload.sty >/dev/null 2>&1 || apt_packages+=(texlive-luatex)
  for family in "Noto Serif:fonts-noto-core" "Noto Sans CJK SC:fonts-noto-cjk"; do
    [[ -n $(fc-list "${family%%:*}" 2>/dev/null) ]] || apt_packages+=("${family##*:}")
  done
  command -v pdftotext >/dev/null 2>&1 || apt_packages+=(poppler-utils)
fi
# the browser tests load feedback pages and quiz sheets in headless Chromium (tests/chromium.py)
[[ $mode == --test ]] && { command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium); }
[[ $mode == --test ]] && extra="[test]"

if ((${#apt_packages[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${apt_packages[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}") >/dev/null \
      || echo "setup: could not install ${apt_packages[*]}; continuing without them"
  else
    echo "setup: not root, so not installing ${apt_packages[*]} (apt-get install ${apt_packages[*]})"
  fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
