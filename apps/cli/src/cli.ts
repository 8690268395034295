import { defineCommand, runCommand } from 'citty';
import { TonghopError } from '@tonghop/core';
import { commands } from './commands/index';
import { EXIT, fromCittyError, UsageError } from './errors';
import { exitCode } from './exit-code';
import { globalArgs, hoistGlobalArgs } from './global-args';
import { nearest, renderHelp } from './help';
import { checkOptions, commandName, firstPositional, resolveChain, subCommandNames } from './usage';

const root = defineCommand({
  meta: { name: 'tonghop', description: 'Tổng hợp báo cáo thực hiện dân chủ ở cơ sở (QCDC)' },
  args: { ...globalArgs },
  subCommands: commands,
});

/** Runs the CLI with `rawArgs`; returns the exit status (0 ok, 1 an input refused, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const rawArgs = hoistGlobalArgs(argv);
  const { chain, rest } = await resolveChain(root, rawArgs);
  const name = await commandName(chain);
  try {
    const subs = await subCommandNames(chain);
    if (subs.length > 0) {
      const typed = await firstPositional(chain, rest);
      if (typed !== undefined) {
        const near = nearest(typed, subs);
        throw new UsageError(`Không có lệnh "${typed}"${near ? `. Có phải ý bạn là "${name} ${near}"?` : '.'}`);
      }
    }
    if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
      process.stdout.write(`${await renderHelp(chain)}\n`);
      return EXIT.OK;
    }
    if (subs.length > 0) {
      process.stderr.write(`Chưa chọn lệnh.\n\n${await renderHelp(chain)}\n`);
      return EXIT.USAGE;
    }
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
      // The cause is for developers (a DuckDB "IO Error", a socket error): only when asked.
      if (error.cause && process.env.TONGHOP_DEBUG === '1') process.stderr.write(`${String(error.cause)}\n`);
      return EXIT.REFUSED;
    }
    // Loaded here, not at the top: the warehouse pulls DuckDB, which `--help` must not load.
    const { storageFailure } = await import('@tonghop/warehouse');
    const storage = storageFailure(error, { showPath: true });
    if (storage) {
      process.stderr.write(`Lỗi: ${storage.message} [${storage.code}]\n`);
      return EXIT.REFUSED;
    }
    throw error;
  }
}
