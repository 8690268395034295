-- p_unit (null: every unit) and every unit below it, any depth, whose path is active during
-- p_period (validity dates overlap the period). Each unit is its own ancestor. A code reached
-- through several versions (spec §2: reused codes) counts once, by its latest path. A period that
-- straddles a reorganisation uses the map in force at its end (spec §6): a unit whose path ends
-- before a crosswalk link of it that takes effect inside the period is left out.
with bounds as (
  select {{ ref('stg_period_bounds') }}(p_period) as b
)
select closure.ancestor, closure.descendant, closure.descendant_type
from {{ ref('int_unit_closure') }} as closure, bounds
where (p_unit is null or closure.ancestor = p_unit)
  and closure.valid_from <= bounds.b.end_date
  and closure.valid_to >= bounds.b.start_date
  and not exists (
    select 1 from {{ source('main', 'unit_links') }} as links
    where links.old_code = closure.descendant
      and links.effective > bounds.b.start_date
      and links.effective <= bounds.b.end_date
      and closure.valid_to < links.effective
  )
qualify row_number() over (partition by closure.ancestor, closure.descendant order by closure.valid_from desc) = 1
