/**
 * Replies and commands by email: SES receives mail for the inbound domain (its MX points to SES),
 * one receipt rule stores the raw MIME in the raw-mail bucket and then invokes the receive
 * function (the intake) asynchronously with the object key in the event. The intake reads what the
 * sender wrote and hands it on through the inbound queue to the understand function, which logs
 * it and answers. Failed intakes end in a DLQ after Lambda's retries; failed understandings return
 * to the inbound queue one by one and end in its DLQ. Two functions, so that each bundle carries
 * only its half of the work (S3 and MIME decoding; the parser's people and the table).
 * An account has one active receipt rule set per region, so activating this one is opt-in.
 *
 * The receive function, which holds the S3 client, also drains the raw-mail deletion queue: "delete
 * my data" on the web and mail for someone gone post message ids there, so no other function needs
 * an S3 client.
 */

import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { INBOUND, receiptRuleArn } from '../names';
import { deadLetterQueue, drainedQueue } from './dead-letter-queue';
import { GratitudeFunction } from './gratitude-function';

/** The receive function's timeout, and the receives before a deletion request goes to its DLQ. */
const RECEIVE_TIMEOUT = Duration.seconds(60);
export const RAW_MAIL_DELETION_MAX_RECEIVE_COUNT = 5;

/**
 * The understand function's timeout: shorter than the inbound lease (90 s, `INBOUND_LIMITS`), so a
 * handling that died has let go of its message by the time the queue hands it out again (after a
 * visibility timeout of six times this).
 */
export const UNDERSTAND_TIMEOUT = Duration.seconds(60);
export const INBOUND_BATCH_SIZE = 5;
export const INBOUND_MAX_RECEIVE_COUNT = 5;

export interface InboundMailProps {
  readonly inboundDomain: string;
  readonly sendingDomain: string;
  readonly rawMailBucket: s3.IBucket;
  /** Make this rule set the region's active one (and deactivate receiving when it is deleted). */
  readonly activateReceiptRuleSet: boolean;
}

/**
 * The S3 action without the bucket policy edit that `aws-ses-actions.S3` makes: the bucket lives in
 * the data stack, whose policy already lets SES write with both the source account and the
 * source rule ARN as conditions (the CDK action adds a statement with the account only).
 */
class StoreRawMail implements ses.IReceiptRuleAction {
  constructor(
    private readonly bucket: s3.IBucket,
    private readonly prefix: string,
  ) {}

  bind(): ses.ReceiptRuleActionConfig {
    return { s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: this.prefix } };
  }
}

export class InboundMail extends Construct {
  /** The intake: the receipt rule's Lambda action. */
  readonly receive: GratitudeFunction;
  readonly deadLetterQueue: sqs.Queue;
  /** What the intake read, for the understand function. */
  readonly inboundQueue: sqs.Queue;
  readonly inboundDeadLetterQueue: sqs.Queue;
  readonly understand: GratitudeFunction;
  /** Message ids whose raw mail is to be deleted (a person deleted their data). */
  readonly rawMailDeletions: sqs.Queue;
  readonly rawMailDeletionsDeadLetterQueue: sqs.Queue;
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly rule: ses.ReceiptRule;
  /** Present when the inbound domain needs its own verified identity (not the sending domain). */
  readonly inboundIdentity?: ses.EmailIdentity;
  readonly activation?: cr.AwsCustomResource;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // SES receives only for verified domains. A separate inbound domain gets its own identity
    // (verified by its Easy DKIM records) so receiving does not depend on how SES treats
    // subdomains of the sending identity.
    if (props.inboundDomain !== props.sendingDomain) {
      this.inboundIdentity = new ses.EmailIdentity(this, 'InboundDomain', {
        identity: ses.Identity.domain(props.inboundDomain),
      });
    }

    this.receive = new GratitudeFunction(this, 'Receive', {
      entry: 'receive-mail',
      description: 'Reads the raw MIME of inbound mail and hands what the sender wrote to the inbound queue',
      memorySize: 1024,
      timeout: RECEIVE_TIMEOUT,
    });
    ({ queue: this.inboundQueue, deadLetterQueue: this.inboundDeadLetterQueue } = drainedQueue(
      this,
      'Inbound',
      { functionTimeout: UNDERSTAND_TIMEOUT, maxReceiveCount: INBOUND_MAX_RECEIVE_COUNT },
    ));
    this.understand = new GratitudeFunction(this, 'Understand', {
      entry: 'understand-mail',
      description: 'Understands a reply or command (whom they thanked), logs it and asks for a receipt',
      memorySize: 1024,
      timeout: UNDERSTAND_TIMEOUT,
      signsLinks: true,
    });
    this.understand.fn.addEventSource(
      new SqsEventSource(this.inboundQueue, { batchSize: INBOUND_BATCH_SIZE, reportBatchItemFailures: true }),
    );
    ({ queue: this.rawMailDeletions, deadLetterQueue: this.rawMailDeletionsDeadLetterQueue } = drainedQueue(
      this,
      'RawMailDeletions',
      { functionTimeout: RECEIVE_TIMEOUT, maxReceiveCount: RAW_MAIL_DELETION_MAX_RECEIVE_COUNT },
    ));
    this.receive.fn.addEventSource(
      new SqsEventSource(this.rawMailDeletions, { batchSize: 10, reportBatchItemFailures: true }),
    );
    this.deadLetterQueue = deadLetterQueue(
      this,
      'ReceiveDlq',
      'This queue is itself the dead-letter queue (on-failure destination of the receive function); it ' +
        'has an alarm on its depth, and the raw mail stays in S3 for 30 days for a replay.',
    );
    // SES invokes with invocation type Event: Lambda retries a failed run twice, then the event
    // (with the S3 object key) goes to the DLQ.
    this.receive.fn.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.deadLetterQueue),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });

    // Lambda permission scoped as in the SES Developer Guide ("Give SES permission to invoke a
    // Lambda function"): source account and the ARN of this very rule. Added under the id the CDK
    // Lambda action looks for, so the action reuses it and orders the rule after it.
    this.receive.fn.addPermission('AllowSes', {
      action: 'lambda:InvokeFunction',
      principal: new iam.ServicePrincipal('ses.amazonaws.com'),
      sourceAccount: stack.account,
      sourceArn: receiptRuleArn(stack),
    });

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: INBOUND.ruleSetName });
    this.rule = this.ruleSet.addRule('StoreThenProcess', {
      receiptRuleName: INBOUND.ruleName,
      recipients: [props.inboundDomain],
      enabled: true,
      // Adds the X-SES-Spam-Verdict and X-SES-Virus-Verdict headers the function filters on.
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.OPTIONAL,
      // Order matters: the message is in S3 before the function that reads it runs.
      actions: [
        new StoreRawMail(props.rawMailBucket, INBOUND.rawMailPrefix),
        new actions.Lambda({ function: this.receive.fn, invocationType: actions.LambdaInvocationType.EVENT }),
      ],
    });

    if (props.activateReceiptRuleSet) {
      this.activation = this.activate();
    }
  }

  /**
   * CloudFormation can create a rule set but not make it the active one. This custom resource calls
   * SetActiveReceiptRuleSet on create and update, and on delete calls it with no name, which
   * turns email receiving off in the region (SES cannot delete an active rule set).
   */
  private activate(): cr.AwsCustomResource {
    const call = (ruleSetName?: string): cr.AwsSdkCall => ({
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: ruleSetName ? { RuleSetName: ruleSetName } : {},
      physicalResourceId: cr.PhysicalResourceId.of(`${INBOUND.ruleSetName}-active`),
    });
    const activation = new cr.AwsCustomResource(this, 'ActivateRuleSet', {
      resourceType: 'Custom::SesActiveReceiptRuleSet',
      onCreate: call(this.ruleSet.receiptRuleSetName),
      onUpdate: call(this.ruleSet.receiptRuleSetName),
      onDelete: call(),
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        // SetActiveReceiptRuleSet has no resource type in the SES service authorization
        // reference: it can only be granted on "*".
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: new logs.LogGroup(this, 'ActivateRuleSetLogs', {
        retention: logs.RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      timeout: Duration.minutes(2),
    });
    // Activate only once the rule (and with it the S3 and Lambda permissions) exists.
    activation.node.addDependency(this.rule);
    Validations.of(activation).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ses:SetActiveReceiptRuleSet supports no resource-level permissions; it is the only action granted.',
    });
    return activation;
  }
}
