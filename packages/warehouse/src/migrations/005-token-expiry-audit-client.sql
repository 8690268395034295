-- tonghop warehouse, version 5 (issue 12): tokens that expire and show their last use; the
-- client address of each audit entry ("from where").

alter table tokens add column expires_at timestamptz;    -- null = never expires
alter table tokens add column last_used_at timestamptz;  -- updated at most once a minute per token
alter table audit_log add column client varchar;         -- the HTTP client's address, or cli@<host> for the CLI
