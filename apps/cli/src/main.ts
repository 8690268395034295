import { exitCode, reportExit } from './exit-code';
import { main } from './cli';

// Entry point: bin/tonghop.mjs runs the bundle of this file (dist/main.mjs).
// Output piped into `head` that stops reading is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(exitCode());
});
reportExit(await main(process.argv.slice(2)));
process.exitCode = exitCode();
