import { WarehouseError, type HeldBlob, type StoredSubmission, type Warehouse } from '@tonghop/warehouse';
import type { PreparedDraft } from './store';
import type { IngestResult } from './types';

/** When pending drafts are stored: every `submissions` drafts or `facts` facts, and at the end of the call. */
export interface BatchLimits {
  submissions: number;
  facts: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { submissions: 1_000, facts: 100_000 };

/** One file's copy in the blob store while the call runs: kept once a draft of it is stored, else removed at its end. */
export interface FileBlob {
  blob: HeldBlob;
  kept: boolean;
  released: boolean;
}

type Entry = { ready: IngestResult } | { draft: PreparedDraft; file: FileBlob } | { end: FileBlob };

/**
 * The results of one ingest call in order, with its valid drafts stored in batches across its
 * files: one `warehouse.storeSubmissions` transaction per batch instead of one per draft or per
 * file. Refused drafts (nothing to store) wait in line so that results keep their order; the end
 * of each file waits too, so that its blob is released (kept or removed) once it is known whether
 * anything of it was stored. A batch's blobs are fsynced together just before it is stored.
 *
 * If a batch fails with a database error, its drafts are stored again one by one
 * (`storeSubmission`), yielding as they go, so one bad submission cannot sink the others
 * stored before it; the error of the one that fails alone propagates, as before batching.
 */
export class DraftBuffer {
  private entries: Entry[] = [];
  private drafts = 0;
  private facts = 0;
  private readonly open = new Set<FileBlob>();
  private readonly limits: BatchLimits;

  constructor(
    private readonly warehouse: Warehouse,
    limits?: BatchLimits,
  ) {
    this.limits = limits ?? DEFAULT_BATCH_LIMITS;
  }

  /** A file copied into the blob store: its drafts follow, then `endFile`. */
  startFile(blob: HeldBlob): FileBlob {
    const file = { blob, kept: false, released: false };
    this.open.add(file);
    return file;
  }

  /** A result that stores nothing (a refusal): yielded in its place. */
  addReady(result: IngestResult): void {
    this.entries.push({ ready: result });
  }

  addDraft(draft: PreparedDraft, file: FileBlob): void {
    this.entries.push({ draft, file });
    this.drafts += 1;
    this.facts += (draft.submission.facts as readonly unknown[]).length;
  }

  endFile(file: FileBlob): void {
    this.entries.push({ end: file });
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
    const drafts = entries.flatMap((e) => ('draft' in e ? [e] : []));
    if (drafts.length > 0) await this.warehouse.blobs.sync(drafts.map((d) => d.file.blob.sha256));
    const stored = await this.storeBatch(drafts.map((d) => d.draft));
    if (stored) for (const d of drafts) d.file.kept = true; // before any yield: a consumer may stop early
    let next = 0;
    for (const entry of entries) {
      if ('ready' in entry) yield entry.ready;
      else if ('end' in entry) await this.release(entry.end);
      else {
        const row = stored ? stored[next++] : await this.warehouse.storeSubmission(entry.draft.submission);
        if (!row) throw new Error('DraftBuffer: fewer stored rows than drafts');
        entry.file.kept = true;
        yield entry.draft.finish(row);
      }
    }
  }

  /**
   * Releases the blobs of files not finished (the consumer stopped early, or a store failed):
   * those of which nothing was stored are removed. Pending results are dropped.
   */
  async abandon(): Promise<void> {
    this.entries = [];
    for (const file of [...this.open]) await this.release(file);
  }

  private async release(file: FileBlob): Promise<void> {
    if (file.released) return;
    file.released = true;
    this.open.delete(file);
    await file.blob.release(file.kept);
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
