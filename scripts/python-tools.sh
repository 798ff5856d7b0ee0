#!/usr/bin/env bash
# Creates .venv with the pinned Python tools (moto server, cfn-lint) if it is missing or stale.
# Idempotent and quick when nothing changed, so every script that needs the tools calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
requirements=tools/python/requirements.txt
stamp=.venv/.requirements.sha256
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
echo "$want" > "$stamp"
echo "python tools ready: $(.venv/bin/moto_server --version 2>/dev/null || echo moto) / $(.venv/bin/cfn-lint --version)"
