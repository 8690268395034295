import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress } from '@tonghop/ingest';

/** A progress bar on stderr for long ingests; a no-op when not on a terminal or with --json. */
export function createProgress(enabled: boolean): { onProgress: (e: IngestProgress) => void; stop: () => void } {
  if (!enabled) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'Tệp {index}/{files} {file} |{bar}| {percentage}%',
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(e) {
      if (e.kind === 'file-start') {
        if (!started) bar.start(1, 0, { index: e.index, files: e.files, file: e.file });
        started = true;
        bar.setTotal(1);
        bar.update(0, { index: e.index, files: e.files, file: e.file });
      } else if (e.kind === 'file-progress' && started && e.total > 0) {
        bar.setTotal(e.total);
        bar.update(e.done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
