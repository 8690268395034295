-- The current version of each unit / period / form: the latest valid one.
with valid as (
  select * from {{ ref('stg_submissions') }}
),
ranked as (
  select
    *,
    row_number() over (partition by unit_code, period, form order by version desc, submission_id desc) as recency,
    min(received_at) over (partition by unit_code, period, form) as first_received_at
  from valid
)
select
  submission_id,
  unit_code,
  period,
  form,
  version,
  status,
  received_at,
  first_received_at,
  file_name,
  file_sha256
from ranked
where recency = 1
