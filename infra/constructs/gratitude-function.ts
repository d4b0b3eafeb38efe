/**
 * The one place that fixes how every Gratitude Week Lambda is built and run: Node.js 22 on arm64,
 * a minified esbuild bundle with source maps, JSON logs in a log group with a retention, and a role
 * that may only write to that log group until a `bind*` method adds more. Each `bind*` method sets
 * the environment variables from the shared ENV list together with the grant they imply, so a
 * function can never learn a resource name without the permission to use it (or the reverse).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { AssetHashType, DockerImage, type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { ENV, type EnvName } from '../../functions/runtime/env';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/runtime/telemetry-names';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The function's bundle, built by `infra/bundling.ts` (as `npm run bench` builds it) in a child
 * process, since CDK bundles synchronously; the asset is named by the bundle's hash.
 */
function bundledCode(entry: EntryName): lambda.Code {
  const script = path.join(REPO_ROOT, 'infra', 'bundle-function.ts');
  return lambda.Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never run in a container: the bundle is built locally, or synthesis fails. The command
      // names the entry all the same, since CDK reuses a bundle for the same bundling options.
      image: DockerImage.fromRegistry('unused'),
      command: ['node', '--import', 'tsx', 'infra/bundle-function.ts', entry],
      local: {
        tryBundle(outputDir) {
          execFileSync(process.execPath, ['--import', 'tsx', script, entry, outputDir], {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          return true;
        },
      },
    },
  });
}

/** The seven entry points under functions/, one per trigger. */
export type EntryName =
  | 'http-api'
  | 'dispatch'
  | 'send-prompt'
  | 'send-mail'
  | 'receive-mail'
  | 'understand-mail'
  | 'mail-events';

export interface GratitudeFunctionProps {
  readonly entry: EntryName;
  readonly description: string;
  /** Defaults to 512 MB: on arm64 that buys a faster cold start for little money. */
  readonly memorySize?: number;
  readonly timeout: Duration;
  /**
   * The function signs links with the HMAC keys (`bindHmacSecret`): it reads the secret through
   * the Parameters and Secrets extension, which keeps it cached, instead of an SDK client.
   */
  readonly signsLinks?: boolean;
}

/** Where a function may send mail from, and the settings every outbound message needs. */
export interface OutboundMail {
  /** RFC 5322 From, e.g. `Gratitude Week <hello@gratitude.example.org>`. */
  readonly sender: string;
  readonly configurationSetName: string;
  readonly inboundDomain: string;
  readonly publicUrl: string;
  readonly postalAddress: string;
  /** Adds `ses:SendEmail` on exactly the sending identity and the configuration set. */
  grantSendEmail(grantee: iam.IGrantable): iam.Grant;
}

/** The single table and the layout facts its users need. */
export interface SubscriberTable {
  readonly tableName: string;
  readonly tableArn: string;
  readonly dueShards: number;
}

/** The raw-mail store: the bucket, the prefix SES writes under, and how cdk-nag prints its ARN. */
export interface RawMailStore {
  readonly bucket: s3.IBucket;
  readonly prefix: string;
  /** The object ARN pattern as cdk-nag flattens it, to acknowledge the unavoidable `*` by name. */
  readonly nagObjectsResource: string;
}

/** Item-level DynamoDB actions; no Scan (the due index is queried) and no stream reads. */
const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

export class GratitudeFunction extends Construct {
  readonly entry: EntryName;
  readonly fn: lambda.Function;
  readonly role: iam.Role;
  private readonly signsLinks: boolean;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: GratitudeFunctionProps) {
    super(scope, id);
    this.entry = props.entry;
    this.signsLinks = props.signsLinks === true;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Logs are operational, not user data of record: drop them with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // A role of our own instead of AWSLambdaBasicExecutionRole, which may write to every log
    // group in the account: this one may only write to its own.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.entry} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new lambda.Function(this, 'Function', {
      code: bundledCode(props.entry),
      handler: 'index.handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      paramsAndSecrets: props.signsLinks
        ? lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
            cacheSize: 10,
            logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
          })
        : undefined,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environment: {
        // Stack traces in the logs point at the TypeScript sources.
        NODE_OPTIONS: '--enable-source-maps',
        // Powertools Logger and Metrics: one service name, one metrics namespace for every function.
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      },
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the bundle targets node22 and is tested on it; moving to a newer ' +
        'runtime is a deliberate change made here, for every function at once.',
    });
  }

  /**
   * TABLE_NAME + DUE_SHARDS, with item-level read (and write) on the table and its due index,
   * named exactly (no `index/*`). Transactions need no extra action: DynamoDB authorises each
   * item of a TransactWriteItems/TransactGetItems call by these actions.
   */
  bindTable(subscribers: SubscriberTable, access: 'read' | 'readAndLease' | 'readWrite'): this {
    this.setEnv(ENV.tableName, subscribers.tableName);
    this.setEnv(ENV.dueShards, String(subscribers.dueShards));
    // 'readAndLease': the dispatcher moves a due entry's time forward with a conditional
    // UpdateItem (its lease) and never puts or deletes anything.
    const actions = {
      read: TABLE_READ_ACTIONS,
      readAndLease: [...TABLE_READ_ACTIONS, 'dynamodb:UpdateItem'],
      readWrite: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
    }[access];
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions,
        resources: [subscribers.tableArn, `${subscribers.tableArn}/index/${TABLE_DESIGN.dueIndex.name}`],
      }),
    );
    return this;
  }

  /** HMAC_SECRET_ARN, with read access to that secret (tokens are signed and verified with it). */
  bindHmacSecret(secret: secretsmanager.ISecret): this {
    if (!this.signsLinks)
      throw new Error(
        `${this.node.path}: a function given the HMAC secret reads it through the extension (signsLinks)`,
      );
    this.setEnv(ENV.hmacSecretArn, secret.secretArn);
    secret.grantRead(this.fn);
    return this;
  }

  /** MAIL_QUEUE_URL, with permission to post transactional mail requests to that queue. */
  bindMailQueue(queue: sqs.IQueue): this {
    this.setEnv(ENV.mailQueueUrl, queue.queueUrl);
    queue.grantSendMessages(this.fn);
    return this;
  }

  /** RAW_MAIL_DELETION_QUEUE_URL, with permission to ask for raw mail to be deleted. */
  bindRawMailDeletions(queue: sqs.IQueue): this {
    this.setEnv(ENV.rawMailDeletionQueueUrl, queue.queueUrl);
    queue.grantSendMessages(this.fn);
    return this;
  }

  /** INBOUND_QUEUE_URL, with permission to hand inbound messages on through that queue. */
  bindInboundQueue(queue: sqs.IQueue): this {
    this.setEnv(ENV.inboundQueueUrl, queue.queueUrl);
    queue.grantSendMessages(this.fn);
    return this;
  }

  /** SEND_QUEUE_URL, with permission to send messages to that queue. */
  bindSendQueue(queue: sqs.IQueue): this {
    this.setEnv(ENV.sendQueueUrl, queue.queueUrl);
    queue.grantSendMessages(this.fn);
    return this;
  }

  /**
   * RAW_MAIL_BUCKET, with GetObject and/or DeleteObject on the raw-mail prefix only. Listed
   * actions, not the `s3:GetObject*` family a `grantRead` would add.
   */
  bindRawMail(store: RawMailStore, access: { read?: boolean; delete?: boolean }): this {
    const actions = [...(access.read ? ['s3:GetObject'] : []), ...(access.delete ? ['s3:DeleteObject'] : [])];
    if (actions.length === 0) throw new Error('bindRawMail needs read and/or delete access');
    this.setEnv(ENV.rawMailBucket, store.bucket.bucketName);
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions, resources: [store.bucket.arnForObjects(`${store.prefix}*`)] }),
    );
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${store.nagObjectsResource}]`,
      reason:
        'Object keys are SES message ids, unknown in advance; access is limited to the raw-mail prefix and ' +
        'to the listed object actions.',
    });
    return this;
  }

  /**
   * The settings links and reply addresses are made of (SENDER, INBOUND_DOMAIN, PUBLIC_URL,
   * POSTAL_ADDRESS), with no permission: signing needs the HMAC secret (`bindHmacSecret`), and
   * sending is `bindMailer`'s.
   */
  bindLinks(mail: OutboundMail): this {
    this.setEnv(ENV.sender, mail.sender);
    this.setEnv(ENV.inboundDomain, mail.inboundDomain);
    this.setEnv(ENV.publicUrl, mail.publicUrl);
    this.setEnv(ENV.postalAddress, mail.postalAddress);
    return this;
  }

  /** The link settings and SES_CONFIGURATION_SET, with `ses:SendEmail` on the sending identity. */
  bindMailer(mail: OutboundMail): this {
    this.bindLinks(mail);
    this.setEnv(ENV.configurationSet, mail.configurationSetName);
    mail.grantSendEmail(this.fn);
    return this;
  }

  /** Only names from the shared ENV list; HMAC_KEYS is local-only and has no binding here. */
  private setEnv(name: EnvName, value: string): void {
    this.fn.addEnvironment(name, value);
  }
}
