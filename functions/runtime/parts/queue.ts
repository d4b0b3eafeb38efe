/** The sends queue (SQS) that the dispatcher fills and the send function drains. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsSendQueue } from '../../adapters/sqs/send-queue';
import { parseSection, queueSection } from '../config';
import type { Env } from './index';

const sqs = new SQSClient({});

export function queuePart(env: Env) {
  return { queue: new SqsSendQueue(sqs, parseSection(queueSection, env).sendQueueUrl) };
}
