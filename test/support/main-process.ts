/** Runs `npm start`'s entry point as a child on free ports, and the `gratitude` CLI against it. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePorts } from '../../functions/local/services';
import { mailOnceThere } from './mail-wait';

const repoRoot = resolve(__dirname, '..', '..');
const run = promisify(execFile);

export interface RunningStack {
  env: Record<string, string>;
  url: string;
  sesUrl: string;
  smtpPort: number;
  cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

/** An email as the SES emulator's `GET /store` keeps it. */
export interface StoredEmail {
  subject: string;
  destination: { to: string[] };
  replyTo: string[];
  body: { text?: string; html?: string };
  headers?: { name: string; value: string }[];
}

/**
 * Every email the stack sent to an address containing `to`, oldest first, once `until` holds for
 * them (by default: there is one). Transactional mail leaves through the mail queue after the
 * request is answered, so a test waits for the mail it expects; if it never comes, what is there
 * is returned for the assertion to show.
 */
export async function inboxOf(
  stack: Pick<RunningStack, 'sesUrl'>,
  to: string,
  until?: (emails: StoredEmail[]) => boolean,
): Promise<StoredEmail[]> {
  const read = async () => {
    const { emails } = (await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: StoredEmail[] };
    return emails.filter((e) => e.destination.to.some((t) => t.includes(to)));
  };
  return mailOnceThere(read, until);
}

/** The first email to `to` that `match` accepts, waiting for it as `inboxOf` does. */
export async function mailTo(
  stack: Pick<RunningStack, 'sesUrl'>,
  to: string,
  match: (email: StoredEmail) => boolean,
): Promise<StoredEmail | undefined> {
  return (await inboxOf(stack, to, (emails) => emails.some(match))).find(match);
}

export async function startStack(): Promise<RunningStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gratitude-stack-'));
  const [http = 0, ses = 0, smtp = 0, dynamoDb = 0] = await freePorts(4);
  const ports = { http, ses, smtp, dynamoDb };
  const env: Record<string, string> = {
    PORT: String(ports.http),
    SES_PORT: String(ports.ses),
    SMTP_PORT: String(ports.smtp),
    DYNAMODB_PORT: String(ports.dynamoDb),
    LOCAL_DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${ports.http}`,
    // Passes are driven by `gratitude tick` here, not by the clock.
    SCHEDULER_INTERVAL_MS: '0',
  };
  const childEnv = { ...process.env, ...env };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 60_000;
  while (!/Press Ctrl-C to stop/.test(output)) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start not ready in time:\n${output}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    env,
    url: env.PUBLIC_URL ?? '',
    sesUrl: `http://127.0.0.1:${ports.ses}`,
    smtpPort: ports.smtp,
    async cli(args) {
      try {
        const { stdout, stderr } = await run(
          process.execPath,
          [join(repoRoot, 'bin', 'gratitude.cjs'), ...args],
          {
            cwd: repoRoot,
            env: childEnv,
          },
        );
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
