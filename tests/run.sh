#!/usr/bin/env bash
# Every check Bitna's CI makes: style, types, the Qt-free engine contract, and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
bin=.venv/bin
python_dirs=$(ls -d core gui tests resources benchmarks installer 2>/dev/null || true)
echo "== ruff"; "$bin/ruff" check $python_dirs
echo "== ruff format"; "$bin/ruff" format --check $python_dirs
echo "== mypy"; "$bin/mypy"
echo "== import-linter"; "$bin/lint-imports"
echo "== pytest"; "$bin/python" -m pytest "$@"
