-- tonghop warehouse, version 6: unit versions (spec §2) and the crosswalk (spec §6).
-- A code may have several versions with validity ranges that do not overlap: `units` loses its
-- primary key on `code`; a version is (code, valid_from) (valid_from null = open start), and the
-- import refuses overlapping versions. Groups belong to a version.

create table unit_versions (
  code        varchar not null,
  name        varchar not null,
  type        varchar not null,      -- tinh | huyen | xa | co_quan | doanh_nghiep | mat_tran
  parent_code varchar,               -- the parent's code; its version is the one in force at the same time
  valid_from  date,                  -- null = open (inclusive)
  valid_to    date                   -- null = open (inclusive)
);
insert into unit_versions select code, name, type, parent_code, valid_from, valid_to from units order by code;
drop table units;
alter table unit_versions rename to units;

create table unit_version_groups (
  unit_code  varchar not null,
  valid_from date,                   -- the version's valid_from (null = the version with an open start)
  key        varchar not null,
  value      varchar not null
);
insert into unit_version_groups select unit_code, null, key, value from unit_groups;
drop table unit_groups;
alter table unit_version_groups rename to unit_groups;

-- Links between the versions that end the day before `effective` and those that start on it.
create table unit_links (
  level       varchar not null,      -- the crosswalk's level: tinh | xa (the units' type)
  old_code    varchar not null,
  new_code    varchar not null,
  link        varchar not null,      -- full: the whole old unit went into the new one; partial: part of it
  effective   date not null,
  imported_at timestamptz not null,
  primary key (old_code, new_code, effective)
);

-- The version of each unit in force in [p_start, p_end]: among the versions that overlap it, the
-- one that starts last (a period that straddles a change takes the version in force at its end).
-- Mirrors versionInForce of @tonghop/core (a test compares them).
create macro units_in_force(p_start, p_end) as table
  select *
  from units
  where coalesce(valid_from, date '0001-01-01') <= p_end::date
    and coalesce(valid_to, date '9999-12-31') >= p_start::date
  qualify row_number() over (partition by code order by coalesce(valid_from, date '0001-01-01') desc) = 1;
