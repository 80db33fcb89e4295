#!/usr/bin/env bash
# Set up debrief in ./.venv: system packages (apt-get), then the Python package.
#   scripts/setup.sh          the tool itself
#   scripts/setup.sh --dev    plus everything the tests, linters and benchmarks need
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# System packages: PortAudio for recording; espeak-ng and sox make the test speech;
# Chromium renders the weekly review page in its test; strace watches the system calls in
# the no-network test (tests/test_no_network.py).
apt_packages=(libportaudio2 libsndfile1)
[ "$dev" = 1 ] && apt_packages+=(espeak-ng sox chromium strace)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=(.venv/bin/python -m pip -q --disable-pip-version-check)
"${pip[@]}" install --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
if [ "$dev" = 1 ]; then
  # The CPU build of torch first, so openai-whisper does not pull a multi-GB CUDA build.
  .venv/bin/python -c "import torch" 2>/dev/null || "${pip[@]}" install torch==2.13.0 2>&1 | grep -v "^WARNING: Location" || true
  "${pip[@]}" install -e ".[test,browse,openai-whisper]" 2>&1 | grep -v "^WARNING: Location" || true
else
  "${pip[@]}" install -e . 2>&1 | grep -v "^WARNING: Location" || true
fi
.venv/bin/debrief --version >/dev/null
echo "setup: ready (.venv/bin/debrief)"
