-- The periods that have submissions, with kind, inclusive dates and length in months.
with submitted as (
  select distinct period from {{ ref('stg_submissions') }}
),
parsed as (
  select period, {{ ref('stg_period_bounds') }}(period) as bounds from submitted
)
select
  period,
  bounds.kind as kind,
  bounds.start_date as start_date,
  bounds.end_date as end_date,
  datediff('month', bounds.start_date, bounds.end_date + 1) as months
from parsed
