-- The units whose values make the figures of each ancestor for p_period (spec §6).
-- Without p_as_of: the ancestor's subtree in the period (int_subtree), every member exact.
-- With p_as_of (a date): the ancestors are the units in force on p_as_of, and their members the
-- units in force in the period that went into them through the crosswalk links effective after
-- the period and on or before p_as_of (a unit without a link stays itself). An old unit is exact
-- for an ancestor when all its successors are under it; otherwise (a partial link that leaves
-- the ancestor) it is not counted and is listed as a partial predecessor, never split by a share.
with bounds as (
  select {{ ref('stg_period_bounds') }}(p_period) as b
),
grouped as (
  select unit_code from {{ source('main', 'unit_groups') }} where key || ':' || value = p_group
),
plain as (
  select ancestor, descendant, descendant_type, true as exact, false as linked
  from {{ ref('int_subtree') }}(p_unit, p_period)
  where p_as_of is null
),
new_tree as (
  select closure.ancestor, closure.descendant as new_code
  from {{ ref('int_unit_closure') }} as closure
  where p_as_of is not null
    and (p_unit is null or closure.ancestor = p_unit)
    and closure.valid_from <= p_as_of::date
    and closure.valid_to >= p_as_of::date
),
links as (
  select links.old_code, links.new_code, links.link
  from {{ source('main', 'unit_links') }} as links, bounds
  where p_as_of is not null and links.effective > bounds.b.end_date and links.effective <= p_as_of::date
),
period_units as (
  select units.code, units.type
  from {{ ref('stg_units') }} as units, bounds
  where p_as_of is not null and units.valid_from <= bounds.b.end_date and units.valid_to >= bounds.b.start_date
  qualify row_number() over (partition by units.code order by units.valid_from desc) = 1
),
mapped as (
  select old_code, new_code, true as linked from links
  union all
  select code, code, false from period_units where code not in (select old_code from links)
),
successors as (
  select old_code, count(*) as successors from mapped group by old_code
),
inside as (
  select new_tree.ancestor, mapped.old_code, bool_or(mapped.linked) as linked, count(*) as inside
  from mapped
  join new_tree on new_tree.new_code = mapped.new_code
  group by new_tree.ancestor, mapped.old_code
),
restated as (
  select inside.ancestor, inside.old_code as descendant, period_units.type as descendant_type,
         inside.inside = successors.successors as exact, inside.linked
  from inside
  join successors on successors.old_code = inside.old_code
  join period_units on period_units.code = inside.old_code
),
members as (
  select * from plain
  union all
  select * from restated
)
select * from members
where p_group is null or descendant in (select unit_code from grouped)
