-- tonghop warehouse, version 2: API users and their tokens (owned by apps/api).
-- A token is shown once when created; only its sha256 (hex) is stored.

create table users (
  id         varchar primary key,     -- a UUID
  name       varchar not null,
  role       varchar not null,        -- admin | uploader | analyst | viewer
  unit_code  varchar,                 -- uploader: the root of the subtree it may submit for
  created_at timestamptz not null
);

create table tokens (
  hash       varchar primary key,     -- sha256(token), hex
  user_id    varchar not null,
  created_at timestamptz not null,
  revoked_at timestamptz
);
