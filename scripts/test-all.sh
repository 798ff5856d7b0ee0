#!/usr/bin/env bash
# `npm test`: the whole check a fresh clone must pass, in the order a failure is cheapest to find.
# npm puts node_modules/.bin first on PATH, so `node` here is the project's Node 24 (package `node`).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Node.js $(node --version) at $(command -v node)"
node -e 'const m = +process.versions.node.split(".")[0]; if (m !== 24) { console.error(`Node 24 required, got ${process.version}: run through npm (npm test) so node_modules/.bin/node comes first`); process.exit(1); }'

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-}"

step "Format check (prettier)"
prettier --check .

step "Lint, typecheck and unit tests of every project"
nx run-many -t lint typecheck test --outputStyle=static

step "Module boundaries reject forbidden imports"
node --test tools/module-boundaries.test.mjs

step "Builds"
nx run-many -t build --outputStyle=static

step "Lambda bundles: X-Ray SDK and TypeBox stay out of the cold start, load when needed"
node --test tools/lambda-bundles/lazy-chunks.test.mjs

step "Integration tests: real AWS SDK against the pinned moto server"
bash scripts/python-tools.sh
jest -c jest.integration.config.js

step "OpenAPI documents"
nx run contracts:openapi --outputStyle=static

step "Infrastructure: synth and cfn-lint"
nx run infra:synth --outputStyle=static
bash scripts/cfn-lint.sh

step "API docs"
nx run contracts:docs --outputStyle=static
nx run contracts:openapi-lint --outputStyle=static
node --test tools/docs/docs-browser.test.mjs

step "Tooling (local stack, API client, webhook CLI, e2e helpers, bench): lint, typecheck, unit tests"
eslint tools e2e bench --max-warnings 0
for tsconfig in tools/local-stack tools/api-client tools/webhook-cli e2e bench; do
  tsc -p "$tsconfig/tsconfig.json" --noEmit
done
jest -c jest.tooling.config.js

step "Benchmark harness smoke run (tiny sizes, no timing asserted)"
node --test bench/bench-smoke.test.mjs

step "End-to-end suite against a local stack it starts itself"
E2E_LOCAL_STACK=start jest -c e2e/jest.config.ts
