-- The shorter periods that make up p_period: a year from halves, quarters or months; a half from
-- quarters or months; a quarter from months; nine months from quarters or months.
with target as (
  select {{ ref('stg_period_bounds') }}(p_period) as b
),
year_of as (
  select year(b.start_date) as y, b.kind as kind, b.start_date, b.end_date,
         datediff('month', b.start_date, b.end_date + 1) as months
  from target
  where b.kind in ('year', 'half', 'quarter', 'nine_months')
),
calendar as (
  select y || 'S' || h as part from year_of, range(1, 3) as t(h)
  union all select y || 'Q' || q from year_of, range(1, 5) as t(q)
  union all select y || '-' || lpad(m::varchar, 2, '0') from year_of, range(1, 13) as t(m)
),
parts as (
  select calendar.part, {{ ref('stg_period_bounds') }}(calendar.part) as b from calendar
)
select
  parts.part,
  parts.b.kind as part_kind,
  case parts.b.kind when 'half' then 1 when 'quarter' then 2 else 3 end as part_rank,
  datediff('month', parts.b.start_date, parts.b.end_date + 1) as part_months,
  parts.b.end_date as part_end,
  year_of.months as target_months
from parts, year_of
where parts.b.start_date >= year_of.start_date
  and parts.b.end_date <= year_of.end_date
  and parts.b.kind <> year_of.kind
