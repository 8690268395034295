-- For a unit, period and form: every expected unit (active units of the form's unit type under
-- the unit, itself included, during the period) with when its first valid version arrived and
-- whether that was before p_deadline (a timestamptz).
with expected as (
  select subtree.descendant as unit_code
  from {{ ref('int_subtree') }}(p_unit, p_period) as subtree
  join {{ ref('stg_form_unit_types') }} as form_types on form_types.unit_type = subtree.descendant_type
  where form_types.form = p_form
),
valid as (
  select submissions.unit_code, min(submissions.received_at) as first_received_at
  from {{ ref('stg_submissions') }} as submissions
  join expected on expected.unit_code = submissions.unit_code
  where submissions.period = p_period and submissions.form = p_form
  group by submissions.unit_code
),
rejected as (
  select distinct submissions.unit_code
  from {{ source('main', 'submissions') }} as submissions
  join expected on expected.unit_code = submissions.unit_code
  where submissions.period = p_period and submissions.form = p_form and submissions.status = 'rejected'
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
