-- Which unit types are expected to report an indicator: those submitting a form that has it;
-- for a ratio, the forms of its numerator and denominator.
with indicators as (
  select * from {{ ref('stg_indicators') }}
),
form_types as (
  select * from {{ ref('stg_form_unit_types') }}
),
submitted as (
  select code as indicator, unnest(forms) as form from indicators
),
ratios as (
  select indicators.code as indicator, submitted.form
  from indicators
  join submitted on submitted.indicator in (indicators.numerator, indicators.denominator)
  where indicators.aggregation = 'ratio'
),
both_kinds as (
  select * from submitted
  union
  select * from ratios
)
select distinct both_kinds.indicator, form_types.unit_type
from both_kinds
join form_types on form_types.form = both_kinds.form
