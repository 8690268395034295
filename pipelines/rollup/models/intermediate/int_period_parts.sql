-- Which shorter periods make up a longer one: a year from halves, quarters or months; a half
-- from quarters or months; a quarter from months; nine months from quarters or months.
with periods as (
  select * from {{ ref('int_periods') }}
),
pairs as (
  select
    target.period as target,
    target.months as target_months,
    part.period as part,
    part.kind as part_kind,
    part.months as part_months,
    part.end_date as part_end
  from periods as target
  join periods as part
    on part.start_date >= target.start_date
   and part.end_date <= target.end_date
   and part.kind <> target.kind
  where target.kind in ('year', 'half', 'quarter', 'nine_months')
    and part.kind in ('half', 'quarter', 'month')
)
select * from pairs
