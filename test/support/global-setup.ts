/**
 * Jest globalSetup of the `integration` project: DynamoDB Local in memory and the SES emulator
 * on ports the OS says are free, the table created, and process.env set exactly as
 * `applyLocalEnv` sets it for `npm start` (with a temporary LOCAL_DATA_DIR, hence a fresh HMAC
 * key). Test workers start after this and inherit the env. Started once: Java takes seconds.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { applyLocalEnv, LOCAL_ENV, localConfig } from '../../functions/local/local-env';
import { ensureTable, freePorts, startDynamoDbLocal, startSesEmulator } from '../../functions/local/services';

export interface IntegrationServices {
  dataDir: string;
  stop(): Promise<void>;
}

declare global {
  var __gratitudeIntegrationServices: IntegrationServices | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = performance.now();
  // The SDK's notice that releases after January 2027 need Node 22 (the Lambdas already run on
  // it) would otherwise repeat in every worker's output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = mkdtempSync(join(tmpdir(), 'gratitude-it-'));
  const ports = await freePorts(4);
  const config = localConfig({
    ...process.env,
    [LOCAL_ENV.dataDir]: dataDir,
    [LOCAL_ENV.port]: String(ports[0]),
    [LOCAL_ENV.sesPort]: String(ports[1]),
    [LOCAL_ENV.smtpPort]: String(ports[2]),
    [LOCAL_ENV.dynamoDbPort]: String(ports[3]),
    [LOCAL_ENV.publicUrl]: '',
  });
  applyLocalEnv(config);

  const [dynamoDb, ses] = await Promise.all([
    startDynamoDbLocal({ port: config.ports.dynamoDb, inMemory: true }),
    startSesEmulator({ port: config.ports.ses, host: config.host }),
  ]);
  const client = new DynamoDBClient({});
  try {
    await ensureTable(client, config.tableName);
  } finally {
    client.destroy();
  }
  process.env.GRATITUDE_TEST_SES_URL = ses.url;

  globalThis.__gratitudeIntegrationServices = {
    dataDir,
    stop: async () => {
      await Promise.all([ses.stop(), dynamoDb.stop()]);
    },
  };
  if (process.env.GRATITUDE_TEST_TIMINGS) {
    console.log(
      `\n[integration] DynamoDB Local up in ${dynamoDb.startMs} ms, services ready in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
