// Loaded with NODE_OPTIONS=--require: prints the process's peak RSS when it exits (stress/run.ts reads it).
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nTONGHOP_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
