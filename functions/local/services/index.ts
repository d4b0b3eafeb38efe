/**
 * The real local parts behind the Lambda handlers, each started and stopped on its own: DynamoDB
 * Local, the SES emulator, an inbound SMTP server, an HTTP server speaking API Gateway v2 events,
 * and a scheduler loop. `npm start`, the integration tests' globalSetup and the demo compose them.
 */
export * from './common';
export * from './dynamodb-local';
export * from './http-adapter';
export * from './inbound-smtp';
export * from './scheduler';
export * from './ses-emulator';
export * from './stack';
export * from './table';
