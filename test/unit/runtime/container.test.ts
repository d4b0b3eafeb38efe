import { ConfigError } from '../../../functions/runtime/config';
import { buildDeps } from '../../../functions/runtime/container';

const table = { TABLE_NAME: 'gratitude', DUE_SHARDS: '4' };
const links = {
  SENDER: 'Gratitude Week <hello@gratitude.example>',
  INBOUND_DOMAIN: 'in.gratitude.example',
  PUBLIC_URL: 'https://gratitude.example',
  POSTAL_ADDRESS: '1 Example Street',
  HMAC_KEYS: JSON.stringify({ current: 'x'.repeat(40) }),
};

describe('configuration parts', () => {
  it('builds only the parts a function names and refuses to touch the others', async () => {
    const deps = await buildDeps(
      { ...table, SEND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/q' },
      {},
      ['table', 'queue'],
    );
    expect(deps.dueIndex.shards).toBe(4);
    expect(() => deps.links.keys).toThrow(ConfigError);
    expect(() => deps.rawMail.get).toThrow(/raw-mail store is not configured/);
  });

  it('gives every function the telemetry the use cases log and count through', async () => {
    const deps = await buildDeps({ ...table }, {}, ['table']);
    expect(typeof deps.telemetry.warn).toBe('function');
    expect(typeof deps.telemetry.count).toBe('function');
  });

  it('names every missing variable of a part', async () => {
    await expect(buildDeps({ TABLE_NAME: 'gratitude' }, {}, ['table', 'links'])).rejects.toThrow(
      /SENDER.*INBOUND_DOMAIN.*PUBLIC_URL.*POSTAL_ADDRESS/s,
    );
  });

  it('requires a secret ARN or inline keys for signing', async () => {
    const { HMAC_KEYS: _, ...withoutKeys } = links;
    await expect(buildDeps({ ...table, ...withoutKeys }, {}, ['links'])).rejects.toThrow(
      /HMAC_SECRET_ARN or HMAC_KEYS/,
    );
  });

  it('rejects short or malformed HMAC keys', async () => {
    await expect(buildDeps({ ...links, HMAC_KEYS: '{"current":"short"}' }, {}, ['links'])).rejects.toThrow(
      ConfigError,
    );
    await expect(buildDeps({ ...links, HMAC_KEYS: 'not json' }, {}, ['links'])).rejects.toThrow(
      /not valid JSON/,
    );
  });

  it('requires the queue URLs and the raw-mail bucket wherever they are built', async () => {
    await expect(buildDeps({ ...table }, {}, ['queue'])).rejects.toThrow(/SEND_QUEUE_URL/);
    await expect(buildDeps({ ...table }, {}, ['outbox'])).rejects.toThrow(/MAIL_QUEUE_URL/);
    await expect(buildDeps({}, {}, ['mail'])).rejects.toThrow(/SENDER/);
    const withQueue = await buildDeps({ MAIL_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/mail' }, {}, [
      'outbox',
    ]);
    expect(withQueue.outbox.constructor.name).toBe('SqsOutbox');
    expect(() => withQueue.mailer.send).toThrow(/Sending mail is not configured/);
    await expect(buildDeps({}, {}, ['rawMail'])).rejects.toThrow(/RAW_MAIL_BUCKET/);
    const aws = await buildDeps({ RAW_MAIL_BUCKET: 'raw-bucket' }, {}, ['rawMail']);
    expect(aws.rawMail.constructor.name).toBe('S3RawMailStore');
  });

  it('takes parts the environment cannot describe from the caller, without building them', async () => {
    const rawMail = { get: async () => null, delete: async () => undefined };
    const queue = { enqueue: async () => undefined };
    const deps = await buildDeps({}, { rawMail, queue }, ['rawMail', 'queue']);
    expect(deps.rawMail).toBe(rawMail);
    expect(deps.queue).toBe(queue);
  });
});
