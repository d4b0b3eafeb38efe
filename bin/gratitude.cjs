#!/usr/bin/env node
// The `gratitude` CLI: runs the TypeScript entry point through tsx so it works right after `npm ci`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const tsx = require.resolve('tsx/cli');
const entry = path.join(__dirname, '..', 'functions', 'local', 'cli.ts');
const result = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
