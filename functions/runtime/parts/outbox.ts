/** The mail queue (SQS): transactional mail requests, drained by the mail function. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsOutbox } from '../../adapters/sqs/outbox';
import { outboxSection, parseSection } from '../config';
import type { Env } from './index';

const sqs = new SQSClient({});

export function outboxPart(env: Env) {
  return { outbox: new SqsOutbox(sqs, parseSection(outboxSection, env).mailQueueUrl) };
}
