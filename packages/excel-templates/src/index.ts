export { generateFormTemplate, type FormTemplateOptions, type TemplateUnit } from './form-template';
export { generateTableTemplate, type TableTemplateOptions } from './table-template';
export { templateItems, type TemplateItem } from './template-rows';
export { METADATA_SHEET, TEMPLATE_VERSION } from './metadata';
export { TEMPLATE_CODES, TemplateError } from './errors';
