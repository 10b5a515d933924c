#!/usr/bin/env node
// Entry point for the `ccus-atlas` command: registers tsx so the TypeScript sources run directly.
import { register } from 'tsx/esm/api';

register();
process.env.CCUS_ATLAS_BIN = '1';
await import('../src/cli/main.ts');
