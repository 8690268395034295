-- The current version (latest valid one) of each unit and form under p_unit, for p_period and for
-- the sub-periods it can be derived from. first_received_at: when its first valid version came.
-- A sub-period counts only when one version of the unit spans it and the end of p_period: a code
-- reused on 1 July 2025 never adds the old commune's January–June to the new commune's year.
with target as (
  select {{ ref('stg_period_bounds') }}(p_period) as b
),
units as (
  select distinct descendant as unit_code from {{ ref('int_subtree') }}(p_unit, p_period)
),
periods as (
  select p_period as period, null::varchar as part_kind, null::integer as part_rank,
         null::integer as part_months, null::date as part_end, null::integer as target_months
  union all
  select part, part_kind, part_rank, part_months, part_end, target_months from {{ ref('int_period_parts') }}(p_period)
),
valid as (
  select submissions.*
  from {{ ref('stg_submissions') }} as submissions
  join units on units.unit_code = submissions.unit_code
  where submissions.period in (select period from periods)
)
select
  valid.*,
  min(valid.received_at) over (partition by valid.unit_code, valid.period, valid.form) as first_received_at,
  periods.part_kind,
  periods.part_rank,
  periods.part_months,
  periods.part_end,
  periods.target_months
from valid
join periods on periods.period = valid.period
where periods.part_kind is null
   or exists (
     select 1 from {{ ref('stg_units') }} as versions, target
     where versions.code = valid.unit_code
       and versions.valid_from <= {{ ref('stg_period_bounds') }}(valid.period).start_date
       and versions.valid_to >= target.b.end_date
   )
qualify row_number() over (partition by valid.unit_code, valid.period, valid.form order by valid.version desc, valid.submission_id desc) = 1
