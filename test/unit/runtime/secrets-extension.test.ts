/** The HMAC keys read through the Parameters and Secrets extension's local HTTP endpoint. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { secretFromExtension } from '../../../functions/runtime/parts/links';

describe('the HMAC keys through the secrets extension', () => {
  let server: Server;
  let port: string;
  let seen: IncomingMessage[] = [];
  let answer: { status: number; body: string } = { status: 200, body: '' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request);
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = String((server.address() as AddressInfo).port);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen = [];
  });

  const env = () => ({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: 'session-token' });
  const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:HmacKeys-AbCdEf';

  it('asks for the secret by its ARN with the session token, and returns its string', async () => {
    answer = { status: 200, body: JSON.stringify({ ARN: arn, SecretString: '{"current":"k1"}' }) };
    await expect(secretFromExtension(arn, env())).resolves.toBe('{"current":"k1"}');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`/secretsmanager/get?secretId=${encodeURIComponent(arn)}`);
    expect(seen[0]?.headers['x-aws-parameters-secrets-token']).toBe('session-token');
  });

  it('fails with a clear error when the extension refuses, so the parts stay as they were', async () => {
    answer = { status: 400, body: 'not ready' };
    await expect(secretFromExtension(arn, env())).rejects.toThrow('The secrets extension answered 400');
  });

  it('fails when the secret holds no string', async () => {
    answer = { status: 200, body: JSON.stringify({ ARN: arn, SecretBinary: 'AAAA' }) };
    await expect(secretFromExtension(arn, env())).rejects.toThrow('holds no string');
  });
});
