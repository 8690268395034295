with submissions as (
  select * from {{ source('main', 'submissions') }}
)
select
  id as submission_id,
  unit_code,
  period,
  form,
  version,
  status,
  received_at,
  file_name,
  file_sha256
from submissions
-- rejected versions never count
where status in ('accepted', 'warning')
