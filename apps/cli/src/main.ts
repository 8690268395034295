import { exitCode, reportExit } from './exit-code';
import { main } from './cli';

// Entry point: `pnpm tonghop ARGS` runs `tsx apps/cli/src/main.ts ARGS`.
reportExit(await main(process.argv.slice(2)));
process.exitCode = exitCode();
