#!/usr/bin/env node
// The `gratitude` CLI: runs the TypeScript entry point through tsx so it works right after `npm ci`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const tsx = require.resolve('tsx/cli');
const entry = path.join(__dirname, '..', 'functions', 'local', 'cli.ts');
// The SDK's Node 22 notice concerns the deployed Lambdas; on every CLI call it would only be noise.
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env };
const result = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
