#!/usr/bin/env bash
# One-step set-up of kg on a fresh machine:
#   - a virtualenv in .venv (unless one is already active),
#   - kg installed editable with its dev extras (tests, notebooks, the FalkorDB test server),
#   - a CJK font for the notebooks' figures (Debian package, needs root or sudo; skipped
#     with a warning where apt-get is unavailable).
# Usage: bash scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${VIRTUAL_ENV:-}" ]; then
    python3 -m venv .venv
    # shellcheck disable=SC1091
    . .venv/bin/activate
fi
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[dev]"
# ipykernel stages the kernelspec in a temporary folder it leaves behind; stage it in ours.
staging=$(mktemp -d)
TMPDIR="$staging" python -m ipykernel install --sys-prefix --name python3 >/dev/null
rm -rf "$staging"

if command -v apt-get >/dev/null 2>&1; then
    bash scripts/install_fonts.sh
else
    echo "setup: apt-get not found; install a CJK font (e.g. WenQuanYi Micro Hei) for the notebook figures" >&2
fi
echo "kg is set up: $(command -v kg)"
