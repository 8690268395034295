-- One value per unit, period, indicator and option: the facts of the current submission, or
-- for a derived period the sub-periods combined by the indicator's time_aggregation. For an
-- indicator with options, the unit's total is the sum over its options (a submitted total
-- is kept only when the unit gave no options).
with facts as (
  select * from {{ source('main', 'facts') }}
),
indicators as (
  select * from {{ ref('stg_indicators') }}
),
direct as (
  select
    facts.unit_code,
    facts.period,
    facts.indicator,
    facts.option,
    facts.num_value,
    facts.bool_value,
    facts.text_value,
    false as derived,
    [facts.submission_id] as submission_ids
  from facts
  join {{ ref('int_current_submissions') }} as current_subs on current_subs.submission_id = facts.submission_id
),
derived_parts as (
  select
    derived_subs.unit_code,
    derived_subs.period,
    unnest(derived_subs.submission_ids) as submission_id,
    unnest(derived_subs.parts) as part
  from {{ ref('int_derived_submissions') }} as derived_subs
),
derived_facts as (
  select
    derived_parts.unit_code,
    derived_parts.period,
    facts.indicator,
    facts.option,
    case indicators.time_aggregation
      when 'sum' then sum(facts.num_value)
      when 'last' then arg_max(facts.num_value, periods.end_date) filter (where facts.num_value is not null)
    end as num_value,
    case indicators.time_aggregation
      when 'any' then bool_or(facts.bool_value)
      when 'last' then arg_max(facts.bool_value, periods.end_date) filter (where facts.bool_value is not null)
    end as bool_value,
    case indicators.time_aggregation
      when 'list' then string_agg(facts.text_value, chr(10) order by periods.end_date)
      when 'last' then arg_max(facts.text_value, periods.end_date) filter (where facts.text_value is not null)
    end as text_value,
    true as derived,
    list(distinct facts.submission_id order by facts.submission_id) as submission_ids
  from derived_parts
  join facts on facts.submission_id = derived_parts.submission_id
  join indicators on indicators.code = facts.indicator
  join {{ ref('int_periods') }} as periods on periods.period = derived_parts.part
  group by derived_parts.unit_code, derived_parts.period, facts.indicator, facts.option, indicators.time_aggregation
),
all_values as (
  select * from direct
  union all
  select * from derived_facts
),
option_totals as (
  select
    unit_code,
    period,
    indicator,
    null::varchar as option,
    sum(num_value) as num_value,
    null::boolean as bool_value,
    null::varchar as text_value,
    bool_or(derived) as derived,
    list_distinct(flatten(list(submission_ids))) as submission_ids
  from all_values
  where option is not null
  group by unit_code, period, indicator
),
submitted_totals as (
  select * from all_values
  where option is null
    and not exists (
      select 1 from option_totals
      where option_totals.unit_code = all_values.unit_code
        and option_totals.period = all_values.period
        and option_totals.indicator = all_values.indicator
    )
)
select * from all_values where option is not null
union all
select * from option_totals
union all
select * from submitted_totals
