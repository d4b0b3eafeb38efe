import { ConfigError } from '../../../functions/runtime/config';
import { buildDeps } from '../../../functions/runtime/container';

const table = { TABLE_NAME: 'gratitude', DUE_SHARDS: '4' };
const mail = {
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

  it('names every missing variable of a part', async () => {
    await expect(buildDeps({ TABLE_NAME: 'gratitude' }, {}, ['table', 'mail'])).rejects.toThrow(
      /SENDER.*INBOUND_DOMAIN.*PUBLIC_URL.*POSTAL_ADDRESS/s,
    );
  });

  it('requires a secret ARN or inline keys for signing', async () => {
    const { HMAC_KEYS: _, ...withoutKeys } = mail;
    await expect(buildDeps({ ...table, ...withoutKeys }, {}, ['mail'])).rejects.toThrow(
      /HMAC_SECRET_ARN or HMAC_KEYS/,
    );
  });

  it('rejects short or malformed HMAC keys', async () => {
    await expect(buildDeps({ ...mail, HMAC_KEYS: '{"current":"short"}' }, {}, ['mail'])).rejects.toThrow(
      ConfigError,
    );
    await expect(buildDeps({ ...mail, HMAC_KEYS: 'not json' }, {}, ['mail'])).rejects.toThrow(
      /not valid JSON/,
    );
  });

  it('never queues in memory inside Lambda', async () => {
    await expect(
      buildDeps({ ...table, AWS_LAMBDA_FUNCTION_NAME: 'dispatch' }, {}, ['queue']),
    ).rejects.toThrow(/SEND_QUEUE_URL is required/);
    const local = await buildDeps({ ...table }, {}, ['queue']);
    await expect(local.queue.enqueue([])).resolves.toBeUndefined();
  });

  it('reads raw mail from a bucket on AWS and from a directory locally', async () => {
    const aws = await buildDeps({ RAW_MAIL_BUCKET: 'raw-bucket' }, {}, ['rawMail']);
    expect(aws.rawMail.constructor.name).toBe('S3RawMailStore');
    const local = await buildDeps({ RAW_MAIL_DIR: '/tmp/raw' }, {}, ['rawMail']);
    expect(local.rawMail.constructor.name).toBe('DirectoryRawMailStore');
    await expect(buildDeps({}, {}, ['rawMail'])).rejects.toThrow(/RAW_MAIL_BUCKET or RAW_MAIL_DIR/);
  });
});
