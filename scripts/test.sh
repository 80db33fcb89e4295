#!/usr/bin/env bash
# Set up with the development extras, then lint, type-check and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
echo "test: ruff"
.venv/bin/ruff check debrief tests benchmarks scripts
.venv/bin/ruff format --check debrief tests benchmarks scripts
echo "test: mypy"
.venv/bin/mypy debrief
echo "test: pytest"
exec .venv/bin/python -m pytest "$@"
