import { z } from '@hono/zod-openapi';
import { FORM_CODES, isPeriodCode, PERIOD_CODE_EXAMPLES, PERIOD_KINDS, UNIT_TYPES, type UnitType } from '@tonghop/core';
import type { RollupFigure } from '@tonghop/figures';

/** Every request and response schema of the API, declared once; the OpenAPI document comes from these. */

export const ErrorSchema = z
  .object({
    code: z.string().openapi({ example: 'INVALID_PARAMETER' }),
    message: z.string().openapi({ example: 'Tham số "period" không hợp lệ: "2022X".' }),
  })
  .openapi('Error');

/** A period code, as core reads it (the one grammar of periods). */
export const PeriodParam = z
  .string()
  .refine(isPeriodCode)
  .openapi({ example: '2022S1', description: `Mã kỳ: ${PERIOD_CODE_EXAMPLES}` });
export const UnitParam = z.string().min(1).max(64).openapi({ example: '679' });
export const FormParam = z.enum(FORM_CODES).openapi({ example: 'XA' });
export const GroupParam = z
  .string()
  .regex(/^[a-z0-9_]+:[a-z0-9_]+$/)
  .openapi({ example: 'so_huu:tu_nhan' });
/** Plain decimal digits only: `0x10`, `+1`, ` 1`, `1e3` and `01` are refused, not read as numbers. */
export const IdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/)
    .transform(Number)
    .openapi({ param: { name: 'id', in: 'path' }, example: '1', type: 'integer' }),
});

export const IssueSchema = z.object({ cell: z.string().nullable(), rule: z.string(), message: z.string() }).openapi('Issue');

export const IngestResultSchema = z
  .object({
    file: z.string(),
    status: z.enum(['accepted', 'rejected', 'warning']),
    plugin: z.string().nullable(),
    unit: z.string().nullable(),
    period: z.string().nullable(),
    form: z.string().nullable(),
    submission_id: z.number().nullable(),
    supersedes: z.number().nullable(),
    facts: z.number(),
    errors: z.array(IssueSchema),
    warnings: z.array(IssueSchema),
  })
  .openapi('IngestResult');
export type IngestResultBody = z.infer<typeof IngestResultSchema>;

export const UploadBodySchema = z
  .object({
    file: z.union([z.string().openapi({ format: 'binary' }), z.array(z.string().openapi({ format: 'binary' }))]),
  })
  .openapi('Upload');

export const FigureSchema = z
  .object({
    indicator: z.string(),
    option: z.string().nullable().openapi({ description: 'null = tổng của chỉ tiêu; mã phân tổ khi tách theo phân tổ' }),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    reporting_units: z.number(),
    expected_units: z.number(),
    false_units: z.array(z.string()),
    label: z.string(),
    aggregation: z.enum(['sum', 'share_true', 'distribution', 'ratio', 'list']),
    derived: z.boolean().openapi({ description: 'true khi có đơn vị được tính từ các kỳ con' }),
    texts: z.array(z.object({ unit: z.string(), text: z.string() })).optional(),
    texts_total: z.number().optional().openapi({ description: 'Có khi danh sách texts bị cắt bớt: tổng số đơn vị đã viết' }),
    restated: z.enum(['full', 'partial']).nullable().openapi({ description: '§6: null, full (chính xác) hoặc partial' }),
    predecessors: z.array(z.string()).openapi({ description: 'đơn vị cũ được tính lại vào số liệu này' }),
    partial_predecessors: z.array(z.string()).openapi({ description: 'đơn vị cũ chỉ nhập một phần: không tính, không chia theo tỷ lệ' }),
    compare: z
      .object({
        period: z.string(),
        value: z.number().nullable(),
        diff: z.number().nullable(),
        change: z.number().nullable().openapi({ description: 'tỷ lệ thay đổi: 0.125 = tăng 12,5%' }),
        restated: z.enum(['full', 'partial']).nullable(),
      })
      .optional(),
  })
  .openapi('Figure');
export type FigureBody = z.infer<typeof FigureSchema>;

// The figure's shape is declared by @tonghop/figures (RollupFigure); this schema must say the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const figureSchemaIsRollupFigure: Same<FigureBody, RollupFigure> = true;
void figureSchemaIsRollupFigure;

export const RollupSchema = z
  .object({
    unit: z.string(),
    period: z.string(),
    group: z.string().optional(),
    as_of: z.string().optional(),
    compare: z.object({ kind: z.enum(['previous-year', 'previous-period']), period: z.string() }).optional(),
    figures: z.array(FigureSchema),
  })
  .openapi('Rollup');
export type RollupBody = z.infer<typeof RollupSchema>;

export const CompletenessSchema = z
  .object({
    unit: z.string(),
    period: z.string(),
    form: z.string(),
    expected: z.number(),
    submitted: z.number(),
    on_time: z.number(),
    late: z.number(),
    missing: z.array(z.string()),
    late_units: z.array(z.string()),
    rejected_only: z.array(z.string()),
    deadline: z.string(),
  })
  .openapi('Completeness');
export type CompletenessBody = z.infer<typeof CompletenessSchema>;

export const LineageSchema = z
  .object({
    unit: z.string(),
    period: z.string(),
    indicator: z.string(),
    option: z.string().nullable(),
    submissions: z.array(
      z.object({
        id: z.number(),
        unit: z.string(),
        period: z.string(),
        form: z.string(),
        version: z.number(),
        status: z.string(),
        file_name: z.string(),
        sha256: z.string(),
        sheet: z.string().nullable(),
        derived: z.boolean(),
      }),
    ),
    cells: z.array(
      z.object({
        submission_id: z.number(),
        unit: z.string(),
        indicator: z.string(),
        option: z.string().nullable(),
        value: z.union([z.number(), z.boolean(), z.string()]).nullable(),
        file: z.string(),
        sheet: z.string().nullable(),
        cell: z.string().nullable(),
        line: z.number().nullable(),
      }),
    ),
    cells_total: z.number().optional().openapi({ description: 'Có khi câu trả lời bị cắt bớt: tổng số ô' }),
    submissions_total: z.number().optional(),
  })
  .openapi('Lineage');
export type LineageBody = z.infer<typeof LineageSchema>;

export const SubmissionSchema = z
  .object({
    id: z.number(),
    unit: z.string(),
    period: z.string(),
    form: z.string(),
    version: z.number(),
    supersedes: z.number().nullable(),
    current: z.boolean(),
    status: z.enum(['accepted', 'rejected', 'warning']),
    plugin: z.string(),
    file: z.string(),
    sheet: z.string().nullable(),
    sha256: z.string(),
    size: z.number().nullable(),
    uploaded_by: z.string(),
    received_at: z.string(),
    facts: z.number(),
  })
  .openapi('Submission');
export type SubmissionBody = z.infer<typeof SubmissionSchema>;

export const SubmissionDetailSchema = SubmissionSchema.extend({
  versions: z.array(SubmissionSchema),
  errors: z.array(IssueSchema),
  warnings: z.array(IssueSchema),
}).openapi('SubmissionDetail');

export const FactSchema = z
  .object({
    indicator: z.string(),
    option: z.string().nullable(),
    value: z.union([z.number(), z.boolean(), z.string()]).nullable(),
    unit: z.string(),
    period: z.string(),
    file: z.string(),
    sheet: z.string().nullable(),
    cell: z.string().nullable(),
    line: z.number().nullable(),
  })
  .openapi('Fact');
export type FactBody = z.infer<typeof FactSchema>;

export type UnitNode = {
  code: string;
  name: string;
  type: UnitType;
  groups: string[];
  valid_from: string | null;
  valid_to: string | null;
  children: UnitNode[];
};
export const UnitNodeSchema: z.ZodType<UnitNode> = z
  .lazy(() =>
    z.object({
      code: z.string(),
      name: z.string(),
      type: z.enum(UNIT_TYPES),
      groups: z.array(z.string()),
      valid_from: z.string().nullable(),
      valid_to: z.string().nullable(),
      children: z.array(UnitNodeSchema),
    }),
  )
  .openapi('UnitNode', { type: 'object' });
export const UnitsSchema = z.object({ units: z.array(UnitNodeSchema) }).openapi('Units');
export type UnitsBody = z.infer<typeof UnitsSchema>;

export const PeriodSchema = z
  .object({
    period: z.string().openapi({ example: '2023Q1' }),
    kind: z.enum(PERIOD_KINDS),
    label: z.string().openapi({ example: 'Quý I năm 2023', description: 'tên kỳ đứng riêng (periodTitle của @tonghop/core)' }),
    start: z.string().openapi({ example: '2023-01-01', description: 'ngày đầu kỳ' }),
    end: z.string().openapi({ example: '2023-03-31', description: 'ngày cuối kỳ' }),
    units: z.number().openapi({ description: 'số đơn vị có báo cáo hợp lệ hiện hành trong kỳ' }),
    forms: z
      .array(z.object({ form: z.enum(FORM_CODES), units: z.number() }))
      .openapi({ description: 'số đơn vị có báo cáo hợp lệ theo từng biểu (chỉ các biểu có báo cáo)' }),
  })
  .openapi('Period');

export const PeriodsSchema = z
  .object({ periods: z.array(PeriodSchema).openapi({ description: 'cũ trước, cùng ngày đầu thì kỳ dài trước (comparePeriods)' }) })
  .openapi('Periods');
export type PeriodsBody = z.infer<typeof PeriodsSchema>;

export const CatalogSchema = z
  .object({
    indicators: z.array(z.looseObject({ code: z.string(), forms: z.array(z.string()), label: z.string() })),
    category_options: z.array(z.object({ set: z.string(), code: z.string(), label: z.string(), aliases: z.array(z.string()) })),
  })
  .openapi('Catalog');

export const PipelineRunSchema = z
  .looseObject({
    id: z.string(),
    pipeline: z.string(),
    status: z.enum(['success', 'failed']),
    started_at: z.string(),
    finished_at: z.string(),
    ms: z.number(),
    models: z.array(z.unknown()),
    error: z.unknown().nullable(),
  })
  .openapi('PipelineRun');
export type PipelineRunBody = z.infer<typeof PipelineRunSchema>;

export const PipelineRunResultSchema = z
  .object({
    status: z.enum(['success', 'failed']),
    runs: z.array(PipelineRunSchema),
  })
  .openapi('PipelineRunResult');
export type PipelineRunResultBody = z.infer<typeof PipelineRunResultSchema>;

export const MeSchema = z
  .object({
    name: z.string(),
    role: z.enum(['admin', 'uploader', 'analyst', 'viewer']),
    unit: z.string().nullable(),
    anonymous: z.boolean(),
  })
  .openapi('Me');
export type MeBody = z.infer<typeof MeSchema>;

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const BinarySchema = z.string().openapi({ format: 'binary' });

const LinkedUnitSchema = z.object({
  code: z.string(),
  name: z.string().nullable().openapi({ description: 'tên của phiên bản ở phía bên kia của ngày sắp xếp' }),
  link: z.enum(['full', 'partial']).openapi({ description: 'full: toàn bộ; partial: một phần' }),
  effective: z.string().openapi({ example: '2025-07-01' }),
});
export const UnitHistorySchema = z
  .object({
    code: z.string(),
    versions: z.array(
      z.object({
        name: z.string(),
        type: z.string(),
        parent_code: z.string().nullable(),
        valid_from: z.string().nullable(),
        valid_to: z.string().nullable(),
      }),
    ),
    predecessors: z.array(LinkedUnitSchema),
    successors: z.array(LinkedUnitSchema),
  })
  .openapi('UnitHistory');
export type UnitHistoryBody = z.infer<typeof UnitHistorySchema>;
