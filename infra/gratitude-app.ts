/**
 * Builds the two stacks on an App: config from CDK context (validated, failing fast), the stateful
 * data stack, the stateless service stack that depends on it, and the cdk-nag AwsSolutions checks
 * that fail synthesis on any unacknowledged error. Shared by `infra/app.ts` and the tests.
 */
import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig } from './config';
import { DataStack } from './data-stack';
import { APP_NAME, STACK_NAMES } from './names';
import { ServiceStack } from './service-stack';

export function buildGratitudeApp(app: App) {
  const config = loadConfig((key) => app.node.tryGetContext(key));
  // The region always comes from config (it must offer SES receiving). The account may be pinned
  // in config; otherwise the CLI's credentials decide, and offline synthesis stays account-agnostic.
  const env = { region: config.region, account: config.account ?? process.env.CDK_DEFAULT_ACCOUNT };

  const data = new DataStack(app, 'Data', {
    stackName: STACK_NAMES.data,
    description: 'Gratitude Week: table, raw-mail bucket, HMAC key (retained)',
    env,
    terminationProtection: true,
  });
  const service = new ServiceStack(app, 'Service', {
    stackName: STACK_NAMES.service,
    description: 'Gratitude Week: API, functions, SES identity and receipt rule, alarms',
    env,
    config,
  });
  // The service stack imports the data stack's exports, and its receipt rule must find the bucket
  // policy that lets SES write already in place.
  service.addStackDependency(data);

  Tags.of(app).add('app', APP_NAME);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { config, data, service };
}
