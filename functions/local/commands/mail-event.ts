/**
 * `gratitude mail-event --type bounce|soft-bounce|complaint --email ADDRESS`: the local emulator
 * cannot bounce, so this feeds the mail-events function the event SES would publish.
 */

import { sesEventDetail } from '../../core/ses-events';
import { handler } from '../../mail-events';
import { applyLocalEnv, localConfig } from '../local-env';
import { CliUsageError, parseOptions, required } from './cli-io';

const TYPES = {
  bounce: 'Email Bounced',
  'soft-bounce': 'Email Bounced',
  complaint: 'Email Complaint Received',
} as const;

export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { type: { type: 'string' }, email: { type: 'string' } });
  const type = required(values.type, 'type');
  if (!Object.hasOwn(TYPES, type))
    throw new CliUsageError(`--type must be one of ${Object.keys(TYPES).join(', ')}`);
  const kind = type as keyof typeof TYPES;
  applyLocalEnv(localConfig());
  const now = new Date();
  await handler({
    version: '0',
    id: 'local',
    'detail-type': TYPES[kind],
    source: 'aws.ses',
    account: '000000000000',
    time: now.toISOString(),
    region: 'us-east-1',
    resources: [],
    detail: sesEventDetail(kind, required(values.email, 'email'), now),
  });
  return 0;
}
