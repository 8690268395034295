import { join } from 'node:path';
import { loadFixtureCases, testIngestPlugin } from '@tonghop/ingest-contract/testing';
import { csvWide } from '../src/index';

const fixtures = join(import.meta.dirname, '../../../fixtures/csv');

testIngestPlugin({ plugin: csvWide(), cases: loadFixtureCases(fixtures) });
