import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testIngestPlugin } from '@tonghop/ingest-contract/testing';
import { excelForm, excelTable } from '../src/index';
import { allCases, FIXTURES, isWholeFileRefusal } from './fixtures';

const cases = allCases.filter((c) => !isWholeFileRefusal(c));

/** The CSV plugins' fixtures: no Excel plugin may claim them. */
const csvDir = join(FIXTURES, '..', 'csv');
const csvInputs = existsSync(csvDir)
  ? readdirSync(csvDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) =>
        readdirSync(join(csvDir, e.name))
          .filter((f) => f.startsWith('input.'))
          .map((f) => join(csvDir, e.name, f)),
      )
  : [];

testIngestPlugin({ plugin: excelForm(), cases, foreignFiles: csvInputs });
testIngestPlugin({ plugin: excelTable(), cases, foreignFiles: csvInputs });
