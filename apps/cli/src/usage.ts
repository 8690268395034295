import type { ArgsDef, CommandDef } from 'citty';
import { UsageError } from './errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandDef<any>;

async function resolve<T>(value: T | Promise<T> | (() => T | Promise<T>) | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function flagNames(args: ArgsDef): { all: Set<string>; valued: Set<string> } {
  const all = new Set<string>();
  const valued = new Set<string>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    const alias = 'alias' in def ? def.alias : undefined;
    const aliases = alias === undefined ? [] : Array.isArray(alias) ? alias : [alias];
    for (const n of [name, kebab(name), ...aliases]) {
      all.add(n);
      if (def.type === 'boolean') all.add(`no-${n}`);
      if (def.type === 'string' || def.type === 'enum') valued.add(n);
    }
  }
  return { all, valued };
}

/** The command chain that rawArgs select (root, then sub-commands), as citty will run it. */
export async function resolveChain(root: AnyCommand, rawArgs: readonly string[]): Promise<{ chain: AnyCommand[]; rest: string[] }> {
  const chain = [root];
  let cmd = root;
  let rest = [...rawArgs];
  for (;;) {
    const subs = await resolve(cmd.subCommands);
    if (!subs || Object.keys(subs).length === 0) return { chain, rest };
    const { valued } = flagNames((await resolve(cmd.args)) ?? {});
    let i = 0;
    while (i < rest.length && rest[i]?.startsWith('-')) {
      const flag = rest[i]?.replace(/^-{1,2}/, '') ?? '';
      i += !flag.includes('=') && valued.has(flag) ? 2 : 1;
    }
    const name = rest[i];
    if (name === undefined || !(name in subs)) return { chain, rest };
    const next = await resolve(subs[name]);
    if (!next) return { chain, rest };
    chain.push(next);
    cmd = next;
    rest = rest.slice(i + 1);
  }
}

/** Citty ignores unknown options; the contract makes them usage errors (exit 2). */
export async function checkOptions(chain: AnyCommand[], rawArgs: readonly string[]): Promise<void> {
  const known = new Set<string>(['help', 'h']);
  for (const cmd of chain) for (const n of flagNames((await resolve(cmd.args)) ?? {}).all) known.add(n);
  for (const token of rawArgs) {
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const name = token.replace(/^-{1,2}/, '').split('=')[0] ?? '';
    if (!known.has(name)) throw new UsageError(`Tùy chọn không hợp lệ: ${token}.`);
  }
}

export async function commandName(chain: AnyCommand[]): Promise<string> {
  const names: string[] = [];
  for (const cmd of chain) names.push((await resolve(cmd.meta))?.name ?? '');
  return names.filter((n) => n !== '').join(' ');
}

/** The sub-command names of the last command of the chain (none for a leaf). */
export async function subCommandNames(chain: AnyCommand[]): Promise<string[]> {
  const subs = await resolve(chain[chain.length - 1]?.subCommands);
  return subs ? Object.keys(subs) : [];
}

/** The first argument that is not an option (nor an option's value) in what follows the chain. */
export async function firstPositional(chain: AnyCommand[], rest: readonly string[]): Promise<string | undefined> {
  const valued = new Set<string>();
  for (const cmd of chain) for (const n of flagNames((await resolve(cmd.args)) ?? {}).valued) valued.add(n);
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] ?? '';
    if (token === '--') return rest[i + 1];
    if (!token.startsWith('-')) return token;
    const flag = token.replace(/^-{1,2}/, '');
    if (!flag.includes('=') && valued.has(flag)) i++;
  }
  return undefined;
}
