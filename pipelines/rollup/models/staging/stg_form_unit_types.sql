-- Which unit type submits which form (spec §2); mirrors formForUnitType of @tonghop/core.
with mapping(form, unit_type) as (
  values ('XA', 'xa'), ('CQ', 'co_quan'), ('DN', 'doanh_nghiep'), ('MT', 'mat_tran')
)
select form, unit_type from mapping
