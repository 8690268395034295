-- One value per unit under p_unit, indicator and option for p_period: the facts of the unit's
-- current submission, or — when it has none for the period — its sub-period submissions that
-- cover the whole period (coarsest first), combined by the indicator's time_aggregation
-- (derived = true). For an indicator with options, the unit's total is the sum of its options
-- (a submitted total is kept only when the unit gave no options).
with subs as materialized (
  select * from {{ ref('int_current_submissions') }}(p_unit, p_period)
),
direct_subs as (
  select * from subs where period = p_period
),
part_subs as (
  select * from subs where part_kind is not null
),
covering as (
  select unit_code, form, part_kind, min(part_rank) as part_rank
  from part_subs
  group by unit_code, form, part_kind
  having sum(part_months) = max(target_months)
),
chosen as (
  select unit_code, form, arg_min(part_kind, part_rank) as part_kind
  from covering
  where not exists (
    select 1 from direct_subs where direct_subs.unit_code = covering.unit_code and direct_subs.form = covering.form
  )
  group by unit_code, form
),
derived_subs as (
  select part_subs.submission_id, part_subs.unit_code, part_subs.part_end
  from part_subs
  join chosen using (unit_code, form, part_kind)
),
indicators as (
  select * from {{ ref('stg_indicators') }}
),
direct as (
  select direct_subs.unit_code, facts.indicator, facts.option, facts.num_value, facts.bool_value, facts.text_value,
         false as derived, [facts.submission_id] as submission_ids
  -- fact_values, not the facts view: the unit comes from the submission already at hand. The few
  -- submissions (one row each) are the build side of the join, the facts are only probed.
  from {{ source('main', 'fact_values') }} as facts
  join direct_subs on direct_subs.submission_id = facts.submission_id
),
derived_facts as (
  select
    derived_subs.unit_code,
    facts.indicator,
    facts.option,
    case any_value(indicators.time_aggregation)
      when 'sum' then sum(facts.num_value)
      when 'last' then arg_max(facts.num_value, derived_subs.part_end) filter (where facts.num_value is not null)
    end as num_value,
    case any_value(indicators.time_aggregation)
      when 'any' then bool_or(facts.bool_value)
      when 'last' then arg_max(facts.bool_value, derived_subs.part_end) filter (where facts.bool_value is not null)
    end as bool_value,
    case any_value(indicators.time_aggregation)
      when 'list' then string_agg(facts.text_value, chr(10) order by derived_subs.part_end)
      when 'last' then arg_max(facts.text_value, derived_subs.part_end) filter (where facts.text_value is not null)
    end as text_value,
    true as derived,
    list(distinct facts.submission_id order by facts.submission_id) as submission_ids
  from derived_subs
  join (
    select * from {{ source('main', 'fact_values') }}
    where submission_id in (select submission_id from derived_subs)
  ) as facts on facts.submission_id = derived_subs.submission_id
  join indicators on indicators.code = facts.indicator
  group by derived_subs.unit_code, facts.indicator, facts.option
),
all_values as materialized (
  select * from direct
  union all
  select * from derived_facts
),
option_totals as (
  select unit_code, indicator, null::varchar as option, sum(num_value) as num_value, null::boolean as bool_value,
         null::varchar as text_value, bool_or(derived) as derived, list_distinct(flatten(list(submission_ids))) as submission_ids
  from all_values
  where option is not null
  group by unit_code, indicator
)
select * from all_values where option is not null
union all
select * from option_totals
union all
select * from all_values
where option is null
  and not exists (
    select 1 from option_totals
    where option_totals.unit_code = all_values.unit_code and option_totals.indicator = all_values.indicator
  )
