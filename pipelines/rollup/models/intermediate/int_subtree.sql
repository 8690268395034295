-- p_unit (null: every unit) and every unit below it, any depth, whose path is active during
-- p_period (validity dates overlap the period). Each unit is its own ancestor.
with bounds as (
  select {{ ref('stg_period_bounds') }}(p_period) as b
)
select closure.ancestor, closure.descendant, closure.descendant_type
from {{ ref('int_unit_closure') }} as closure, bounds
where (p_unit is null or closure.ancestor = p_unit)
  and closure.valid_from <= bounds.b.end_date
  and closure.valid_to >= bounds.b.start_date
