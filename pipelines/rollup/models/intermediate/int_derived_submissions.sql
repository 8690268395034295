-- For a unit, form and longer period without a current submission of its own, the sub-period
-- submissions that cover the whole period (coarsest kind first: halves, then quarters, months).
with current_subs as (
  select * from {{ ref('int_current_submissions') }}
),
parts as (
  select * from {{ ref('int_period_parts') }}
),
candidates as (
  select
    current_subs.unit_code,
    current_subs.form,
    parts.target as period,
    parts.part_kind,
    sum(parts.part_months) as covered_months,
    max(parts.target_months) as target_months,
    list(current_subs.submission_id order by parts.part_end) as submission_ids,
    list(parts.part order by parts.part_end) as parts
  from current_subs
  join parts on parts.part = current_subs.period
  group by current_subs.unit_code, current_subs.form, parts.target, parts.part_kind
),
chosen as (
  select
    *,
    row_number() over (
      partition by unit_code, form, period
      order by case part_kind when 'half' then 1 when 'quarter' then 2 else 3 end
    ) as preference
  from candidates
  where covered_months = target_months
)
select unit_code, form, period, part_kind, submission_ids, parts
from chosen
where preference = 1
  and not exists (
    select 1 from current_subs as direct
    where direct.unit_code = chosen.unit_code and direct.form = chosen.form and direct.period = chosen.period
  )
