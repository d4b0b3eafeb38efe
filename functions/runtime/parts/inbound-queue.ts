/** The inbound queue (SQS): what the intake read of each inbound message, for the understand function. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsInboundQueue } from '../../adapters/sqs/inbound-queue';
import { inboundQueueSection, parseSection } from '../config';
import type { Env } from './index';

const sqs = new SQSClient({});

export function inboundQueuePart(env: Env) {
  return { inboundQueue: new SqsInboundQueue(sqs, parseSection(inboundQueueSection, env).queueUrl) };
}
