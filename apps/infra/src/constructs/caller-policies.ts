import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { API_OPERATIONS, type ApiOperation, type OperationId } from '@payments/contracts';
import { nagFindingResource } from '../nag/finding-resource';

export interface CallerPoliciesProps {
  /** The execute-api ARN of one operation (see `ContractRestApi.executeApiArn`). */
  readonly executeApiArn: (operation: ApiOperation) => string;
}

/** The integrator each policy is for, by the one operation it may call. */
const CALLERS = {
  receivePaymentWebhook: {
    id: 'WebhookSenderPolicy',
    description: 'Payment webhooks: may call POST /webhooks/payment only (payment providers).',
  },
  getTransaction: {
    id: 'TransactionReaderPolicy',
    description: 'Payment webhooks: may call GET /transactions/{id} only (back-office readers).',
  },
  notifyTransaction: {
    id: 'NotifierPolicy',
    description: 'Payment webhooks: may call POST /transactions/{id}/notify only (support tools).',
  },
} as const satisfies Record<OperationId, { id: string; description: string }>;

/**
 * What an integrator attaches to its IAM role to call the API: one managed policy per route,
 * each allowing `execute-api:Invoke` on exactly that method and path of the stage. No grant
 * exists for "invoke this REST route", hence a hand-written statement per policy.
 */
export class CallerPolicies extends Construct {
  readonly webhookSender: iam.ManagedPolicy;
  readonly transactionReader: iam.ManagedPolicy;
  readonly notifier: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: CallerPoliciesProps) {
    super(scope, id);
    const policyFor = (operationId: OperationId) =>
      this.routePolicy(operation(operationId), props.executeApiArn(operation(operationId)));
    this.webhookSender = policyFor('receivePaymentWebhook');
    this.transactionReader = policyFor('getTransaction');
    this.notifier = policyFor('notifyTransaction');
  }

  private routePolicy(route: ApiOperation, executeApiArn: string): iam.ManagedPolicy {
    const caller = CALLERS[route.operationId];
    const policy = new iam.ManagedPolicy(this, caller.id, {
      description: caller.description,
      statements: [
        new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: [executeApiArn] }),
      ],
    });
    if (route.path.includes('{')) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagFindingResource(this, executeApiArn)}]`,
        reason:
          'The "*" stands for the {id} path parameter of this one route, the form in which ' +
          'API Gateway matches execute-api ARNs; API, stage, method and the rest of the path ' +
          'are fixed.',
      });
    }
    return policy;
  }
}

function operation(operationId: OperationId): ApiOperation {
  const found = API_OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`No API operation ${operationId}`);
  return found;
}
