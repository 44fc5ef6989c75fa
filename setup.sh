#!/usr/bin/env bash
# Set up mlptutor in ./.venv: the Python package (with test tools if --test)
# and, where we are root with apt-get, bubblewrap for the strongest sandbox.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v bwrap >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing bubblewrap (sandbox for student code)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap) >/dev/null \
      || echo "setup: could not install bubblewrap; the grader will use a weaker sandbox and say so"
  else
    echo "setup: bubblewrap not found and not root: install it (apt-get install bubblewrap) for the strongest sandbox"
  fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
extra=""
[[ "${1:-}" == "--test" ]] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
