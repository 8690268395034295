-- The "current" version of a report: per (unit, period, form), the latest version whose status is
-- accepted or warning. Rejected versions are kept and listed but are never current, and a newer
-- rejected version does not displace an older valid one (the single writer numbers the versions of
-- a group 1, 2, ... so there are no ties).
-- This view is the rule's home. The ingest's version plan (submission-plan.ts) and the roll-up
-- pipeline's int_current_submissions apply it too and are tested equal to it
-- (packages/figures/test/current-version.test.ts). The pipeline reads fact_values joined to its own
-- current submissions; current_facts (redefined in 004) is for the API and ad-hoc reads.

create view current_submissions as
select s.*
from submissions s
where s.status in ('accepted', 'warning')
qualify row_number() over (partition by s.unit_code, s.period, s.form order by s.version desc) = 1;

create view current_facts as
select f.*
from facts f
join current_submissions c on c.id = f.submission_id;
