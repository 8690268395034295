import { defineCommand } from 'citty';
import { globalArgs } from '../global-args';

export default defineCommand({
  meta: { name: 'units', description: 'Danh mục đơn vị' },
  args: { ...globalArgs },
  subCommands: {
    import: () => import('./units-import').then((m) => m.default),
    crosswalk: () => import('./units-crosswalk').then((m) => m.default),
  },
});
