/**
 * CDK entry point (`cdk.json` runs it with tsx). Configuration comes from CDK context: see
 * infra/context.example.json and infra/README.md. A configuration problem is printed as a plain
 * list of keys to fix, without a stack trace.
 */
import { App } from 'aws-cdk-lib';
import { ConfigError } from './config';
import { buildGratitudeApp } from './gratitude-app';

try {
  buildGratitudeApp(new App());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
