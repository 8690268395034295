import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixtureCases, testIngestPlugin } from '@tonghop/ingest-contract/testing';
import { csvLong } from '../src/index';

const fixtures = join(import.meta.dirname, '../../../fixtures/csv');
const xlsx = join(mkdtempSync(join(tmpdir(), 'csv-long-')), 'book.xlsx');
writeFileSync(xlsx, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));

testIngestPlugin({ plugin: csvLong(), cases: loadFixtureCases(fixtures), foreignFiles: [xlsx] });
