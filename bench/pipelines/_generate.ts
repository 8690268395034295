/**
 * Synthetic national-scale data, written with DuckDB SQL (`range()`, `hash()`) straight into the
 * warehouse tables: 34 provinces, 3,321 communes, 20,000 agencies, 100,000 enterprises, a Front
 * committee per province and commune; every unit submits its form for each of 4 half-years.
 */
import type { Warehouse } from '../../packages/warehouse/src/index';

export const PERIODS = ['2024S1', '2024S2', '2025S1', '2025S2'];

const code = (prefix: string, width: number, expr: string) => `'${prefix}' || lpad((${expr})::varchar, ${width}, '0')`;

const UNITS = `
insert into units (code, name, type, parent_code, valid_from, valid_to)
select ${code('P', 2, 'i')}, 'Tỉnh ' || i, 'tinh', null, null, null from range(1, 35) t(i)
union all
select ${code('X', 5, 'i')}, 'Xã ' || i, 'xa', ${code('P', 2, 'i % 34 + 1')}, null, null from range(1, 3322) t(i)
union all
select ${code('C', 6, 'i')}, 'Cơ quan ' || i, 'co_quan',
       case when i <= 2000 then ${code('P', 2, 'i % 34 + 1')} else ${code('X', 5, 'i % 3321 + 1')} end, null, null
from range(1, 20001) t(i)
union all
select ${code('D', 6, 'i')}, 'Doanh nghiệp ' || i, 'doanh_nghiep', ${code('X', 5, 'i % 3321 + 1')}, null, null from range(1, 100001) t(i)
union all
select 'M' || code, 'Mặt trận ' || name, 'mat_tran', code, null, null from units where type in ('tinh', 'xa')`;

const GROUPS = `
insert into unit_groups (unit_code, key, value)
select code, 'so_huu', case hash(code) % 10 when 0 then 'nha_nuoc' when 1 then 'fdi' else 'tu_nhan' end
from units where type = 'doanh_nghiep'`;

const SUBMISSIONS = `
insert into submissions (id, unit_code, period, form, version, supersedes, status, plugin, file_sha256, file_name,
                         sheet, draft_key, uploaded_by, received_at, fact_count)
select nextval('submission_id_seq'), u.code, p.period, m.form, 1, null,
       case when hash(u.code, p.period) % 40 = 0 then 'warning' else 'accepted' end, 'bench',
       sha256(u.code || p.period), u.code || '-' || p.period || '.xlsx', null, sha256(u.code || p.period || 'k'), 'bench',
       p.end_date::timestamptz + to_days((hash(u.code, p.period) % 40)::integer), 0
from units u
join (values ('xa', 'XA'), ('co_quan', 'CQ'), ('doanh_nghiep', 'DN'), ('mat_tran', 'MT')) m(type, form) on m.type = u.type
cross join (values ('2024S1', date '2024-06-30'), ('2024S2', date '2024-12-31'), ('2025S1', date '2025-06-30'), ('2025S2', date '2025-12-31')) p(period, end_date)
where hash(u.code, p.period) % 25 <> 0  -- 4% do not report`;

const FACTS = `
insert into fact_values
with ind as (select code, unnest(forms) as form, value_type, category_set from indicators),
cells as (
  select ind.*, o.option_code from ind
  left join category_options o on o.category_set = ind.category_set and ind.value_type <> 'category'
  where ind.code <> 'XEP_LOAI'   -- annual only
)
select s.id, c.code, c.option_code,
       case when c.value_type = 'integer' then (hash(s.id, c.code, c.option_code) % 200)::double end,
       case when c.value_type = 'boolean' then hash(s.id, c.code) % 10 < 8 end,
       case when c.value_type = 'text' then 'Ghi chú ' || s.unit_code end,
       'Biểu', 'D' || (10 + row_number() over (partition by s.id order by c.code, c.option_code)), null
from submissions s
join cells c on c.form = s.form
where c.value_type <> 'text' or hash(s.id, c.code) % 10 = 0`;

/** Fills an empty warehouse; returns row counts. */
export async function generateNational(wh: Warehouse): Promise<Record<string, number>> {
  await wh.write(async (tx) => {
    await tx.run(UNITS);
    await tx.run(GROUPS);
    await tx.run(SUBMISSIONS);
    await tx.run(FACTS);
    await tx.run(
      `update submissions set fact_count = n from (select submission_id, count(*) n from fact_values group by 1) f where f.submission_id = submissions.id`,
    );
  });
  const [counts] = await wh.query<Record<string, number>>(
    `select (select count(*) from units) as units, (select count(*) from submissions) as submissions, (select count(*) from fact_values) as facts`,
  );
  return counts ?? {};
}
