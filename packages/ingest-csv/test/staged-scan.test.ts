import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsAreLines } from '../src/staged/plan';
import { scanFile } from '../src/staged/scan';

const dir = await mkdtemp(join(tmpdir(), 'tonghop-scan-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function scan(text: string | Buffer) {
  const path = join(dir, `${Math.random()}.csv`);
  await writeFile(path, text);
  return scanFile(path);
}

describe('scanFile', () => {
  it.each([
    ['LF', 'h\na\nb\n', 3, 0],
    ['no final line end', 'h\na\nb', 3, 0],
    ['CRLF', 'h\r\na\r\nb\r\n', 3, 3],
    ['blank lines at the end', 'h\na\n\n\n', 2, 0],
    ['CRLF blank lines at the end', 'h\r\na\r\n\r\n', 2, 3],
    ['a blank line inside', 'h\n\na\n', 3, 0],
    ['empty', '', 0, 0],
  ])('counts the lines of a file with %s', async (_what, text, lines, cr) => {
    const s = await scan(text);
    expect({ lines: s.lines, cr: s.cr }).toEqual({ lines, cr });
  });

  it('counts across read chunks (1 MiB)', async () => {
    const text = 'x,y\n'.repeat(600_000);
    const s = await scan(text);
    expect(s.lines).toBe(600_000);
    expect(s.lf).toBe(600_000);
  });
});

describe('rowsAreLines', () => {
  it('holds when every data line is one row', async () => {
    expect(rowsAreLines(await scan('h\na\nb\n'), 2)).toBe(true);
    expect(rowsAreLines(await scan('h\r\na\r\nb'), 2)).toBe(true);
  });

  it('fails for fewer rows (a blank line inside, a field over two lines), lone CRs, or no rows', async () => {
    expect(rowsAreLines(await scan('h\n\na\n'), 1)).toBe(false);
    expect(rowsAreLines(await scan('h\na\rb\n'), 2)).toBe(false);
    expect(rowsAreLines(await scan('h\n'), 0)).toBe(false);
  });
});
