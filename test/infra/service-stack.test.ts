import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { ENV } from '../../functions/runtime/env';
import { API_THROTTLE } from '../../infra/constructs/api';
import { SEND_MAX_RECEIVE_COUNT, SEND_TIMEOUT } from '../../infra/constructs/daily-dispatch';
import { SES_EVENT_DETAIL_TYPES } from '../../infra/constructs/email-identity';
import type { GratitudeFunction } from '../../infra/constructs/gratitude-function';
import { DATA_EXPORTS, INBOUND } from '../../infra/names';
import {
  actionsOf,
  allPolicyStatements,
  buildTestApp,
  defined,
  envOf,
  json,
  logicalId,
  resourceOf,
  type Statement,
  statementsOf,
  type TestApp,
} from './helpers';

let built: TestApp;
/** Every optional switch on: activation, alarm email, a custom public URL, more send concurrency. */
let full: TestApp;
beforeAll(() => {
  built = buildTestApp();
  full = buildTestApp({
    'gratitude:activateReceiptRuleSet': 'true',
    'gratitude:alarmEmail': 'ops@gratitude.example',
    'gratitude:publicUrl': 'https://gratitude.example/',
    'gratitude:sendMaxConcurrency': '7',
  });
});

const functionsOf = (app: TestApp) => ({
  http: app.service.api.http,
  dispatch: app.service.dispatch.dispatch,
  send: app.service.dispatch.send,
  sendMail: app.service.transactional.send,
  receive: app.service.inbound.receive,
  understand: app.service.inbound.understand,
  mailEvents: app.service.email.mailEvents,
});

const TABLE_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
const LINKS_ENV = [ENV.sender, ENV.inboundDomain, ENV.publicUrl, ENV.postalAddress];
const MAIL_ENV = [...LINKS_ENV, ENV.configurationSet];

/** The access matrix: which variables each function gets (each implies a grant, checked below). */
const EXPECTED_ENV: Record<string, string[]> = {
  http: [
    ENV.tableName,
    ENV.dueShards,
    ENV.hmacSecretArn,
    ...LINKS_ENV,
    ENV.mailQueueUrl,
    ENV.rawMailDeletionQueueUrl,
  ],
  dispatch: [ENV.tableName, ENV.dueShards, ENV.sendQueueUrl],
  send: [ENV.tableName, ENV.dueShards, ENV.hmacSecretArn, ...MAIL_ENV],
  sendMail: [ENV.tableName, ENV.dueShards, ENV.hmacSecretArn, ...MAIL_ENV],
  // The intake: raw mail in, what was written handed on; the table is the understand function's.
  receive: [ENV.rawMailBucket, ENV.inboundQueueUrl],
  understand: [
    ENV.tableName,
    ENV.dueShards,
    ENV.hmacSecretArn,
    ...LINKS_ENV,
    ENV.mailQueueUrl,
    ENV.rawMailDeletionQueueUrl,
  ],
  mailEvents: [ENV.tableName, ENV.dueShards, ENV.mailQueueUrl],
};

const importOf = (name: string) => ({ 'Fn::ImportValue': name });
const withResource = (statements: Statement[], resource: unknown) =>
  statements.filter((s) => s.Resource.some((r) => json(r) === json(resource)));

/** The settings CDK gives the Parameters and Secrets extension's layer (its port, cache, timeouts). */
const EXTENSION_SETTING = /^(?:PARAMETERS_SECRETS_EXTENSION_|SECRETS_MANAGER_|SSM_PARAMETER_STORE_)/;

describe('every function', () => {
  it('runs nodejs22.x on arm64 (every Lambda in the stack)', () => {
    const functions = built.serviceTemplate.findResources('AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(7);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    }
  });

  it('logs JSON to its own log group with a retention, and may write only there', () => {
    for (const fn of Object.values(functionsOf(built))) {
      const props = resourceOf(built.serviceTemplate, fn.fn).Properties;
      expect(props.LoggingConfig).toMatchObject({
        LogFormat: 'JSON',
        LogGroup: { Ref: logicalId(fn.logGroup) },
      });
      expect(resourceOf(built.serviceTemplate, fn.logGroup).Properties.RetentionInDays).toBe(30);
      const logStatements = statementsOf(built.serviceTemplate, fn).filter((s) =>
        s.Action.some((a) => a.startsWith('logs:')),
      );
      expect(logStatements).toEqual([
        expect.objectContaining({
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [{ 'Fn::GetAtt': [logicalId(fn.logGroup), 'Arn'] }],
        }),
      ]);
      const role = resourceOf(built.serviceTemplate, fn.role).Properties;
      expect(role.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('gets exactly the environment variables of the access matrix, from the shared ENV list', () => {
    for (const [name, fn] of Object.entries(functionsOf(built))) {
      const keys = Object.keys(envOf(built.serviceTemplate, fn)).filter(
        (key) => key !== 'NODE_OPTIONS' && !key.startsWith('POWERTOOLS_') && !EXTENSION_SETTING.test(key),
      );
      expect({ name, keys: keys.sort() }).toEqual({ name, keys: [...(EXPECTED_ENV[name] ?? [])].sort() });
    }
  });

  it('reads the HMAC keys through the Parameters and Secrets extension, only where they are used', () => {
    for (const [name, fn] of Object.entries(functionsOf(built))) {
      const properties = resourceOf(built.serviceTemplate, fn.fn).Properties;
      const env = envOf(built.serviceTemplate, fn);
      const signs = env[ENV.hmacSecretArn] !== undefined;
      expect({
        name,
        layers: (properties.Layers ?? []).length,
        port: env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT,
      }).toEqual({ name, layers: signs ? 1 : 0, port: signs ? '2773' : undefined });
    }
  });

  it('pairs TABLE_NAME with table access: writes only where needed, the due index named exactly', () => {
    const table = importOf(DATA_EXPORTS.tableArn);
    const index = { 'Fn::Join': ['', [table, `/index/${TABLE_DESIGN.dueIndex.name}`]] };
    for (const [name, fn] of Object.entries(functionsOf(built))) {
      const env = envOf(built.serviceTemplate, fn);
      if (!EXPECTED_ENV[name]?.includes(ENV.tableName)) {
        // The intake never touches the table.
        expect({ name, statements: withResource(statementsOf(built.serviceTemplate, fn), table) }).toEqual({
          name,
          statements: [],
        });
        continue;
      }
      expect(env[ENV.tableName]).toEqual(importOf(DATA_EXPORTS.tableName));
      expect(env[ENV.dueShards]).toBe('4');
      const [statement, ...others] = withResource(statementsOf(built.serviceTemplate, fn), table);
      expect(others).toHaveLength(0);
      expect(statement?.Resource).toEqual([table, index]);
      const writes = statement?.Action.filter((a) => TABLE_WRITES.includes(a)) ?? [];
      // The dispatcher only leases due entries (a conditional UpdateItem); the mail function only reads.
      const expected =
        name === 'dispatch' ? ['dynamodb:UpdateItem'] : name === 'sendMail' ? [] : TABLE_WRITES;
      expect({ name, writes }).toEqual({ name, writes: expected });
      expect(statement?.Action).not.toContain('dynamodb:Scan');
    }
  });

  it('pairs HMAC_SECRET_ARN with read access to that secret, and nobody else reads it', () => {
    const secret = importOf(DATA_EXPORTS.hmacSecretArn);
    for (const [name, fn] of Object.entries(functionsOf(built))) {
      const statements = withResource(statementsOf(built.serviceTemplate, fn), secret);
      if (EXPECTED_ENV[name]?.includes(ENV.hmacSecretArn)) {
        expect(envOf(built.serviceTemplate, fn)[ENV.hmacSecretArn]).toEqual(secret);
        expect(statements.flatMap((s) => s.Action)).toEqual([
          'secretsmanager:GetSecretValue',
          'secretsmanager:DescribeSecret',
        ]);
      } else {
        expect({ name, statements }).toEqual({ name, statements: [] });
      }
    }
  });

  it('never grants a wildcard action, and a "*" resource only to rule-set activation', () => {
    for (const app of [built, full]) {
      for (const template of [app.serviceTemplate, app.dataTemplate]) {
        const allows = allPolicyStatements(template).filter((s) => s.Effect === 'Allow');
        expect(allows.length).toBeGreaterThan(0);
        for (const statement of allows) {
          expect(statement.Action.filter((a) => a.includes('*'))).toEqual([]);
          if (statement.Resource.includes('*'))
            expect(statement.Action).toEqual(['ses:SetActiveReceiptRuleSet']);
        }
      }
    }
  });
});

describe('sending mail', () => {
  const sendStatementsOf = (app: TestApp, fn: GratitudeFunction) =>
    statementsOf(app.serviceTemplate, fn).filter((s) => s.Action.some((a) => a.startsWith('ses:')));

  it('grants ses:SendEmail on exactly the sending identity and the configuration set', () => {
    const { identity, configurationSet } = built.service.email;
    const expectedResources = [
      {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':ses:eu-west-1:',
            { Ref: 'AWS::AccountId' },
            ':identity/',
            { Ref: logicalId(identity) },
          ],
        ],
      },
      {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':ses:eu-west-1:',
            { Ref: 'AWS::AccountId' },
            ':configuration-set/',
            { Ref: logicalId(configurationSet) },
          ],
        ],
      },
    ];
    for (const [name, fn] of Object.entries(functionsOf(built))) {
      const statements = sendStatementsOf(built, fn);
      if (EXPECTED_ENV[name]?.includes(ENV.configurationSet)) {
        expect(statements).toEqual([
          expect.objectContaining({ Action: ['ses:SendEmail'], Resource: expectedResources }),
        ]);
      } else {
        expect({ name, statements }).toEqual({ name, statements: [] });
      }
    }
  });

  it('tells senders the From, the configuration set, the inbound domain, the footer and the link base', () => {
    const env = envOf(built.serviceTemplate, built.service.dispatch.send);
    expect(env).toMatchObject({
      [ENV.sender]: 'Gratitude Week <hello@gratitude.example>',
      [ENV.configurationSet]: { Ref: logicalId(built.service.email.configurationSet) },
      [ENV.inboundDomain]: 'in.gratitude.example',
      [ENV.postalAddress]: 'Sample only, 1 Example Street, Nowhere',
      // Without gratitude:publicUrl, links point at the API itself.
      [ENV.publicUrl]: { 'Fn::GetAtt': [logicalId(built.service.api.httpApi), 'ApiEndpoint'] },
    });
    expect(envOf(full.serviceTemplate, full.service.dispatch.send)[ENV.publicUrl]).toBe(
      'https://gratitude.example',
    );
  });

  it('verifies the sending domain with Easy DKIM (2048 bit) and a custom MAIL FROM', () => {
    built.serviceTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'gratitude.example',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: {
        MailFromDomain: 'bounce.gratitude.example',
        BehaviorOnMxFailure: 'USE_DEFAULT_VALUE',
      },
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: logicalId(built.service.email.configurationSet) },
      },
    });
  });

  it('publishes bounces and complaints to the default event bus, and only ours reach mail-events', () => {
    built.serviceTemplate.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: { EventBusArn: Match.anyValue() },
      },
    });
    const { email } = built.service;
    built.serviceTemplate.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: 'default',
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': [...SES_EVENT_DETAIL_TYPES],
        detail: { mail: { tags: { 'ses:configuration-set': [{ Ref: logicalId(email.configurationSet) }] } } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(email.mailEvents.fn), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(email.deadLetterQueue), 'Arn'] } },
        }),
      ],
    });
  });

  it('sends failed bounce/complaint invocations to their DLQ', () => {
    const { email } = built.service;
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(email.mailEvents.fn) },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(email.deadLetterQueue), 'Arn'] } },
      },
    });
  });
});

describe('transactional mail', () => {
  it('lets the web and inbound functions post mail requests, and not send mail themselves', () => {
    const { queue } = built.service.transactional;
    for (const fn of [built.service.api.http, built.service.inbound.understand]) {
      expect(envOf(built.serviceTemplate, fn)[ENV.mailQueueUrl]).toEqual({ Ref: logicalId(queue) });
      const queueStatements = withResource(statementsOf(built.serviceTemplate, fn), {
        'Fn::GetAtt': [logicalId(queue), 'Arn'],
      });
      expect(queueStatements.flatMap((s) => s.Action)).toContain('sqs:SendMessage');
      expect(actionsOf(built.serviceTemplate, fn).filter((a) => a.startsWith('ses:'))).toEqual([]);
    }
  });

  it('drains the mail queue in small batches with partial batch failures, at a concurrency of its own', () => {
    const { send, queue, deadLetterQueue } = built.service.transactional;
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] },
      FunctionName: { Ref: logicalId(send.fn) },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    // The prompts' concurrency setting does not change the mail's share.
    full.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 5,
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    expect(resourceOf(built.serviceTemplate, queue).Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(deadLetterQueue), 'Arn'] },
      maxReceiveCount: 5,
    });
  });
});

describe('daily dispatch', () => {
  it('runs the dispatcher every 5 minutes', () => {
    const { dispatch } = built.service.dispatch;
    built.serviceTemplate.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(dispatch.fn), 'Arn'] } })],
    });
  });

  it('lets the dispatcher queue sends, read the table and lease due entries, but never put or delete', () => {
    const { dispatch, sendsQueue } = built.service.dispatch;
    expect(envOf(built.serviceTemplate, dispatch)[ENV.sendQueueUrl]).toEqual({ Ref: logicalId(sendsQueue) });
    const queueStatements = withResource(statementsOf(built.serviceTemplate, dispatch), {
      'Fn::GetAtt': [logicalId(sendsQueue), 'Arn'],
    });
    expect(queueStatements.flatMap((s) => s.Action)).toContain('sqs:SendMessage');
    const actions = actionsOf(built.serviceTemplate, dispatch);
    // The lease (DynamoDueIndex.lease) is a conditional UpdateItem.
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:UpdateItem']));
    expect(actions).not.toContain('dynamodb:PutItem');
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions).not.toContain('dynamodb:BatchWriteItem');
  });

  it('drains the sends queue with partial batch failures and maximum (not reserved) concurrency', () => {
    const { send, sendsQueue } = built.service.dispatch;
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(sendsQueue), 'Arn'] },
      FunctionName: { Ref: logicalId(send.fn) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    full.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 7 },
    });
    for (const fn of Object.values(built.serviceTemplate.findResources('AWS::Lambda::Function'))) {
      expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    }
  });

  it('keeps a message invisible for six send timeouts and dead-letters it after a few receives', () => {
    const { send, sendsQueue, deadLetterQueue } = built.service.dispatch;
    const timeout = resourceOf(built.serviceTemplate, send.fn).Properties.Timeout;
    expect(timeout).toBe(SEND_TIMEOUT.toSeconds());
    const queue = resourceOf(built.serviceTemplate, sendsQueue).Properties;
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(deadLetterQueue), 'Arn'] },
      maxReceiveCount: SEND_MAX_RECEIVE_COUNT,
    });
  });
});

describe('inbound mail', () => {
  const ruleOf = (app: TestApp) => resourceOf(app.serviceTemplate, app.service.inbound.rule);

  it('stores the raw MIME in S3 first, then invokes the receive function asynchronously', () => {
    const rule = ruleOf(built);
    expect(rule.Properties.Rule).toMatchObject({
      Name: INBOUND.ruleName,
      Enabled: true,
      ScanEnabled: true,
      Recipients: ['in.gratitude.example'],
    });
    expect(rule.Properties.Rule.Actions).toEqual([
      {
        S3Action: {
          BucketName: importOf(DATA_EXPORTS.rawMailBucketName),
          ObjectKeyPrefix: INBOUND.rawMailPrefix,
        },
      },
      {
        LambdaAction: {
          FunctionArn: { 'Fn::GetAtt': [logicalId(built.service.inbound.receive.fn), 'Arn'] },
          InvocationType: 'Event',
        },
      },
    ]);
    // Server-side encryption at the bucket, never the action's client-side kmsKeyArn.
    expect(json(rule.Properties.Rule.Actions)).not.toContain('KmsKeyArn');
  });

  it('lets only SES, for this account and this rule, invoke the receive function, before the rule exists', () => {
    const { receive } = built.service.inbound;
    const permission = resourceOf(built.serviceTemplate, receive.fn.permissionsNode.findChild('AllowSes'));
    expect(permission.Properties).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    expect(json(permission.Properties.SourceArn)).toContain(
      `:receipt-rule-set/${INBOUND.ruleSetName}:receipt-rule/${INBOUND.ruleName}`,
    );
    expect(ruleOf(built).DependsOn).toContain(logicalId(receive.fn.permissionsNode.findChild('AllowSes')));
  });

  it('sends failed receive invocations to a DLQ after two retries', () => {
    const { receive, deadLetterQueue } = built.service.inbound;
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(receive.fn) },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(deadLetterQueue), 'Arn'] } },
      },
    });
  });

  it('has "delete my data" ask the receive function to delete raw mail through a queue with a DLQ', () => {
    const fns = functionsOf(built);
    const queue = built.service.inbound.rawMailDeletions;
    expect(envOf(built.serviceTemplate, fns.http)[ENV.rawMailDeletionQueueUrl]).toEqual({
      Ref: logicalId(queue),
    });
    expect(
      withResource(statementsOf(built.serviceTemplate, fns.http), {
        'Fn::GetAtt': [logicalId(queue), 'Arn'],
      }).map((s) => s.Action),
    ).toEqual([['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']]);
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(fns.receive.fn) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(resourceOf(built.serviceTemplate, queue).Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: {
        'Fn::GetAtt': [logicalId(built.service.inbound.rawMailDeletionsDeadLetterQueue), 'Arn'],
      },
      maxReceiveCount: 5,
    });
  });

  it('hands what the intake read to the understand function through a queue with a DLQ, in batches with partial failures', () => {
    const { receive, understand, inboundQueue, inboundDeadLetterQueue } = built.service.inbound;
    const queueArn = { 'Fn::GetAtt': [logicalId(inboundQueue), 'Arn'] };
    expect(envOf(built.serviceTemplate, receive)[ENV.inboundQueueUrl]).toEqual({
      Ref: logicalId(inboundQueue),
    });
    expect(withResource(statementsOf(built.serviceTemplate, receive), queueArn).map((s) => s.Action)).toEqual(
      [['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']],
    );
    built.serviceTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(understand.fn) },
      EventSourceArn: queueArn,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const queue = resourceOf(built.serviceTemplate, inboundQueue).Properties;
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(inboundDeadLetterQueue), 'Arn'] },
      maxReceiveCount: 5,
    });
    // Longer than the inbound lease (90 s): a retried message finds the lease of a handling that died run out.
    expect(queue.VisibilityTimeout).toBe(360);
    // The understand function may post to the deletion queue; only the intake posts here, and only the
    // understand function (its event source) receives from here.
    expect(envOf(built.serviceTemplate, understand)[ENV.rawMailDeletionQueueUrl]).toEqual({
      Ref: logicalId(built.service.inbound.rawMailDeletions),
    });
    for (const [name, fn] of Object.entries(functionsOf(built)).filter(([name]) => name !== 'receive')) {
      const actions = withResource(statementsOf(built.serviceTemplate, fn), queueArn).flatMap(
        (s) => s.Action,
      );
      expect({ name, sends: actions.includes('sqs:SendMessage') }).toEqual({ name, sends: false });
      if (name !== 'understand') expect({ name, actions }).toEqual({ name, actions: [] });
    }
  });

  it('lets receive read raw mail and delete it, under the prefix only; nobody else touches the bucket', () => {
    const objects = {
      'Fn::Join': ['', [importOf(DATA_EXPORTS.rawMailBucketArn), `/${INBOUND.rawMailPrefix}*`]],
    };
    const s3ActionsOf = (fn: GratitudeFunction) =>
      statementsOf(built.serviceTemplate, fn)
        .filter((s) => s.Action.some((a) => a.startsWith('s3:')))
        .map((s) => ({ Action: s.Action, Resource: s.Resource }));
    const fns = functionsOf(built);
    // The receive function deletes the raw mail of someone who deletes their data (the web function
    // asks it to) and of mail that arrives for someone gone (the understand function asks it to).
    expect(s3ActionsOf(fns.receive)).toEqual([
      { Action: ['s3:GetObject', 's3:DeleteObject'], Resource: [objects] },
    ]);
    for (const name of ['http', 'dispatch', 'send', 'sendMail', 'understand', 'mailEvents'] as const)
      expect(s3ActionsOf(fns[name])).toEqual([]);
    expect(envOf(built.serviceTemplate, fns.receive)[ENV.rawMailBucket]).toEqual(
      importOf(DATA_EXPORTS.rawMailBucketName),
    );
  });

  it('verifies a separate inbound domain with its own identity, and not the sending domain twice', () => {
    built.serviceTemplate.resourceCountIs('AWS::SES::EmailIdentity', 2);
    built.serviceTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'in.gratitude.example',
    });
    const same = buildTestApp({ 'gratitude:inboundDomain': 'gratitude.example' });
    same.serviceTemplate.resourceCountIs('AWS::SES::EmailIdentity', 1);
  });

  it('leaves the active receipt rule set alone unless activateReceiptRuleSet is true', () => {
    built.serviceTemplate.resourceCountIs('Custom::SesActiveReceiptRuleSet', 0);
    expect(built.serviceTemplate.toJSON().Outputs.ActivateReceiptRuleSetCommand.Value).toBe(
      `aws ses set-active-receipt-rule-set --rule-set-name ${INBOUND.ruleSetName} --region eu-west-1`,
    );

    full.serviceTemplate.resourceCountIs('Custom::SesActiveReceiptRuleSet', 1);
    const activation = resourceOf(
      full.serviceTemplate,
      defined(full.service.inbound.activation, 'the activation').node.findChild('Resource'),
    );
    const ruleSet = { Ref: logicalId(full.service.inbound.ruleSet) };
    expect(json(activation.Properties.Create)).toContain('setActiveReceiptRuleSet');
    expect(json(activation.Properties.Create)).toContain(json(ruleSet));
    expect(JSON.parse(activation.Properties.Delete)).toMatchObject({
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: {},
    });
    expect(activation.DependsOn).toContain(logicalId(full.service.inbound.rule));
    expect(full.serviceTemplate.toJSON().Outputs.ActivateReceiptRuleSetCommand).toBeUndefined();
  });
});

describe('web front', () => {
  it('routes every request ($default) to the http function with payload v2', () => {
    const { api } = built.service;
    built.serviceTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    built.serviceTemplate.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [logicalId(api.http.fn), 'Arn'] },
    });
  });

  it('throttles the default route and logs access without query strings', () => {
    const stage = resourceOf(built.serviceTemplate, built.service.api.stage).Properties;
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
    });
    expect(stage.AccessLogSettings.Format).toContain('$context.path');
    expect(stage.AccessLogSettings.Format).not.toMatch(/querystring|requestUri|rawQuery/i);
  });
});

describe('alarms', () => {
  const alarmsOf = (app: TestApp) =>
    Object.values(app.serviceTemplate.findResources('AWS::CloudWatch::Alarm'));
  const topicRef = (app: TestApp) => ({ Ref: logicalId(app.service.alarms.topic) });

  it('alarms on the depth of every dead-letter queue', () => {
    const { dispatch, inbound, email } = built.service;
    for (const dlq of [dispatch.deadLetterQueue, inbound.deadLetterQueue, email.deadLetterQueue]) {
      const matching = alarmsOf(built).filter(
        (alarm) =>
          alarm.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' &&
          json(alarm.Properties.Dimensions) ===
            json([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(dlq), 'QueueName'] } }]),
      );
      expect(matching).toHaveLength(1);
      expect(matching[0]?.Properties).toMatchObject({ Threshold: 1, AlarmActions: [topicRef(built)] });
    }
  });

  it('alarms on errors of every function', () => {
    for (const fn of Object.values(functionsOf(built))) {
      const matching = alarmsOf(built).filter(
        (alarm) =>
          alarm.Properties.MetricName === 'Errors' &&
          json(alarm.Properties.Dimensions) ===
            json([{ Name: 'FunctionName', Value: { Ref: logicalId(fn.fn) } }]),
      );
      expect(matching).toHaveLength(1);
      expect(matching[0]?.Properties).toMatchObject({ Threshold: 1, AlarmActions: [topicRef(built)] });
    }
  });

  it('subscribes the alarm email only when one is configured', () => {
    built.serviceTemplate.resourceCountIs('AWS::SNS::Subscription', 0);
    full.serviceTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@gratitude.example',
      TopicArn: topicRef(full),
    });
  });
});

describe('outputs', () => {
  it('give the API URL and every DNS record the operator must publish', () => {
    const outputs = built.serviceTemplate.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'PublicUrl',
        'DnsDkim1',
        'DnsDkim2',
        'DnsDkim3',
        'DnsInboundDkim1',
        'AlarmTopicArn',
      ]),
    );
    const identity = logicalId(built.service.email.identity);
    expect(outputs.DnsDkim1?.Value).toEqual({
      'Fn::Join': [
        '',
        [
          { 'Fn::GetAtt': [identity, 'DkimDNSTokenName1'] },
          ' CNAME ',
          { 'Fn::GetAtt': [identity, 'DkimDNSTokenValue1'] },
        ],
      ],
    });
    expect(outputs.DnsInboundMx?.Value).toBe(
      'in.gratitude.example MX 10 inbound-smtp.eu-west-1.amazonaws.com',
    );
    expect(outputs.DnsMailFromMx?.Value).toBe(
      'bounce.gratitude.example MX 10 feedback-smtp.eu-west-1.amazonses.com',
    );
    expect(outputs.DnsMailFromSpf?.Value).toBe(
      'bounce.gratitude.example TXT "v=spf1 include:amazonses.com ~all"',
    );
    expect(outputs.ApiUrl?.Value).toEqual({
      'Fn::GetAtt': [logicalId(built.service.api.httpApi), 'ApiEndpoint'],
    });
  });
});
