-- Every (ancestor, descendant) pair of the unit tree, any depth, each unit its own ancestor
-- (depth 0). valid_from/valid_to is the intersection of the validity of every unit on the path:
-- the descendant belongs to the ancestor during a period when that range overlaps the period.
with recursive units as (
  select * from {{ ref('stg_units') }}
),
closure(ancestor, descendant, descendant_type, depth, valid_from, valid_to) as (
  select code, code, type, 0, valid_from, valid_to from units
  union all
  select closure.ancestor, child.code, child.type, closure.depth + 1,
         greatest(closure.valid_from, child.valid_from), least(closure.valid_to, child.valid_to)
  from closure
  join units as child on child.parent_code = closure.descendant
  where closure.depth < 32
)
select ancestor, descendant, descendant_type, depth, valid_from, valid_to
from closure
where valid_from <= valid_to
