import { testIngestPlugin } from '@tonghop/ingest-contract/testing';
import { excelForm, excelTable } from '../src/index';
import { allCases, isWholeFileRefusal } from './fixtures';

const cases = allCases.filter((c) => !isWholeFileRefusal(c));

testIngestPlugin({ plugin: excelForm(), cases });
testIngestPlugin({ plugin: excelTable(), cases });
