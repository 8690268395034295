-- For a unit, period and form: every expected unit (active units of the form's unit type under
-- the unit, itself included, during the period) with when its first valid version arrived and
-- whether that was before p_deadline (a timestamptz).
with bounds as (
  select {{ ref('period_bounds') }}(p_period) as b
),
expected as (
  select closure.descendant as unit_code
  from {{ ref('int_unit_closure') }} as closure, bounds
  join {{ ref('stg_form_unit_types') }} as form_types on form_types.form = p_form
  where closure.ancestor = p_unit
    and closure.descendant_type = form_types.unit_type
    and closure.valid_from <= bounds.b.end_date
    and closure.valid_to >= bounds.b.start_date
),
valid as (
  select unit_code, min(received_at) as first_received_at, max(version) as version
  from {{ ref('stg_submissions') }}
  where period = p_period and form = p_form
  group by unit_code
),
rejected as (
  select distinct unit_code
  from {{ source('main', 'submissions') }}
  where period = p_period and form = p_form and status = 'rejected'
)
select
  expected.unit_code,
  valid.first_received_at,
  case
    when valid.unit_code is null then 'missing'
    when valid.first_received_at < p_deadline then 'on_time'
    else 'late'
  end as status,
  rejected.unit_code is not null as has_rejected
from expected
left join valid on valid.unit_code = expected.unit_code
left join rejected on rejected.unit_code = expected.unit_code
