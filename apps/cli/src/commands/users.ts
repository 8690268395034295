import { defineCommand } from 'citty';
// Light modules only: the API package loads when a command runs (users-backend.ts), not for --help.
import { UPLOADER_DEFAULT_EXPIRY } from '@tonghop/api/expiry';
import { isRole, ROLES } from '@tonghop/api/roles';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { createOutput } from '../output';
import { usersBackend } from './users-backend';
import { formatUsers } from './users-format';

const remoteArgs = {
  server: {
    type: 'string',
    description: 'Địa chỉ máy chủ đang chạy (như TONGHOP_SERVER), khi máy chủ đang giữ cơ sở dữ liệu',
    valueHint: 'URL',
  },
  token: { type: 'string', description: 'Mã truy cập quản trị để gọi máy chủ (như TONGHOP_TOKEN)', valueHint: 'TOKEN' },
} as const;

const add = defineCommand({
  meta: { name: 'add', description: 'Tạo người dùng API và in mã truy cập (token) một lần duy nhất' },
  args: {
    ...globalArgs,
    ...remoteArgs,
    name: { type: 'string', description: 'Tên người dùng (không trùng)', required: true, valueHint: 'NAME' },
    role: { type: 'string', description: `Vai trò: ${ROLES.join(' | ')}`, required: true, valueHint: 'ROLE' },
    unit: {
      type: 'string',
      description: 'Mã đơn vị (bắt buộc với uploader: được nộp cho đơn vị này và các đơn vị cấp dưới)',
      valueHint: 'CODE',
    },
    expires: {
      type: 'string',
      description: `Thời hạn của mã: 90d, 12h, 30m hoặc never (mặc định ${UPLOADER_DEFAULT_EXPIRY} cho uploader, không hết hạn cho vai trò khác)`,
      valueHint: 'TIME',
    },
  },
  async run({ args }) {
    if (!isRole(args.role)) throw new UsageError(`Vai trò "${args.role}" không hợp lệ (${ROLES.join(', ')}).`);
    const out = createOutput(args.json === true);
    const user = await usersBackend(args).add({ name: args.name, role: args.role, unit: args.unit ?? null, expires: args.expires ?? null });
    out.data(user);
    out.line(`Đã tạo người dùng "${user.name}" (vai trò ${user.role}${user.unit ? `, đơn vị ${user.unit}` : ''}).`);
    out.line(user.expires_at ? `Mã hết hạn lúc ${user.expires_at}.` : 'Mã không hết hạn (thu hồi bằng: tonghop users revoke).');
    out.line('Mã truy cập (token) — chỉ hiện MỘT lần, hãy lưu lại ngay:');
    out.line(user.token);
    reportExit(EXIT.OK);
  },
});

const list = defineCommand({
  meta: { name: 'list', description: 'Liệt kê người dùng: vai trò, đơn vị, mã còn hiệu lực, hạn, lần dùng cuối' },
  args: { ...globalArgs, ...remoteArgs },
  async run({ args }) {
    const out = createOutput(args.json === true);
    const users = await usersBackend(args).list();
    out.data(users);
    for (const line of formatUsers(users)) out.line(line);
    reportExit(EXIT.OK);
  },
});

const revoke = defineCommand({
  meta: { name: 'revoke', description: 'Thu hồi mọi mã truy cập của một người dùng (theo tên hoặc mã id)' },
  args: {
    ...globalArgs,
    ...remoteArgs,
    user: { type: 'positional', description: 'Tên hoặc id người dùng', required: true, valueHint: 'USER' },
  },
  async run({ args }) {
    const out = createOutput(args.json === true);
    const r = await usersBackend(args).revoke(args.user);
    out.data(r);
    out.line(`Đã thu hồi ${r.revoked} mã truy cập của "${r.name}" (id ${r.id}).`);
    reportExit(EXIT.OK);
  },
});

export default defineCommand({
  meta: { name: 'users', description: 'Người dùng và mã truy cập của API' },
  args: { ...globalArgs },
  subCommands: { add, list, revoke },
});
