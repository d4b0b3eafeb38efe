/** Raw inbound MIME in S3, written by the receipt rule; read to parse, deleted with a person's data. */
import { S3Client } from '@aws-sdk/client-s3';
import { S3RawMailStore } from '../../adapters/s3/raw-mail-store';
import { parseSection, rawMailSection } from '../config';
import { RAW_MAIL_PREFIX } from '../env';
import type { Env } from './index';

const s3 = new S3Client({});

export function rawMailPart(env: Env) {
  return { rawMail: new S3RawMailStore(s3, parseSection(rawMailSection, env).bucket, RAW_MAIL_PREFIX) };
}
