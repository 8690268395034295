export { runReadOnlyQuery, type QueryColumn, type QueryOptions, type QueryResult, type QueryValue } from './run-query';
export { QUERY_FORMATS, toCsv, toRowObjects, toTable, type QueryFormat } from './format';
export { QUERY_ERROR_CODES, QueryError, isQueryError, type QueryErrorCode } from './errors';
