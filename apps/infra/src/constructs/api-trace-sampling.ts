import { Stack } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as xray from 'aws-cdk-lib/aws-xray';
import { Construct } from 'constructs';

export interface ApiTraceSamplingProps {
  readonly api: apigateway.SpecRestApi;
  readonly stageName: string;
  /**
   * Share of this stage's requests that X-Ray records.
   * @default 0.05
   */
  readonly fixedRate?: number;
}

/**
 * Makes X-Ray record a fixed share of this API stage's requests and nothing more. The account's
 * default rule also records the first request of every second, which at low traffic traces
 * most requests: most cold starts would then also load the X-Ray SDK (the functions load it on
 * sampled invocations only), and the traces bill would follow traffic shape rather than volume.
 * API Gateway makes the decision and passes it down the trace header to the functions and,
 * through the queue message, to the notification sender, so one rule governs the whole path.
 * Sampling rules are account-wide: this one matches only this stage (name and ARN).
 */
export class ApiTraceSampling extends Construct {
  readonly rule: xray.CfnSamplingRule;

  constructor(scope: Construct, id: string, props: ApiTraceSamplingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.rule = new xray.CfnSamplingRule(this, 'Rule', {
      samplingRule: {
        // Unique per account and Region, at most 32 characters.
        ruleName: `${stack.stackName}-api`.slice(0, 32),
        priority: 100,
        reservoirSize: 0,
        fixedRate: props.fixedRate ?? 0.05,
        serviceName: `${props.api.restApiName}/${props.stageName}`,
        serviceType: 'AWS::ApiGateway::Stage',
        resourceArn: `arn:${stack.partition}:apigateway:${stack.region}::/restapis/${props.api.restApiId}/stages/${props.stageName}`,
        host: '*',
        httpMethod: '*',
        urlPath: '*',
        version: 1,
      },
    });
  }
}
