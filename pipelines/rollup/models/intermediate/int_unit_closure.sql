-- Every (ancestor, descendant) pair of the unit tree, any depth, each unit its own ancestor
-- (depth 0). valid_from/valid_to is the intersection of the validity of every unit on the path:
-- the descendant belongs to the ancestor during a period when that range overlaps the period.
with recursive units as (
  select * from {{ ref('stg_units') }}
),
closure(ancestor, descendant, depth, valid_from, valid_to) as (
  select code, code, 0, valid_from, valid_to from units
  union all
  select parent.code, closure.descendant, closure.depth + 1,
         greatest(closure.valid_from, parent.valid_from), least(closure.valid_to, parent.valid_to)
  from closure
  join units as child on child.code = closure.ancestor
  join units as parent on parent.code = child.parent_code
  where closure.depth < 32
)
select
  closure.ancestor,
  closure.descendant,
  descendant.type as descendant_type,
  closure.depth,
  closure.valid_from,
  closure.valid_to
from closure
join units as descendant on descendant.code = closure.descendant
where closure.valid_from <= closure.valid_to
