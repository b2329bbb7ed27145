#!/usr/bin/env bash
# Installs the Debian packages SmartSite needs, only those missing.
# Runs apt-get update first; uses sudo when not root. Safe to run repeatedly.
set -euo pipefail

packages=(
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcairo2-dev libpango1.0-dev
  libxlsxwriter-dev
  libjpeg62-turbo-dev
  libssl-dev
  fonts-noto-cjk fonts-noto-cjk-extra
  poppler-utils qpdf
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
