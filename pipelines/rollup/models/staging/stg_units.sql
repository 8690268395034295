with units as (
  select * from {{ source('main', 'units') }}
)
select
  code,
  name,
  type,
  parent_code,
  -- open validity becomes a far date so that range tests need no null handling
  coalesce(valid_from, date '0001-01-01') as valid_from,
  coalesce(valid_to, date '9999-12-31') as valid_to
from units
