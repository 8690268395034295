-- Every period a roll-up may be asked for: the submitted ones, and for each year that has
-- submissions the whole calendar of that year (so that a year, half, quarter or nine months
-- can be derived from its sub-periods).
with submitted as (
  select distinct period from {{ ref('stg_submissions') }}
),
years as (
  select distinct left(period, 4)::integer as year
  from submitted
  where regexp_matches(period, '^\d{4}')
),
calendar as (
  select year::varchar as period from years
  union all select year || 'S' || h from years, range(1, 3) as t(h)
  union all select year || 'Q' || q from years, range(1, 5) as t(q)
  union all select year || '-' || lpad(m::varchar, 2, '0') from years, range(1, 13) as t(m)
  union all select year || 'N9' from years
),
codes as (
  select period from calendar
  union
  select period from submitted
),
parsed as (
  select period, {{ ref('period_bounds') }}(period) as bounds from codes
)
select
  period,
  bounds.kind as kind,
  bounds.start_date as start_date,
  bounds.end_date as end_date,
  datediff('month', bounds.start_date, bounds.end_date + 1) as months
from parsed
where bounds.kind is not null
