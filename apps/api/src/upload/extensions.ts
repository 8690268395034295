import { UPLOAD_EXTENSIONS } from '@tonghop/ingest/formats';

/** The extensions an upload may have: those a registered ingest plugin reads (derived from the plugin registry). */
export const ALLOWED_UPLOAD_EXTENSIONS: readonly string[] = UPLOAD_EXTENSIONS;
