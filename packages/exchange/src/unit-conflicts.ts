import type { Tx } from '@tonghop/warehouse';
import { VERSION_GROUPS } from './layout';

export interface UnitConflict {
  code: string;
  name: string;
  existingName: string;
  /** `other_instance`: the unit here came from another instance, or was made here; `same_instance`: a newer export of its own instance. */
  kind: 'other_instance' | 'same_instance';
  /** Who the unit here came from: the instances' names (and provinces), or "cơ sở dữ liệu này". */
  existingFrom: string;
}

/**
 * Units of the staged export (`exchange_imp_units`) that are already here with different data
 * (name, type, parent, validity or groups). Allowed only when this database got that unit from the
 * same instance before (a newer export replaces it); otherwise the import is refused.
 */
/** Per code, every version as one comparable list (name, type, parent, validity, groups), from `units` here (only the staged codes) or the staged export. */
export const HERE_VERSIONS = `select u.code, arg_max(u.name, coalesce(u.valid_from, date '0001-01-01')) as name,
    list(struct_pack(name := u.name, type := u.type, parent_code := u.parent_code, valid_from := u.valid_from, valid_to := u.valid_to,
                     groups := ${VERSION_GROUPS}) order by u.valid_from nulls first) as versions
  from main.units as u where u.code in (select code from exchange_imp_units) group by u.code`;

export const STAGED_VERSIONS = `select u.code, arg_max(u.name, coalesce(u.valid_from, date '0001-01-01')) as name,
    list(struct_pack(name := u.name, type := u.type, parent_code := u.parent_code, valid_from := u.valid_from, valid_to := u.valid_to,
                     groups := list_sort(u.groups)) order by u.valid_from nulls first) as versions
  from exchange_imp_units as u group by u.code`;

/**
 * Units of the staged export (`exchange_imp_units`) that are already here with different data
 * (any version's name, type, parent, validity or groups). Allowed only when this database got that
 * unit from the same instance before (a newer export replaces it); otherwise the import is refused.
 */
export async function findUnitConflicts(tx: Tx, instanceId: string): Promise<UnitConflict[]> {
  const rows = await tx.query<{ code: string; name: string; existing_name: string; same_instance: boolean; existing_from: string | null }>(
    `with here as (${HERE_VERSIONS}),
     staged as (${STAGED_VERSIONS}),
     origins as (
       select o.unit_code,
              bool_or(o.instance_id = $1) as same_instance,
              string_agg(distinct i.instance_name || ' (tỉnh ' || array_to_string(i.provinces, ', ') || ')', ', ') as existing_from
       from main.unit_origins o join main.exchange_imports i on i.id = o.import_id
       group by o.unit_code
     )
     select x.code, x.name, h.name as existing_name, coalesce(o.same_instance, false) as same_instance, o.existing_from
     from staged x
     join here h on h.code = x.code
     left join origins o on o.unit_code = x.code
     where x.versions is distinct from h.versions
     order by x.code`,
    [instanceId],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    existingName: r.existing_name,
    kind: r.same_instance ? 'same_instance' : 'other_instance',
    existingFrom: r.existing_from ?? 'cơ sở dữ liệu này',
  }));
}
