/**
 * Stateless part of Gratitude Week, laid out like the architecture diagram: web front, daily
 * dispatch, outbound mail, inbound mail, alarms. The block in the middle is the access matrix:
 * each line gives one function an environment variable together with the permission behind it.
 */
import { CfnOutput, Duration, Fn, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { GratitudeConfig } from './config';
import { Alarms } from './constructs/alarms';
import { Api } from './constructs/api';
import { DailyDispatch } from './constructs/daily-dispatch';
import { OperationsDashboard } from './constructs/dashboard';
import { EmailIdentity } from './constructs/email-identity';
import type { RawMailStore, SubscriberTable } from './constructs/gratitude-function';
import { InboundMail } from './constructs/inbound-mail';
import { TransactionalMail } from './constructs/transactional-mail';
import { DATA_EXPORTS, INBOUND } from './names';

export interface ServiceStackProps extends StackProps {
  readonly config: GratitudeConfig;
}

export class ServiceStack extends Stack {
  readonly api: Api;
  readonly dispatch: DailyDispatch;
  readonly email: EmailIdentity;
  readonly inbound: InboundMail;
  readonly transactional: TransactionalMail;
  readonly alarms: Alarms;
  readonly dashboard: OperationsDashboard;
  readonly publicUrl: string;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config } = props;

    // The data stack's resources, by their named exports.
    const subscribers: SubscriberTable = {
      tableName: Fn.importValue(DATA_EXPORTS.tableName),
      tableArn: Fn.importValue(DATA_EXPORTS.tableArn),
      dueShards: config.dueShards,
    };
    const rawMail: RawMailStore = {
      bucket: s3.Bucket.fromBucketAttributes(this, 'RawMailBucket', {
        bucketName: Fn.importValue(DATA_EXPORTS.rawMailBucketName),
        bucketArn: Fn.importValue(DATA_EXPORTS.rawMailBucketArn),
      }),
      prefix: INBOUND.rawMailPrefix,
      nagObjectsResource: `${DATA_EXPORTS.rawMailBucketArn}/${INBOUND.rawMailPrefix}*`,
    };
    const hmacSecret = secretsmanager.Secret.fromSecretCompleteArn(
      this,
      'HmacSecret',
      Fn.importValue(DATA_EXPORTS.hmacSecretArn),
    );

    // browser -> HTTP API -> http function
    this.api = new Api(this, 'Api');
    this.publicUrl = config.publicUrl ?? this.api.url;

    // schedule -> dispatch -> sends queue -> send function -> SES
    this.dispatch = new DailyDispatch(this, 'DailyDispatch', {
      sendMaxConcurrency: config.sendMaxConcurrency,
    });

    // SES identity + configuration set -> bounce/complaint events -> mail-events function
    this.email = new EmailIdentity(this, 'EmailIdentity', {
      sendingDomain: config.sendingDomain,
      mailFromSubdomain: config.mailFromSubdomain,
      sender: config.senderAddress,
      inboundDomain: config.inboundDomain,
      postalAddress: config.postalAddress,
    });
    const mail = this.email.outboundMail(this.publicUrl);

    // http, receive -> mail queue -> mail function -> SES (its own share of the rate)
    this.transactional = new TransactionalMail(this, 'TransactionalMail');
    const mailQueue = this.transactional.queue;

    // MX -> SES receipt rule: raw MIME to S3, then receive function (Event)
    this.inbound = new InboundMail(this, 'InboundMail', {
      inboundDomain: config.inboundDomain,
      sendingDomain: config.sendingDomain,
      rawMailBucket: rawMail.bucket,
      activateReceiptRuleSet: config.activateReceiptRuleSet,
    });

    // Who may touch what.
    this.api.http
      .bindTable(subscribers, 'readWrite')
      .bindHmacSecret(hmacSecret)
      .bindLinks(mail)
      .bindMailQueue(mailQueue)
      // "Delete my data" removes the person's stored raw messages too, through the receive function.
      .bindRawMailDeletions(this.inbound.rawMailDeletions);
    this.dispatch.dispatch.bindTable(subscribers, 'readAndLease').bindSendQueue(this.dispatch.sendsQueue);
    this.dispatch.send.bindTable(subscribers, 'readWrite').bindHmacSecret(hmacSecret).bindMailer(mail);
    this.transactional.send.bindTable(subscribers, 'read').bindHmacSecret(hmacSecret).bindMailer(mail);
    this.inbound.receive
      // The raw mail of someone who deletes their data is deleted here, as the web and understand
      // functions ask through the deletion queue.
      .bindRawMail(rawMail, { read: true, delete: true })
      .bindInboundQueue(this.inbound.inboundQueue);
    this.inbound.understand
      .bindTable(subscribers, 'readWrite')
      .bindHmacSecret(hmacSecret)
      .bindLinks(mail)
      .bindMailQueue(mailQueue)
      // Mail that arrives for someone who deleted their data is dropped, raw mail included.
      .bindRawMailDeletions(this.inbound.rawMailDeletions);
    this.email.mailEvents.bindTable(subscribers, 'readWrite').bindMailQueue(mailQueue);

    const functions = {
      Http: this.api.http,
      Dispatch: this.dispatch.dispatch,
      Send: this.dispatch.send,
      SendMail: this.transactional.send,
      Receive: this.inbound.receive,
      Understand: this.inbound.understand,
      MailEvents: this.email.mailEvents,
    };
    this.alarms = new Alarms(this, 'Alarms', {
      functions,
      httpApi: this.api.httpApi,
      deadLetterQueues: {
        Sends: this.dispatch.deadLetterQueue,
        Mail: this.transactional.deadLetterQueue,
        Receive: this.inbound.deadLetterQueue,
        Inbound: this.inbound.inboundDeadLetterQueue,
        RawMailDeletions: this.inbound.rawMailDeletionsDeadLetterQueue,
        MailEvents: this.email.deadLetterQueue,
      },
      backlogs: {
        Sends: { queue: this.dispatch.sendsQueue, maxAge: Duration.minutes(30) },
        // A welcome or a receipt is expected within moments, not after the morning's prompts.
        Mail: { queue: mailQueue, maxAge: Duration.minutes(5) },
        // A reply is understood within moments; an old one means the understand function is failing.
        Inbound: { queue: this.inbound.inboundQueue, maxAge: Duration.minutes(15) },
      },
      alarmEmail: config.alarmEmail,
    });
    this.dashboard = new OperationsDashboard(this, 'Operations', {
      httpApi: this.api.httpApi,
      functions,
      queues: {
        Sends: this.dispatch.sendsQueue,
        'Sends DLQ': this.dispatch.deadLetterQueue,
        Mail: mailQueue,
        'Mail DLQ': this.transactional.deadLetterQueue,
        'Receive DLQ': this.inbound.deadLetterQueue,
        Inbound: this.inbound.inboundQueue,
        'Inbound DLQ': this.inbound.inboundDeadLetterQueue,
        'Raw-mail deletions DLQ': this.inbound.rawMailDeletionsDeadLetterQueue,
        'Mail events DLQ': this.email.deadLetterQueue,
      },
    });

    this.acknowledgeNagFindings();
    this.addOutputs(config);
  }

  private addOutputs(config: GratitudeConfig): void {
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });

    output('ApiUrl', this.api.url, 'Default URL of the HTTP API');
    output('PublicUrl', this.publicUrl, 'Base of every link in emails (gratitude:publicUrl or the API URL)');

    // The DNS records the operator publishes (zone-file style: name, type, value).
    for (const [id, record] of Object.entries(this.email.dnsRecords(config.region))) {
      output(id, record, 'DNS record for the sending domain (DKIM or custom MAIL FROM)');
    }
    output(
      'DnsInboundMx',
      `${config.inboundDomain} MX 10 inbound-smtp.${config.region}.amazonaws.com`,
      'MX record that routes the inbound domain to SES receiving in this region',
    );
    this.inbound.inboundIdentity?.dkimRecords.forEach((record, i) => {
      output(
        `DnsInboundDkim${i + 1}`,
        `${record.name} CNAME ${record.value}`,
        'DKIM record verifying the inbound domain',
      );
    });
    output(
      'DnsDmarcSuggestion',
      `_dmarc.${config.sendingDomain} TXT "v=DMARC1; p=none;"`,
      'Start of a DMARC policy if the sending domain has none (mailbox providers expect one)',
    );

    output(
      'ReceiptRuleSet',
      this.inbound.ruleSet.receiptRuleSetName,
      'SES receipt rule set of the inbound domain',
    );
    if (!config.activateReceiptRuleSet) {
      output(
        'ActivateReceiptRuleSetCommand',
        `aws ses set-active-receipt-rule-set --rule-set-name ${INBOUND.ruleSetName} --region ${config.region}`,
        'Not active yet: run this (or redeploy with gratitude:activateReceiptRuleSet=true) to receive mail',
      );
    }
    output('SendsDlqUrl', this.dispatch.deadLetterQueue.queueUrl, 'Dead-letter queue of the sends queue');
    output('MailDlqUrl', this.transactional.deadLetterQueue.queueUrl, 'Dead-letter queue of the mail queue');
    output('ReceiveDlqUrl', this.inbound.deadLetterQueue.queueUrl, 'Failed inbound-mail events');
    output(
      'InboundDlqUrl',
      this.inbound.inboundDeadLetterQueue.queueUrl,
      'Inbound messages read but not understood after five attempts (the raw mail stays in S3)',
    );
    output(
      'RawMailDeletionsDlqUrl',
      this.inbound.rawMailDeletionsDeadLetterQueue.queueUrl,
      'Raw-mail deletions that failed five times',
    );
    output('MailEventsDlqUrl', this.email.deadLetterQueue.queueUrl, 'Failed bounce/complaint events');
    output('AlarmTopicArn', this.alarms.topic.topicArn, 'Subscribe to receive alarm notifications');
  }

  /** Findings on constructs created by aws-cdk-lib itself rather than by our constructs. */
  private acknowledgeNagFindings(): void {
    // The Lambda behind AwsCustomResource (rule-set activation) is a stack-level singleton.
    const provider = this.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
    if (provider) {
      Validations.of(provider).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'The aws-cdk-lib AwsCustomResource provider runs once per deployment to activate the receipt rule ' +
          'set; its role comes with the basic execution policy and is not ours to shape.',
      });
    }
  }
}
