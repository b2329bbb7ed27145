#!/usr/bin/env bash
# Installs what the generated-site tests (Tests/site/) need, only what is missing:
#   Debian: default-jre-headless (Nu HTML validator), chromium + chromium-driver (browser tests),
#           python3-venv when `python3 -m venv` cannot make a virtualenv (stock Debian 12).
#   PyPI:   the pinned packages of Tests/site/requirements*.txt, into the project-local
#           virtualenv .venv-test/ (tests only; nothing of it is part of the product).
# Runs apt-get update first when it installs; uses sudo when not root. Safe to run repeatedly:
# a second run with everything in place does no network access and takes under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv-test}"
REQUIREMENTS="Tests/site/requirements.txt"
REQUIREMENTS_NODEPS="Tests/site/requirements-nodeps.txt"
PYTHON="${PYTHON:-python3}"

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
apt_updated=0

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  if [ -n "$sudo" ] && ! command -v sudo >/dev/null; then
    echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
  if [ $apt_updated -eq 0 ]; then
    $sudo apt-get update -qq </dev/null
    apt_updated=1
  fi
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

# 1. Debian packages.
apt_install default-jre-headless chromium chromium-driver

# 2. The virtualenv. A venv whose interpreter no longer runs (python moved or removed) is made anew.
if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  echo "Recreating $VENV: its interpreter no longer runs"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  command -v "$PYTHON" >/dev/null || apt_install python3
  if ! "$PYTHON" -m venv "$VENV" </dev/null >/dev/null 2>&1; then
    # Stock Debian: venv (ensurepip) lives in python3-venv.
    rm -rf "$VENV"
    apt_install python3-venv
    "$PYTHON" -m venv "$VENV" </dev/null
  fi
fi

# 3. Pinned PyPI packages, installed again only when the requirement files changed since the last install.
stamp="$VENV/.requirements.sha256"
want="$(cat "$REQUIREMENTS" "$REQUIREMENTS_NODEPS" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "Installing the pinned test packages of Tests/site/requirements*.txt into $VENV"
  export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
  "$VENV/bin/python" -m pip install -q -r "$REQUIREMENTS" </dev/null
  "$VENV/bin/python" -m pip install -q --no-deps -r "$REQUIREMENTS_NODEPS" </dev/null
  echo "$want" >"$stamp"
fi
