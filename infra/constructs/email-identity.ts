/**
 * Outbound mail: the SES domain identity (Easy DKIM, custom MAIL FROM), the configuration set every
 * send names, and its bounce and complaint events flowing through EventBridge to the mail-events
 * function, which suppresses the address. Also the only place that can grant `ses:SendEmail`.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as ses from 'aws-cdk-lib/aws-ses';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue';
import { GratitudeFunction, type OutboundMail } from './gratitude-function';

export interface EmailIdentityProps {
  readonly sendingDomain: string;
  readonly mailFromSubdomain: string;
  readonly sender: string;
  readonly inboundDomain: string;
  readonly postalAddress: string;
}

/** Detail types SES puts on the default event bus for the events this app acts on. */
export const SES_EVENT_DETAIL_TYPES = ['Email Bounced', 'Email Complaint Received'] as const;

export class EmailIdentity extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetArn: string;
  readonly mailFromDomain: string;
  readonly mailEvents: GratitudeFunction;
  readonly deadLetterQueue: sqs.Queue;
  private readonly props: EmailIdentityProps;

  constructor(scope: Construct, id: string, props: EmailIdentityProps) {
    super(scope, id);
    this.props = props;

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      // Suppress at the configuration set as well, so SES itself refuses a known-bad address even
      // if the account-level list is turned off.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });

    this.mailFromDomain = `${props.mailFromSubdomain}.${props.sendingDomain}`;
    this.identity = new ses.EmailIdentity(this, 'Domain', {
      identity: ses.Identity.domain(props.sendingDomain),
      // Sends that forget the configuration set still publish bounce and complaint events.
      configurationSet: this.configurationSet,
      dkimSigning: true,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
      // A MAIL FROM under our domain aligns SPF with the From domain for DMARC.
      mailFromDomain: this.mailFromDomain,
      mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });

    this.deadLetterQueue = deadLetterQueue(
      this,
      'MailEventsDlq',
      'This queue is itself the dead-letter queue (Lambda on-failure destination and EventBridge target ' +
        'DLQ of the mail-events function); it has an alarm on its depth.',
    );

    this.mailEvents = new GratitudeFunction(this, 'MailEvents', {
      entry: 'mail-events',
      description: 'Suppresses addresses that bounce or complain (SES configuration-set events)',
      memorySize: 256,
      timeout: Duration.seconds(15),
    });
    // A lost bounce means mailing a dead or unwilling address again: failed invocations land in
    // the DLQ after Lambda's own retries instead of disappearing.
    this.mailEvents.fn.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.deadLetterQueue),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });

    // SES publishes configuration-set events only to the default event bus.
    const defaultBus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    new ses.ConfigurationSetEventDestination(this, 'BounceAndComplaintEvents', {
      configurationSet: this.configurationSet,
      destination: ses.EventDestination.eventBus(defaultBus),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });
    new events.Rule(this, 'BounceAndComplaintRule', {
      description: 'SES bounces and complaints of the Gratitude Week configuration set',
      eventBus: defaultBus,
      eventPattern: {
        source: ['aws.ses'],
        detailType: [...SES_EVENT_DETAIL_TYPES],
        // Other applications in the account publish to the same bus: keep only our sends, which
        // SES tags with their configuration set.
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [
        new targets.LambdaFunction(this.mailEvents.fn, {
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 8,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
  }

  /** The settings and the send permission a function needs to email participants. */
  outboundMail(publicUrl: string): OutboundMail {
    const identityArn = this.identity.emailIdentityArn;
    const configurationSetArn = this.configurationSetArn;
    return {
      sender: this.props.sender,
      inboundDomain: this.props.inboundDomain,
      postalAddress: this.props.postalAddress,
      publicUrl,
      configurationSetName: this.configurationSet.configurationSetName,
      // SESv2 SendEmail is authorised by the `ses:SendEmail` action against the sending identity and
      // the configuration set named in the request; nothing else is needed.
      grantSendEmail: (grantee: iam.IGrantable) =>
        iam.Grant.addToPrincipal({
          grantee,
          actions: ['ses:SendEmail'],
          resourceArns: [identityArn, configurationSetArn],
        }),
    };
  }

  /** DNS records (zone-file style) the operator publishes for DKIM and the MAIL FROM domain. */
  dnsRecords(region: string): Record<string, string> {
    const records: Record<string, string> = {};
    this.identity.dkimRecords.forEach((record, i) => {
      records[`DnsDkim${i + 1}`] = `${record.name} CNAME ${record.value}`;
    });
    // Values from "Using a custom MAIL FROM domain" in the SES Developer Guide.
    records.DnsMailFromMx = `${this.mailFromDomain} MX 10 feedback-smtp.${region}.amazonses.com`;
    records.DnsMailFromSpf = `${this.mailFromDomain} TXT "v=spf1 include:amazonses.com ~all"`;
    return records;
  }
}
