#!/usr/bin/env bash
# Everything `make briefing` and `make test` need, on a fresh Debian machine:
# WeasyPrint's system libraries (Pango, HarfBuzz subsetting for small,
# reproducible PDFs), a font, then a virtualenv with the package and its tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fontconfig)
PACKAGES+=(chromium)  # the review sheet is tested in a real headless browser (tests/test_review.py)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 \
  | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import briefing, weasyprint, matplotlib, dateparser" \
  || { echo "setup: the virtualenv is incomplete; delete .venv and run again" >&2; exit 1; }
