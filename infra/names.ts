import { ArnFormat, type Stack } from 'aws-cdk-lib';
import { RAW_MAIL_PREFIX } from '../functions/runtime/env';

/**
 * Fixed physical names shared by both stacks. The raw-mail bucket policy (data stack) must name the
 * receipt rule that may write to it before that rule exists (service stack), so the rule set and
 * rule get known names instead of generated ones. One deployment per account and region.
 */
export const APP_NAME = 'gratitude-week';

export const STACK_NAMES = {
  data: 'GratitudeWeek-Data',
  service: 'GratitudeWeek-Service',
} as const;

/**
 * CloudFormation exports of the data stack, imported by name in the service stack. Named exports
 * keep the contract between the stacks explicit (and the resources behind them readable in IAM
 * policies and cdk-nag findings) instead of generated `ExportsOutput...` names.
 */
export const DATA_EXPORTS = {
  tableName: 'GratitudeWeek-TableName',
  tableArn: 'GratitudeWeek-TableArn',
  rawMailBucketName: 'GratitudeWeek-RawMailBucketName',
  rawMailBucketArn: 'GratitudeWeek-RawMailBucketArn',
  hmacSecretArn: 'GratitudeWeek-HmacSecretArn',
} as const;

export const INBOUND = {
  ruleSetName: `${APP_NAME}-inbound`,
  ruleName: `${APP_NAME}-store-then-process`,
  /** SES writes each message as `<prefix><SES message id>`; functions are granted this prefix only. */
  rawMailPrefix: RAW_MAIL_PREFIX,
} as const;

/** `arn:<partition>:ses:<region>:<account>:receipt-rule-set/<set>:receipt-rule/<rule>`, the source ARN SES presents. */
export function receiptRuleArn(stack: Stack): string {
  return stack.formatArn({
    service: 'ses',
    resource: 'receipt-rule-set',
    resourceName: `${INBOUND.ruleSetName}:receipt-rule/${INBOUND.ruleName}`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
