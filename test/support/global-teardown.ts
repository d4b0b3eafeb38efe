/** Jest globalTeardown of the `integration` project: stops what global-setup.ts started. */
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__gratitudeIntegrationServices;
  if (services === undefined) return;
  globalThis.__gratitudeIntegrationServices = undefined;
  await services.stop();
  rmSync(services.dataDir, { recursive: true, force: true });
}
