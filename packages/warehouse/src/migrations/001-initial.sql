-- tonghop warehouse, version 1. Every table lives in schema main; pipelines write to their own schemas.

create sequence submission_id_seq start 1;
create sequence audit_id_seq start 1;

create table units (
  code        varchar primary key,
  name        varchar not null,
  type        varchar not null,      -- tinh | huyen | xa | co_quan | doanh_nghiep | mat_tran
  parent_code varchar,               -- null for the root
  valid_from  date,                  -- null = open
  valid_to    date                   -- null = open (inclusive)
);

create table unit_groups (
  unit_code varchar not null,
  key       varchar not null,        -- so_huu
  value     varchar not null,        -- tu_nhan
  primary key (unit_code, key, value)
);

create table indicators (
  code             varchar primary key,
  forms            varchar[] not null,
  label_vi         varchar not null,
  unit_vi          varchar not null,
  value_type       varchar not null,
  aggregation      varchar not null,
  time_aggregation varchar,
  numerator        varchar,
  denominator      varchar,
  category_set     varchar
);

create table category_options (
  category_set varchar not null,
  option_code  varchar not null,
  label_vi     varchar not null,
  aliases      varchar[] not null,
  primary key (category_set, option_code)
);

-- The original files, by content. Bytes live in the blob store (content-addressed, beside the db).
create table files (
  sha256      varchar primary key,
  size        bigint not null,
  first_name  varchar not null,
  stored_at   timestamptz not null
);

create table submissions (
  id           bigint primary key default nextval('submission_id_seq'),
  unit_code    varchar not null,
  period       varchar not null,
  form         varchar not null,
  version      integer not null,       -- 1, 2, ... per (unit, period, form)
  supersedes   bigint,                 -- the submission that was current before this one
  status       varchar not null,       -- accepted | warning | rejected
  plugin       varchar not null,
  file_sha256  varchar not null,
  file_name    varchar not null,
  sheet        varchar,                -- the sheet it came from, when a workbook
  draft_key    varchar not null,       -- sha256 of (file sha, unit, period, form): byte-identical re-ingest
  uploaded_by  varchar not null,
  received_at  timestamptz not null,
  fact_count   integer not null
);

create table facts (
  submission_id bigint not null,
  unit_code     varchar not null,
  period        varchar not null,
  form          varchar not null,
  indicator     varchar not null,
  option        varchar,               -- category option code, null for the indicator itself
  num_value     double,                -- integer, percent (fraction)
  bool_value    boolean,
  text_value    varchar,               -- text; for category indicators the option code chosen
  source_file   varchar not null,
  source_sheet  varchar,
  source_cell   varchar,
  source_line   integer
);

create table validation_results (
  submission_id bigint not null,
  severity      varchar not null,      -- error | warning
  rule          varchar not null,      -- R01.. or a stable code such as VALUE_NOT_NUMBER
  cell          varchar,               -- "Sheet!D12", "dòng 14" ...
  message       varchar not null
);

create table audit_log (
  id      bigint primary key default nextval('audit_id_seq'),
  logged_at timestamptz not null,      -- `at` is a reserved word in DuckDB
  actor   varchar not null,
  action  varchar not null,            -- units.import, submission.store, submission.refuse, user.add, pipeline.run, access.denied ...
  target  varchar,
  detail  json
);
