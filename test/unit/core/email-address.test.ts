/** Parsing subscriber email addresses: what is accepted, how identity is derived, and robustness. */
import fc from 'fast-check';
import { parseEmailAddress } from '../../../functions/core/email-address';
import { ValidationError } from '../../../functions/core/errors';

function rejection(input: unknown): ValidationError {
  try {
    parseEmailAddress(input);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('parseEmailAddress accepts practical addresses', () => {
  it.each([
    ['anna@example.com', 'anna@example.com'],
    ['  anna@example.com \n', 'anna@example.com'],
    ['Anna.Berg@Example.COM', 'Anna.Berg@example.com'],
    ['anna+gratitude@example.com', 'anna+gratitude@example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['first.middle.last@mail.example.co.uk', 'first.middle.last@mail.example.co.uk'],
    ['x@a-b.io', 'x@a-b.io'],
    ['user_name-1=2@sub.domain.example', 'user_name-1=2@sub.domain.example'],
    ['j@xn--bcher-kva.de', 'j@xn--bcher-kva.de'],
    ['j@bücher.de', 'j@xn--bcher-kva.de'],
    [`${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`],
  ])('%j -> %j', (input, address) => {
    expect(parseEmailAddress(input).address).toBe(address);
  });
});

describe('parseEmailAddress rejects what is not a plain address', () => {
  it.each([
    ['empty', ''],
    ['spaces only', '   '],
    ['no @', 'anna.example.com'],
    ['no local part', '@example.com'],
    ['no domain', 'anna@'],
    ['two @', 'anna@home@example.com'],
    ['domain without a dot', 'anna@localhost'],
    ['space inside', 'anna berg@example.com'],
    ['display name form', 'Anna <anna@example.com>'],
    ['angle brackets only', '<anna@example.com>'],
    ['leading dot', '.anna@example.com'],
    ['trailing dot in local part', 'anna.@example.com'],
    ['double dot', 'an..na@example.com'],
    ['quoted local part', '"anna"@example.com'],
    ['comma', 'anna,berg@example.com'],
    ['control character', 'anna\u0000@example.com'],
    ['tab inside', 'anna\t@example.com'],
    ['newline inside (header injection)', 'anna@example.com\nBcc: x@y.com'],
    ['label starting with hyphen', 'anna@-example.com'],
    ['label ending with hyphen', 'anna@example-.com'],
    ['empty label', 'anna@example..com'],
    ['trailing dot in domain', 'anna@example.com.'],
    ['underscore in domain', 'anna@ex_ample.com'],
    ['IP literal', 'anna@[192.168.0.1]'],
    ['numeric top-level domain', 'anna@192.168.0.1'],
    ['one-letter top-level domain', 'anna@example.c'],
    ['local part over 64', `${'a'.repeat(65)}@example.com`],
    ['label over 63', `anna@${'a'.repeat(64)}.com`],
    ['address over 254', `anna@${Array.from({ length: 50 }, () => 'abcd').join('.')}.com`],
    ['non-ASCII local part', 'jos\u00e9@example.com'],
    ['number', 42],
    ['null', null],
    ['object', { email: 'anna@example.com' }],
  ])('%s', (_why, input) => {
    const error = rejection(input);
    expect([error.code, error.field, error.status, error.message]).toEqual([
      'invalid_email',
      'email',
      400,
      'Please enter a valid email address.',
    ]);
  });
});

describe('identity of an address', () => {
  it('compares case-insensitively: the key is the whole address lower-cased', () => {
    const a = parseEmailAddress('Anna.Berg@Example.com');
    const b = parseEmailAddress('anna.berg@EXAMPLE.COM');
    expect(a.key).toBe('anna.berg@example.com');
    expect(b.key).toBe(a.key);
  });

  it('keeps the local part as typed for sending, and lower-cases the domain', () => {
    expect(parseEmailAddress('Anna.Berg@Example.com').address).toBe('Anna.Berg@example.com');
  });

  it('does not fold plus tags: a+1@x and a+2@x are two people', () => {
    const one = parseEmailAddress('a+1@example.com');
    const two = parseEmailAddress('a+2@example.com');
    const plain = parseEmailAddress('a@example.com');
    expect(new Set([one.key, two.key, plain.key]).size).toBe(3);
  });

  it('does not fold dots either (only some providers ignore them)', () => {
    expect(parseEmailAddress('a.b@gmail.com').key).not.toBe(parseEmailAddress('ab@gmail.com').key);
  });
});

describe('parseEmailAddress on arbitrary input', () => {
  it('throws nothing but ValidationError, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' })),
        (text) => {
          try {
            parseEmailAddress(text);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('throws nothing but ValidationError on address-shaped strings with random parts', () => {
    const part = fc.oneof(fc.string({ maxLength: 70 }), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(
      fc.property(part, part, (local, domain) => {
        try {
          const parsed = parseEmailAddress(`${local}@${domain}`);
          // Whatever it accepts is a sane, sendable address.
          expect(parsed.address.length).toBeLessThanOrEqual(254);
          expect(parsed.address).toMatch(/^[\x21-\x7e]+@[a-z0-9.-]+$/);
          expect(parsed.key).toBe(parsed.address.toLowerCase());
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every address built from the practical syntax, and parsing is idempotent', () => {
    const atom = fc.stringMatching(/^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,10}$/);
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const tld = fc.stringMatching(/^[a-z]{2,6}$/);
    fc.assert(
      fc.property(
        fc.array(atom, { minLength: 1, maxLength: 4 }),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        tld,
        (atoms, labels, top) => {
          const input = `${atoms.join('.')}@${[...labels, top].join('.').toUpperCase()}`;
          const parsed = parseEmailAddress(input);
          expect(parsed.address).toBe(`${atoms.join('.')}@${[...labels, top].join('.')}`);
          expect(parseEmailAddress(parsed.address)).toEqual(parsed);
        },
      ),
    );
  });
});
