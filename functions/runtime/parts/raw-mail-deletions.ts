/** The raw-mail deletion queue (SQS): message ids whose raw mail the receive function deletes. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsRawMailDeletions } from '../../adapters/sqs/raw-mail-deletions';
import { parseSection, rawMailDeletionsSection } from '../config';
import type { Env } from './index';

const sqs = new SQSClient({});

export function rawMailDeletionsPart(env: Env) {
  return {
    rawMailDeletions: new SqsRawMailDeletions(sqs, parseSection(rawMailDeletionsSection, env).queueUrl),
  };
}
