import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb, runCli } from './run-cli';

let db: string;

beforeAll(async () => {
  db = await freshDb();
});

describe('tonghop query', () => {
  it('prints a table, csv and --json (an array of row objects)', async () => {
    const sql = "select code, type from units where code in ('68', '679') order by code";
    const table = await runCli(['query', sql, '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe('code  type\n----  -----\n679   huyen\n68    tinh\n(2 dòng)\n');
    const csv = await runCli(['query', sql, '--format', 'csv', '--db', db]);
    expect(csv.stdout).toBe('code,type\r\n679,huyen\r\n68,tinh\r\n');
    const asJson = await runCli(['query', 'select count(*) as n, 9007199254740993::bigint as big from units', '--json', '--db', db]);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toEqual([{ n: 44, big: '9007199254740993' }]);
  });

  it('refuses a query that writes, and two statements, with exit 1 and nothing changed', async () => {
    const write = await runCli(['query', "update units set name = 'x'", '--db', db]);
    expect(write.code).toBe(1);
    expect(write.stdout).toBe('');
    expect(write.stderr).toMatch(/^Lỗi: Câu lệnh UPDATE \(sửa dữ liệu\) không được phép: .* \[QUERY_NOT_READ_ONLY\]\n$/);
    const two = await runCli(['query', 'select 1; drop table units', '--db', db]);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/Có 2 câu lệnh.*\[QUERY_SEVERAL_STATEMENTS\]/);
    const after = await runCli(['query', "select count(*) as n from units where name = 'x'", '--json', '--db', db]);
    expect(JSON.parse(after.stdout)).toEqual([{ n: 0 }]);
  });

  it('names a missing table, exit 1', async () => {
    const r = await runCli(['query', 'select * from bang_khong_co', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không có bảng hoặc mô hình "bang_khong_co"/);
  });

  it('refuses an unknown --format as a usage error', async () => {
    const r = await runCli(['query', 'select 1', '--format', 'xml', '--db', db]);
    expect(r.code).toBe(2);
  });
});
