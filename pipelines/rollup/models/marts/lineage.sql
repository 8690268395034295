-- The fact cells behind one figure: for p_unit, p_period and p_indicator (a ratio brings its
-- numerator's and denominator's cells), every fact of the units' current or sub-period
-- submissions, with the submission and the file it came from.
with wanted as (
  select code as indicator from {{ ref('stg_indicators') }} where code = p_indicator
  union
  select unnest([numerator, denominator]) from {{ ref('stg_indicators') }} where code = p_indicator and aggregation = 'ratio'
),
sources as (
  select distinct unit_values.unit_code, unit_values.indicator, unit_values.derived, unnest(unit_values.submission_ids) as submission_id
  from {{ ref('unit_values') }}(p_unit, p_period) as unit_values
  join wanted on wanted.indicator = unit_values.indicator
  where unit_values.option is null
)
select
  submissions.id as submission_id,
  submissions.unit_code,
  submissions.period,
  submissions.form,
  submissions.version,
  submissions.status,
  submissions.file_name,
  submissions.file_sha256,
  submissions.sheet,
  sources.derived,
  facts.indicator,
  facts.option,
  facts.num_value,
  facts.bool_value,
  facts.text_value,
  submissions.file_name as source_file,
  facts.source_sheet,
  facts.source_cell,
  facts.source_line
from sources
join {{ source('main', 'submissions') }} as submissions on submissions.id = sources.submission_id
-- fact_values, not the facts view: unit, period, form and file name come from `submissions` above
join {{ source('main', 'fact_values') }} as facts
  on facts.submission_id = sources.submission_id and facts.indicator = sources.indicator
