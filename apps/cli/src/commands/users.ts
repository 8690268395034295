import { defineCommand } from 'citty';
// Roles only (a light module): the API itself loads when the command runs, not for --help.
import { isRole, ROLES } from '@tonghop/api/roles';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

const add = defineCommand({
  meta: { name: 'add', description: 'Tạo người dùng API và in mã truy cập (token) một lần duy nhất' },
  args: {
    ...globalArgs,
    name: { type: 'string', description: 'Tên người dùng', required: true, valueHint: 'NAME' },
    role: { type: 'string', description: `Vai trò: ${ROLES.join(' | ')}`, required: true, valueHint: 'ROLE' },
    unit: {
      type: 'string',
      description: 'Mã đơn vị (bắt buộc với uploader: được nộp cho đơn vị này và các đơn vị cấp dưới)',
      valueHint: 'CODE',
    },
  },
  async run({ args }) {
    if (!isRole(args.role)) throw new UsageError(`Vai trò "${args.role}" không hợp lệ (${ROLES.join(', ')}).`);
    const role = args.role;
    await withContext(args, async (ctx) => {
      const { addUser } = await import('@tonghop/api');
      const user = await addUser(
        ctx.warehouse,
        { name: args.name, role, unitCode: args.unit ?? null },
        { actor: ctx.actor, clock: ctx.clock },
      );
      ctx.out.data(user);
      ctx.out.line(`Đã tạo người dùng "${user.name}" (vai trò ${user.role}${user.unit ? `, đơn vị ${user.unit}` : ''}).`);
      ctx.out.line('Mã truy cập (token) — chỉ hiện MỘT lần, hãy lưu lại ngay:');
      ctx.out.line(user.token);
      reportExit(EXIT.OK);
    });
  },
});

export default defineCommand({
  meta: { name: 'users', description: 'Người dùng và mã truy cập của API' },
  args: { ...globalArgs },
  subCommands: { add },
});
