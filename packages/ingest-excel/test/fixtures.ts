import { fileURLToPath } from 'node:url';
import { loadFixtureCases, type IngestCase } from '@tonghop/ingest-contract/testing';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/excel', import.meta.url));

/** Every Excel fixture case. */
export const allCases: IngestCase[] = loadFixtureCases(FIXTURES);

/**
 * Files refused whole (.xls, .xlsm, zip bomb) have no sheet or cell to name, which the shared
 * suite's "names a place" check demands; they have their own test (refusals.test.ts).
 */
export const isWholeFileRefusal = (c: IngestCase) => c.name.startsWith('refuse-');
