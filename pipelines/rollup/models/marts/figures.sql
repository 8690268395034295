-- Every figure of a unit (p_unit; null = every unit) for one period: each catalog indicator
-- aggregated over the unit and its descendants active in the period (optionally only those in
-- the group p_group, e.g. 'so_huu:tu_nhan'), per option and total, with coverage. With p_as_of
-- (a date), restated onto the units in force on that date (spec §6, int_members): restated is
-- 'full' when exact, 'partial' when old units with a partial link that leaves the unit were left
-- out (partial_predecessors); predecessors are the old units the figure was restated from.
with all_members as materialized (
  select * from {{ ref('int_members') }}(p_unit, p_period, p_group, p_as_of)
),
members as materialized (
  select ancestor, descendant, descendant_type, linked from all_members where exact
),
indicators as (
  select * from {{ ref('stg_indicators') }}
),
expected as (
  select members.ancestor, types.indicator, count(distinct members.descendant) as expected_units
  from members
  join {{ ref('int_indicator_unit_types') }} as types on types.unit_type = members.descendant_type
  group by members.ancestor, types.indicator
),
vals as materialized (
  select members.ancestor, unit_values.unit_code as unit, unit_values.* exclude (unit_code)
  from members
  -- restated: the old units may lie under other ancestors of the period's tree, so every unit's values
  join {{ ref('unit_values') }}(case when p_as_of is null then p_unit end, p_period) as unit_values
    on unit_values.unit_code = members.descendant
),
plain as (
  select
    vals.ancestor,
    vals.indicator,
    vals.option,
    case indicators.aggregation
      when 'sum' then sum(vals.num_value)
      when 'share_true' then count(*) filter (where vals.bool_value)
      when 'list' then count(*) filter (where nullif(trim(vals.text_value), '') is not null)
    end::double as value,
    case when indicators.aggregation = 'share_true' then count(*) filter (where vals.bool_value) end::double as numerator,
    case when indicators.aggregation = 'share_true' then count(*) filter (where vals.bool_value is not null) end::double as denominator,
    count(*) filter (where coalesce(vals.num_value::varchar, vals.bool_value::varchar, nullif(trim(vals.text_value), '')) is not null) as reporting_units,
    coalesce(list(vals.unit order by vals.unit) filter (where indicators.aggregation = 'share_true' and not vals.bool_value), []) as false_units,
    list({unit: vals.unit, text: vals.text_value} order by vals.unit)
      filter (where indicators.aggregation = 'list' and nullif(trim(vals.text_value), '') is not null) as texts,
    bool_or(vals.derived) as derived
  from vals
  join indicators on indicators.code = vals.indicator
  where indicators.aggregation in ('sum', 'share_true', 'list')
  group by vals.ancestor, vals.indicator, vals.option, indicators.aggregation
),
distribution_units as (
  select vals.ancestor, vals.indicator, vals.unit, vals.text_value, vals.derived, indicators.category_set
  from vals
  join indicators on indicators.code = vals.indicator
  where indicators.aggregation = 'distribution' and vals.option is null and vals.text_value is not null
),
distribution_base as (
  select ancestor, indicator, category_set, count(*) as reporting_units, bool_or(derived) as derived
  from distribution_units
  group by ancestor, indicator, category_set
),
distribution as (
  select
    base.ancestor,
    base.indicator,
    options.option_code as option,
    count(units.unit)::double as value,
    null::double as numerator,
    null::double as denominator,
    base.reporting_units,
    []::varchar[] as false_units,
    null as texts,
    base.derived
  from distribution_base as base
  join {{ source('main', 'category_options') }} as options on options.category_set = base.category_set
  left join distribution_units as units
    on units.ancestor = base.ancestor and units.indicator = base.indicator and units.text_value = options.option_code
  group by base.ancestor, base.indicator, options.option_code, base.reporting_units, base.derived
  union all
  select ancestor, indicator, null, reporting_units::double, null, null, reporting_units, [], null, derived
  from distribution_base
),
ratio_parts as (
  select
    vals.ancestor,
    indicators.code as indicator,
    sum(vals.num_value) filter (where vals.indicator = indicators.numerator) as numerator,
    sum(vals.num_value) filter (where vals.indicator = indicators.denominator) as denominator,
    count(distinct vals.unit) as reporting_units,
    bool_or(vals.derived) as derived
  from indicators
  join vals on vals.indicator in (indicators.numerator, indicators.denominator) and vals.option is null
  where indicators.aggregation = 'ratio'
  group by vals.ancestor, indicators.code
),
ratio as (
  select
    ancestor,
    indicator,
    null::varchar as option,
    -- recomputed from the summed parts, never an average of the units' percentages
    numerator / nullif(denominator, 0) as value,
    numerator,
    denominator,
    reporting_units,
    []::varchar[] as false_units,
    null as texts,
    derived
  from ratio_parts
),
figures as materialized (
  select * from plain
  union all by name
  select * from distribution
  union all by name
  select * from ratio
),
restatement as (
  select
    all_members.ancestor,
    types.indicator,
    coalesce(list(distinct all_members.descendant order by all_members.descendant)
      filter (where all_members.exact and all_members.linked), []) as predecessors,
    coalesce(list(distinct all_members.descendant order by all_members.descendant) filter (where not all_members.exact), []) as partial_predecessors
  from all_members
  join {{ ref('int_indicator_unit_types') }} as types on types.unit_type = all_members.descendant_type
  where p_as_of is not null
  group by all_members.ancestor, types.indicator
),
unreported as (
  select expected.ancestor, expected.indicator
  from expected
  where not exists (
    select 1 from figures where figures.ancestor = expected.ancestor and figures.indicator = expected.indicator
  )
),
complete as (
  select * from figures
  union all by name
  select ancestor, indicator, null::varchar as option, null::double as value, 0 as reporting_units,
         []::varchar[] as false_units, false as derived
  from unreported
)
select
  complete.ancestor as unit_code,
  p_period as period,
  complete.indicator,
  complete.option,
  complete.value,
  complete.numerator,
  complete.denominator,
  complete.reporting_units,
  coalesce(expected.expected_units, 0) as expected_units,
  complete.false_units,
  complete.texts,
  coalesce(complete.derived, false) as derived,
  indicators.position as indicator_position,
  indicators.label_vi as label,
  indicators.aggregation,
  case
    when len(restatement.partial_predecessors) > 0 then 'partial'
    when len(restatement.predecessors) > 0 then 'full'
  end as restated,
  coalesce(restatement.predecessors, []) as predecessors,
  coalesce(restatement.partial_predecessors, []) as partial_predecessors
from complete
join indicators on indicators.code = complete.indicator
left join expected on expected.ancestor = complete.ancestor and expected.indicator = complete.indicator
left join restatement on restatement.ancestor = complete.ancestor and restatement.indicator = complete.indicator
