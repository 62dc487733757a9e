#!/usr/bin/env bash
# Everything `make briefing` and `make test` need: WeasyPrint's system libraries (Pango,
# HarfBuzz subsetting for small, reproducible PDFs), fontconfig and the DejaVu font, then a
# virtualenv in .venv with the package and its tests.
#
# System packages are installed with apt only when some are missing, and only where apt can
# be run (as root, or with sudo). Elsewhere it says the one line an administrator should run
# and stops. On a system without dpkg (not Debian or Ubuntu) each package is looked for by
# what it provides (a library, a font, a command), and nothing is installed: see README.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's packages, one a line: add one there. Each is found by dpkg where there is dpkg, else
# by what it provides, written after it: "lib:NAME" a shared library as ctypes finds it,
# "font:FAMILY" a font fontconfig knows, "cmd:NAME" a command (the default: a command named
# like the package). Plain bash 3 (macOS's): no associative arrays, no mapfile.
PACKAGES="
libpango-1.0-0        lib:pango-1.0
libpangoft2-1.0-0     lib:pangoft2-1.0
libharfbuzz-subset0   lib:harfbuzz-subset
fontconfig            cmd:fc-list
fonts-dejavu-core     font:DejaVu Sans
"
# For `make test` only (setup.sh --test): the review sheet is opened in a real headless browser.
if [ "${1:-}" = "--test" ]; then
  PACKAGES="$PACKAGES
chromium              cmd:chromium
"
fi

PYTHON=${PYTHON:-python3}
say() { echo "setup: $*" >&2; }

python_ok() {
  command -v "$PYTHON" >/dev/null 2>&1 && "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'
}

# --- is each package there? ------------------------------------------------------------
installed() {  # dpkg's word where there is dpkg, else look for what the package provides
  local package=$1
  if command -v dpkg-query >/dev/null 2>&1; then
    [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ]
    return
  fi
  provided "$(provides "$package")"
}

provides() {  # what a package provides, as PACKAGES says
  local package probe
  while read -r package probe; do
    if [ "$package" = "$1" ]; then
      echo "${probe:-cmd:$package}"
      return
    fi
  done <<<"$PACKAGES"
  case $1 in python3*-venv) echo "module:ensurepip" ;; *) echo "cmd:$1" ;; esac
}

provided() {
  local kind=${1%%:*} name=${1#*:}
  case $kind in
    lib) "$PYTHON" -c 'import ctypes, ctypes.util, sys
found = ctypes.util.find_library(sys.argv[1])
sys.exit(0 if found and ctypes.CDLL(found) else 1)' "$name" >/dev/null 2>&1 ;;
    font) command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list "$name" family 2>/dev/null)" ] ;;
    *) command -v "$name" >/dev/null 2>&1 ;;
  esac
}

venv_ready() { [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; }

# Python's venv needs ensurepip, which Debian ships apart as python3.X-venv.
venv_package() {
  "$PYTHON" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}-venv")'
}

missing_packages() {
  local package _
  while read -r package _; do
    if [ -n "$package" ] && ! installed "$package"; then
      echo "$package"
    fi
  done <<<"$PACKAGES"
  if ! venv_ready && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    venv_package
  fi
}

# --- install what is missing, where apt can be run -----------------------------------------
apt_runner() {  # how apt can be run here: "" as root, "sudo" with sudo rights; else fails
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$(id -u)" -eq 0 ]; then
    echo ""
  elif command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
    echo "sudo"
  else
    return 1
  fi
}

cannot_install() {
  local missing=("$@")
  say "missing system packages: ${missing[*]}"
  if command -v apt-get >/dev/null 2>&1; then
    say "they cannot be installed from here (not root, and no sudo); an administrator should run:"
    echo "    apt-get update && apt-get install -y ${missing[*]}" >&2
  else
    say "this system has no apt-get: install what they provide with its own package manager"
    say "(README, 'Set-up on other systems'): $(describe "${missing[@]}")"
  fi
  say "the rest of the set-up (the virtualenv in .venv) waits on it; run make again afterwards."
  exit 1
}

describe() {  # "libpango-1.0-0 (library pango-1.0), fonts-dejavu-core (font DejaVu Sans)"
  local package probe out=()
  for package in "$@"; do
    probe=$(provides "$package")
    out+=("$package (${probe%%:*} ${probe#*:})")
  done
  local IFS=,
  echo "${out[*]}" | sed 's/,/, /g'
}

install_system_packages() {
  local missing=("$@") sudo
  sudo=$(apt_runner) || cannot_install "${missing[@]}"
  say "installing system packages: ${missing[*]}"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
           "${missing[@]}" >/dev/null; }; then
    say "apt-get could not install them (its error is above); an administrator can run:"
    echo "    apt-get update && apt-get install -y ${missing[*]}" >&2
    say "the rest of the set-up waits on it; run make again afterwards."
    exit 1
  fi
}

# --- the virtualenv ------------------------------------------------------------------------
# This machine's pip configuration may name local indexes that are absent; its notes on them
# are noise here. Everything else pip says is shown.
pip_install() {
  local status=0
  .venv/bin/python -m pip "$@" >.venv/pip.log 2>&1 || status=$?
  sed "/^WARNING: Location '.*' is ignored/d" .venv/pip.log >&2
  return "$status"
}

pip_failed() {
  say "pip could not install the package (pip's error is above; all of it in .venv/pip.log). To try:"
  say "  - no network or a proxy: pip needs PyPI; set HTTPS_PROXY, or PIP_INDEX_URL for a mirror;"
  say "  - 'No matching distribution' or a failed build: use Python 3.11 to 3.13, e.g. PYTHON=python3.12 make;"
  say "  - then run make again (what was installed is kept)."
  exit 1
}

make_venv() {
  if venv_ready; then
    return
  fi
  # A .venv left by a failed `python -m venv` (no ensurepip then) has no pip: made again.
  "$PYTHON" -m venv --clear .venv || {
    say "'$PYTHON -m venv' failed (above); install $(venv_package) (Debian, Ubuntu) and run make again"
    exit 1
  }
}

main() {
  python_ok || { say "needs Python 3.11 or newer as '$PYTHON' (give another with PYTHON=python3.12 make)"; exit 1; }
  local missing=() package
  while IFS= read -r package; do
    missing+=("$package")
  done < <(missing_packages)
  if [ "${#missing[@]}" -gt 0 ]; then
    install_system_packages "${missing[@]}"
  fi
  make_venv
  # A current pip reads the extras of today's packages (an old one warns that lxml does not
  # provide 'html_clean' and leaves out the cleaner jusText needs).
  pip_install install -q --upgrade pip || say "could not upgrade pip (above); going on with $(.venv/bin/python -m pip --version | cut -d' ' -f1-2)"
  pip_install install -q -e '.[test]' || pip_failed
  .venv/bin/python -c "import briefing, weasyprint, matplotlib, dateparser, trafilatura" || {
    say "the virtualenv cannot import what briefing needs (above); run 'rm -rf .venv' and make again,"
    say "and if it recurs, check that WeasyPrint's libraries load (README, 'Set-up on other systems')"
    exit 1
  }
  # The package's bytecode and its compiled templates, written now (as pip writes a wheel's):
  # a shell with PYTHONDONTWRITEBYTECODE set (as some CI and container images have) would
  # compile every module again at each start, and every run compiles the templates (together
  # about 0.2 s of CPU before the first page can be laid out).
  { .venv/bin/python -m compileall -q briefing >/dev/null &&
    .venv/bin/python -c "from briefing.render import write_template_bytecode as w; w()"; } ||
    say "could not write the package's bytecode (above); builds start a little slower"
}

main
