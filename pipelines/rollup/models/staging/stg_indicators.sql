with indicators as (
  select rowid as position, * from {{ source('main', 'indicators') }}
)
select
  code,
  position,
  label_vi,
  forms,
  value_type,
  aggregation,
  time_aggregation,
  numerator,
  denominator,
  category_set
from indicators
