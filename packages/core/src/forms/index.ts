export { formColumns, type ColumnKind, type FormColumn, type IndicatorColumns } from './form-columns';
export { indicatorForms } from './indicator-forms';
export { formForUnitType, unitTypeForForm } from './form-unit-type';
export { ANY_UNIT_NOUN, coverageWords, FORM_SUBJECTS, formNoun, formsNoun, formTitle, UNIT_NOUNS, UNIT_TYPE_NAMES } from './unit-words';
