import { defineCommand, renderUsage, runCommand } from 'citty';
import { TonghopError } from '@tonghop/core';
import { storageFailure } from '@tonghop/warehouse';
import { commands } from './commands/index';
import { EXIT, fromCittyError, UsageError } from './errors';
import { exitCode } from './exit-code';
import { globalArgs, hoistGlobalArgs } from './global-args';
import { checkOptions, commandName, resolveChain } from './usage';

const root = defineCommand({
  meta: { name: 'tonghop', description: 'Tổng hợp báo cáo thực hiện dân chủ ở cơ sở (QCDC)' },
  args: { ...globalArgs },
  subCommands: commands,
});

/** Runs the CLI with `rawArgs`; returns the exit status (0 ok, 1 an input refused, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const rawArgs = hoistGlobalArgs(argv);
  const { chain } = await resolveChain(root, rawArgs);
  const leaf = chain[chain.length - 1] ?? root;
  const name = await commandName(chain);
  if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
    process.stdout.write(`${await renderUsage(leaf, chain[chain.length - 2])}\n`);
    return EXIT.OK;
  }
  try {
    await checkOptions(chain, rawArgs);
    await runCommand(root, { rawArgs });
    return exitCode();
  } catch (error: unknown) {
    const usage = error instanceof UsageError ? error : fromCittyError(error);
    if (usage) {
      process.stderr.write(`Lỗi cú pháp lệnh: ${usage.message}\nXem: ${name || 'tonghop'} --help\n`);
      return EXIT.USAGE;
    }
    if (error instanceof TonghopError) {
      process.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
      if (error.cause) process.stderr.write(`${String(error.cause)}\n`);
      return EXIT.REFUSED;
    }
    const storage = storageFailure(error, { showPath: true });
    if (storage) {
      process.stderr.write(`Lỗi: ${storage.message} [${storage.code}]\n`);
      return EXIT.REFUSED;
    }
    throw error;
  }
}
