#!/usr/bin/env bash
# cfn-lint (pinned in tools/python/requirements.txt, project-local .venv) on every template of
# the synthesized cloud assembly. Zero errors and zero warnings: any finding fails the run.
# Run `npx nx run infra:synth` first; this script only lints what is in dist/apps/infra/cdk.out.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/python-tools.sh

assembly=dist/apps/infra/cdk.out
shopt -s nullglob
templates=("$assembly"/*.template.json)
if [ ${#templates[@]} -eq 0 ]; then
  echo "no templates in $assembly: run 'npx nx run infra:synth' first" >&2
  exit 1
fi

echo "cfn-lint $(.venv/bin/cfn-lint --version | awk '{print $2}') on ${#templates[@]} template(s):"
printf '  %s\n' "${templates[@]}"
# Exit status is non-zero for any error (2), warning (4) or informational finding (8).
.venv/bin/cfn-lint --regions us-east-2 -- "${templates[@]}"
echo "cfn-lint: no errors, no warnings"
