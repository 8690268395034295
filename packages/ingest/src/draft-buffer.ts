import { WarehouseError, type StoredSubmission, type Warehouse } from '@tonghop/warehouse';
import type { PreparedDraft } from './store';
import type { IngestResult } from './types';

/** When a file's pending drafts are stored: every `submissions` drafts or `facts` facts, and at the end of the file. */
export interface BatchLimits {
  submissions: number;
  facts: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { submissions: 1_000, facts: 100_000 };

type Entry = { ready: IngestResult } | { draft: PreparedDraft };

/**
 * The results of one file in order, with its valid drafts stored in batches: one
 * `warehouse.storeSubmissions` transaction per batch instead of one per draft. Refused drafts
 * (nothing to store) wait in line so that results keep the plugin's order.
 *
 * If a batch fails with a database error, its drafts are stored again one by one
 * (`storeSubmission`), yielding as they go, so one bad submission cannot sink the others
 * stored before it; the error of the one that fails alone propagates, as before batching.
 */
export class DraftBuffer {
  private entries: Entry[] = [];
  private drafts = 0;
  private facts = 0;

  constructor(
    private readonly warehouse: Warehouse,
    limits?: BatchLimits,
  ) {
    this.limits = limits ?? DEFAULT_BATCH_LIMITS;
  }

  private readonly limits: BatchLimits;

  /** A result that stores nothing (a refused draft): yielded in its place. */
  addReady(result: IngestResult): void {
    this.entries.push({ ready: result });
  }

  addDraft(draft: PreparedDraft): void {
    this.entries.push({ draft });
    this.drafts += 1;
    this.facts += (draft.submission.facts as readonly unknown[]).length;
  }

  get full(): boolean {
    return this.drafts >= this.limits.submissions || this.facts >= this.limits.facts;
  }

  /** Stores the pending drafts (one transaction) and yields every pending result in order. */
  async *flush(): AsyncGenerator<IngestResult> {
    const entries = this.entries;
    this.entries = [];
    this.drafts = 0;
    this.facts = 0;
    const drafts = entries.flatMap((e) => ('draft' in e ? [e.draft] : []));
    const stored = await this.storeBatch(drafts);
    let next = 0;
    for (const entry of entries) {
      if ('ready' in entry) {
        yield entry.ready;
        continue;
      }
      const row = stored ? stored[next++] : await this.warehouse.storeSubmission(entry.draft.submission);
      if (!row) throw new Error('DraftBuffer: fewer stored rows than drafts');
      yield entry.draft.finish(row);
    }
  }

  /** The batch's rows, or null when the batch failed with a database error and must go one by one. */
  private async storeBatch(drafts: readonly PreparedDraft[]): Promise<StoredSubmission[] | null> {
    if (drafts.length === 0) return [];
    try {
      return await this.warehouse.storeSubmissions(drafts.map((d) => d.submission));
    } catch (error: unknown) {
      if (error instanceof WarehouseError) return null; // one by one: the refusals before it are still yielded first
      throw error;
    }
  }
}
