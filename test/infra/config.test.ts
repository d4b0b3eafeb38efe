import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONTEXT_KEYS, ConfigError, loadConfig, SES_RECEIVING_REGIONS } from '../../infra/config';
import { SAMPLE_CONTEXT } from './helpers';

const load = (context: Record<string, unknown>) => loadConfig((key) => context[key]);

const problemsOf = (context: Record<string, unknown>): string[] => {
  try {
    load(context);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('deployment config from CDK context', () => {
  it('accepts the sample context and applies defaults only to tuning knobs', () => {
    const config = load(SAMPLE_CONTEXT);
    expect(config).toMatchObject({
      region: 'eu-west-1',
      sendingDomain: 'gratitude.example',
      inboundDomain: 'in.gratitude.example',
      mailFromSubdomain: 'bounce',
      activateReceiptRuleSet: false,
      sendMaxConcurrency: 2,
      dueShards: 4,
    });
    expect(config.publicUrl).toBeUndefined();
    expect(config.alarmEmail).toBeUndefined();
  });

  it('names every missing required key in one error', () => {
    const problems = problemsOf({});
    const required = [
      'region',
      'sendingDomain',
      'senderAddress',
      'inboundDomain',
      'mailFromSubdomain',
      'postalAddress',
    ];
    for (const field of required) {
      const key = CONTEXT_KEYS[field as keyof typeof CONTEXT_KEYS];
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${key}: missing`)));
    }
    expect(problems).toHaveLength(required.length);
  });

  it('says how to pass context and where the example lives', () => {
    expect(() => load({})).toThrow(/-c key=value.*cdk\.context\.json.*infra\/context\.example\.json/s);
  });

  it('rejects a region without SES email receiving', () => {
    expect(problemsOf({ ...SAMPLE_CONTEXT, 'gratitude:region': 'eu-south-2' })).toEqual([
      expect.stringMatching(/^gratitude:region: must be a region with SES email receiving/),
    ]);
    expect(SES_RECEIVING_REGIONS).toContain('us-east-1');
  });

  it.each([
    ['gratitude:sendingDomain', 'https://gratitude.example'],
    ['gratitude:sendingDomain', 'gratitude.example.'],
    ['gratitude:inboundDomain', 'localhost'],
    ['gratitude:mailFromSubdomain', 'bounce.gratitude.example'],
    ['gratitude:senderAddress', 'not an address'],
    ['gratitude:postalAddress', 'line one\nline two'],
    ['gratitude:publicUrl', 'http://gratitude.example'],
    ['gratitude:alarmEmail', 'ops'],
    ['gratitude:activateReceiptRuleSet', 'yes'],
    ['gratitude:sendMaxConcurrency', '1'],
    ['gratitude:dueShards', '0'],
  ])('rejects %s = %j, naming the key and the value', (key, value) => {
    const problems = problemsOf({ ...SAMPLE_CONTEXT, [key]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${key}: .*\\(got ${JSON.stringify(JSON.stringify(value)).slice(1, -1)}\\)$`),
    );
  });

  it('requires the sender to be on the sending domain', () => {
    expect(
      problemsOf({ ...SAMPLE_CONTEXT, 'gratitude:senderAddress': 'Team <team@elsewhere.example>' }),
    ).toEqual([expect.stringMatching(/^gratitude:senderAddress: must be an address on gratitude\.example/)]);
    expect(
      load({ ...SAMPLE_CONTEXT, 'gratitude:senderAddress': 'hello@mail.gratitude.example' }).senderAddress,
    ).toBe('hello@mail.gratitude.example');
  });

  it('keeps the inbound MX off the MAIL FROM domain', () => {
    expect(problemsOf({ ...SAMPLE_CONTEXT, 'gratitude:inboundDomain': 'bounce.gratitude.example' })).toEqual([
      expect.stringMatching(/^gratitude:inboundDomain: must differ from the MAIL FROM domain/),
    ]);
  });

  it('reads -c strings and JSON values alike', () => {
    const fromFlags = load({
      ...SAMPLE_CONTEXT,
      'gratitude:activateReceiptRuleSet': 'true',
      'gratitude:sendMaxConcurrency': '10',
      'gratitude:publicUrl': 'https://gratitude.example/',
    });
    const fromJson = load({
      ...SAMPLE_CONTEXT,
      'gratitude:activateReceiptRuleSet': true,
      'gratitude:sendMaxConcurrency': 10,
    });
    expect(fromFlags).toMatchObject({ activateReceiptRuleSet: true, sendMaxConcurrency: 10 });
    expect(fromJson).toMatchObject({ activateReceiptRuleSet: true, sendMaxConcurrency: 10 });
    expect(fromFlags.publicUrl).toBe('https://gratitude.example');
  });

  it('treats an empty value as not set', () => {
    expect(problemsOf({ ...SAMPLE_CONTEXT, 'gratitude:region': '' })).toEqual([
      expect.stringMatching(/^gratitude:region: missing/),
    ]);
  });

  it('documents a valid, complete example context', () => {
    const file = path.join(__dirname, '..', '..', 'infra', 'context.example.json');
    const example: Record<string, unknown> = JSON.parse(readFileSync(file, 'utf8'));
    // Every key is documented by a `// key` comment; optional ones may be shown only there.
    for (const key of Object.values(CONTEXT_KEYS)) expect(Object.keys(example)).toContain(`// ${key}`);
    const settings = Object.fromEntries(Object.entries(example).filter(([key]) => !key.startsWith('//')));
    expect(() => load(settings)).not.toThrow();
  });
});
