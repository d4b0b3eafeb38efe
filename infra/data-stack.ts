/**
 * Stateful resources, deployed and protected apart from the code that uses them: the single
 * DynamoDB table, the raw-mail bucket and the HMAC signing key. All three are retained when the
 * stack (or a resource) is deleted: losing the key would break every link already sent.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { TABLE_DESIGN } from '../functions/adapters/dynamodb/table-design';
import { DATA_EXPORTS, INBOUND, receiptRuleArn } from './names';

export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly rawMailBucket: s3.Bucket;
  readonly hmacSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Encrypted with the AWS managed key (aws/dynamodb): auditable in CloudTrail, no key to run.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
    });
    // Sparse: only items carrying dueShard/dueAt (subscribers with a pending send) appear, so the
    // dispatcher queries each shard for dueAt <= now instead of scanning the table.
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_DESIGN.dueIndex.name,
      partitionKey: { name: TABLE_DESIGN.dueIndex.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.dueIndex.sortKey, type: dynamodb.AttributeType.STRING },
      // Only what dispatch reads: a subscriber's save rewrites a small index entry, not the item.
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: [...TABLE_DESIGN.dueIndex.projected],
    });

    this.rawMailBucket = new s3.Bucket(this, 'RawMail', {
      // Server-side encryption with S3 managed keys. The SES S3 action's own `kmsKeyArn` would be
      // client-side encryption (the reader must decrypt with the S3 encryption client), so it
      // stays unset; S3 encrypts every object SES writes at rest instead.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // No versioning: "delete my data" must remove a message, not hide it behind a delete marker.
      versioned: false,
      lifecycleRules: [
        {
          id: 'expire-raw-mail-after-30-days',
          expiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // SES may write raw mail under the prefix, and only on behalf of this account's receipt rule:
    // the statement and both conditions follow "Give SES permission to write to an S3 bucket" in
    // the SES Developer Guide. The rule ARN is built from its fixed name because the rule lives in
    // the service stack and must find this policy in place when it is created.
    this.rawMailBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSESPuts',
        effect: iam.Effect.ALLOW,
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.rawMailBucket.arnForObjects(`${INBOUND.rawMailPrefix}*`)],
        conditions: {
          StringEquals: {
            'AWS:SourceAccount': this.account,
            'AWS:SourceArn': receiptRuleArn(this),
          },
        },
      }),
    );
    Validations.of(this.rawMailBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Server access logs would need a second bucket for a store that only SES writes and two functions ' +
        'read by exact key; object-level access is auditable with CloudTrail data events if required.',
    });

    this.hmacSecret = new secretsmanager.Secret(this, 'HmacKeys', {
      description: 'Gratitude Week HMAC keys for signed links and reply addresses ({"current": "..."})',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({}),
        generateStringKey: 'current',
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.hmacSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Unsubscribe, reply and log links must keep working for as long as people keep the emails, so the ' +
        'key is rotated by hand (old key moved to "previous", which the functions still accept) as ' +
        'described in infra/README.md, not on a timer by a rotation function.',
    });

    // The service stack imports these by name (see DATA_EXPORTS).
    const exportOutput = (id: string, exportName: string, value: string, description: string) =>
      new CfnOutput(this, id, { exportName, value, description });
    exportOutput('TableName', DATA_EXPORTS.tableName, this.table.tableName, 'DynamoDB table');
    exportOutput('TableArn', DATA_EXPORTS.tableArn, this.table.tableArn, 'DynamoDB table ARN');
    exportOutput(
      'RawMailBucketName',
      DATA_EXPORTS.rawMailBucketName,
      this.rawMailBucket.bucketName,
      'Raw inbound mail',
    );
    exportOutput(
      'RawMailBucketArn',
      DATA_EXPORTS.rawMailBucketArn,
      this.rawMailBucket.bucketArn,
      'Raw mail ARN',
    );
    exportOutput('HmacSecretArn', DATA_EXPORTS.hmacSecretArn, this.hmacSecret.secretArn, 'HMAC keys secret');
  }
}
