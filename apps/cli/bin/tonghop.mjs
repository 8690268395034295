#!/usr/bin/env node
// `tonghop` / `pnpm tonghop`: runs the bundled CLI (dist/main.mjs), building it first when it is
// missing (a fresh clone) or older than its sources (a developer edited one).
import { pathToFileURL } from 'node:url';
import { build, ENTRY, isFresh } from '../build.mjs';

if (!isFresh()) await build();
await import(pathToFileURL(ENTRY).href);
