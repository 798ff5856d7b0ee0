#!/usr/bin/env bash
# Runs the installed AWS CDK CLI on apps/infra (cdk.json there: `npx tsx src/main.ts`, output
# dist/apps/infra/cdk.out). Usage: cdk.sh synth|diff|deploy|destroy [extra cdk arguments...]
#   synth    offline: no AWS credentials, no context lookups, no notices, no version reporting
#   deploy   real account: NOTIFICATION_EMAIL=ops@example.com (required on the first deploy;
#            later deploys keep the previous value when unset); writes the stack outputs to
#            dist/apps/infra/stack-outputs.json
#   diff     compares with the deployed stack
#   destroy  deletes the stack (after termination protection is turned off; see the README)
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:?usage: cdk.sh synth|diff|deploy|destroy [cdk arguments...]}
shift
stack=PaymentWebhooksStack
common=(--no-notices --no-version-reporting)

case "$command" in
  synth)
    # The CLI looks for an account in the credential chain; off AWS that includes probing the
    # EC2 instance metadata endpoint, which only slows an offline synth down.
    AWS_EC2_METADATA_DISABLED=true exec npx cdk synth "${common[@]}" --quiet --no-lookups "$@"
    ;;
  diff)
    exec npx cdk diff "${common[@]}" "$stack" "$@"
    ;;
  deploy)
    parameters=()
    if [ -n "${NOTIFICATION_EMAIL:-}" ]; then
      parameters=(--parameters "NotificationEmail=${NOTIFICATION_EMAIL}")
    fi
    exec npx cdk deploy "${common[@]}" "$stack" "${parameters[@]}" \
      --outputs-file ../../dist/apps/infra/stack-outputs.json "$@"
    ;;
  destroy)
    exec npx cdk destroy "${common[@]}" "$stack" "$@"
    ;;
  *)
    echo "unknown command: $command (synth|diff|deploy|destroy)" >&2
    exit 2
    ;;
esac
