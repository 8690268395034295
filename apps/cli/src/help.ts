import type { ArgDef, ArgsDef, CommandDef } from 'citty';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandDef<any>;

async function resolve<T>(value: T | Promise<T> | (() => T | Promise<T>) | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}

function hint(name: string, def: ArgDef): string {
  const value = 'valueHint' in def && def.valueHint ? def.valueHint : name.toUpperCase();
  return def.type === 'string' || def.type === 'enum' ? ` ${value}` : '';
}

function columns(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`.trimEnd());
}

function required(def: ArgDef): boolean {
  return 'required' in def && def.required === true && !('default' in def && def.default !== undefined);
}

/**
 * The help of a command in Vietnamese (citty's own prints USAGE / OPTIONS / (Required) and drops
 * the program name of sub-commands): what it does, how to call it, its arguments and options.
 * `chain` is the root command, then each sub-command down to the one asked about.
 */
export async function renderHelp(chain: readonly AnyCommand[]): Promise<string> {
  const cmd = chain[chain.length - 1] as AnyCommand;
  const names: string[] = [];
  for (const c of chain) names.push((await resolve(c.meta))?.name ?? '');
  const fullName = names.filter((n) => n !== '').join(' ');
  const meta = await resolve(cmd.meta);
  const args: ArgsDef = (await resolve(cmd.args)) ?? {};
  const subs = await resolve(cmd.subCommands);
  const lines = [`${fullName} — ${meta?.description ?? ''}`, ''];

  const positional = Object.entries(args).filter(([, d]) => d.type === 'positional');
  // Required options first, then the command's own, then the global ones (--db, --json).
  const global = new Set(['db', 'json']);
  const rank = ([name, d]: [string, ArgDef]) => (required(d) ? 0 : global.has(name) ? 2 : 1);
  const options = Object.entries(args)
    .filter(([, d]) => d.type !== 'positional')
    .sort((a, b) => rank(a) - rank(b));
  const call = [fullName];
  if (subs && Object.keys(subs).length > 0) call.push('<lệnh>');
  for (const [name, d] of options) if (required(d)) call.push(`--${name}${hint(name, d)}`);
  if (options.some(([, d]) => !required(d))) call.push('[tùy chọn]');
  for (const [name, d] of positional) {
    const shown = 'valueHint' in d && d.valueHint ? d.valueHint : name.toUpperCase();
    call.push(d.required === false ? `[${shown}]` : shown);
  }
  lines.push('Cách dùng:', `  ${call.join(' ')}`, '');

  if (subs && Object.keys(subs).length > 0) {
    const rows: [string, string][] = [];
    for (const [name, sub] of Object.entries(subs)) {
      const subMeta = await resolve((await resolve(sub))?.meta);
      if (subMeta?.hidden) continue;
      rows.push([name, subMeta?.description ?? '']);
    }
    lines.push('Lệnh:', ...columns(rows), '');
  }
  if (positional.length > 0) {
    const rows = positional.map(([name, d]): [string, string] => [
      'valueHint' in d && d.valueHint ? d.valueHint : name.toUpperCase(),
      `${d.description ?? ''}${d.required === false ? '' : ' (bắt buộc)'}`,
    ]);
    lines.push('Tham số:', ...columns(rows), '');
  }
  const optionRows: [string, string][] = [];
  for (const [name, d] of options) {
    const alias = 'alias' in d && d.alias ? (Array.isArray(d.alias) ? d.alias : [d.alias]).map((a: string) => `-${a}, `).join('') : '';
    const dflt = 'default' in d && d.default !== undefined && d.type !== 'boolean' ? ` (mặc định: ${String(d.default)})` : '';
    // A boolean that is on by default is shown by the option that turns it off.
    if (d.type === 'boolean' && d.default === true) {
      optionRows.push([`--no-${name}`, ('negativeDescription' in d && d.negativeDescription) || `Không: ${d.description ?? ''}`]);
      continue;
    }
    optionRows.push([`${alias}--${name}${hint(name, d)}`, `${d.description ?? ''}${required(d) ? ' (bắt buộc)' : ''}${dflt}`]);
  }
  optionRows.push(['-h, --help', 'In hướng dẫn này']);
  lines.push('Tùy chọn:', ...columns(optionRows));
  if (subs && Object.keys(subs).length > 0) lines.push('', `Xem hướng dẫn của một lệnh: ${fullName} <lệnh> --help`);
  return lines.join('\n');
}

/** Edit distance, for "did you mean" on a mistyped command. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known name nearest to `typed`, when it is near enough to be a typo. */
export function nearest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const d = name.startsWith(typed) || typed.startsWith(name) ? 1 : distance(typed.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}
