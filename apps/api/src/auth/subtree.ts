import type { Unit } from '@tonghop/core';

/** The codes of `root` and every unit below it, at any depth, whatever their validity dates. */
export function subtreeCodes(units: readonly Unit[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentCode === null) continue;
    const list = children.get(u.parentCode);
    if (list) list.push(u.code);
    else children.set(u.parentCode, [u.code]);
  }
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const code = stack.pop() as string;
    if (out.has(code)) continue;
    out.add(code);
    stack.push(...(children.get(code) ?? []));
  }
  return out;
}
