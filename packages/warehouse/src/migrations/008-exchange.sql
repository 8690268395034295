-- tonghop warehouse, version 8 (owned by @tonghop/exchange): Parquet export and import between
-- instances (spec §9). Every instance has a stable id, written into its exports; a national
-- instance records each export it imported and where each imported submission and unit came from.

create table exchange_instance (
  id         varchar primary key,       -- a UUID, made once, when this migration runs
  created_at timestamptz not null
);
insert into exchange_instance select uuid()::varchar, now();

create table exchange_imports (
  id             varchar primary key,   -- a UUID per import
  export_id      varchar not null unique, -- the export's manifest.export_id: a re-import is recognised by it
  instance_id    varchar not null,      -- the exporting instance (manifest.instance.id)
  instance_name  varchar not null,
  exported_at    timestamptz not null,
  schema_version integer not null,
  provinces      varchar[] not null,    -- codes of the provinces the export holds
  source         varchar not null,      -- the folder it was read from
  imported_at    timestamptz not null,
  imported_by    varchar not null,
  counts         json not null          -- rows per table
);

-- Where an imported submission came from. Local submissions have no row here.
create table submission_origins (
  submission_id   bigint primary key,   -- submissions.id on this instance
  import_id       varchar not null,     -- exchange_imports.id
  instance_id     varchar not null,     -- the instance where it was first stored
  instance_name   varchar not null,
  exported_at     timestamptz not null,
  original_id     bigint not null,      -- its id on that instance
  original_sha256 varchar not null      -- the hash of its original file there
);

-- Which instance a unit came from (a unit may arrive from several when their data is identical).
create table unit_origins (
  unit_code   varchar not null,
  instance_id varchar not null,
  import_id   varchar not null,
  primary key (unit_code, instance_id)
);
