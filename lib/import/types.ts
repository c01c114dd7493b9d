/**
 * Contract for importers (lib/import/*). Each importer turns its input into a ProfileDraft: the facts it found,
 * without ids or storage concerns. `mergeIntoProfile` (lib/import/merge.ts) folds a draft into the stored profile.
 */
import type { Backup } from '../backup/backup';
import type { ImportFormat } from './formats';
import type { ProfileInput } from '../profile/schema';

/**
 * Profile facts found by an importer. Rows may lack ids (merge assigns them) and fields with defaults may be left
 * out: the schema's input type, not its output type. `validateDraft` checks every row before merging.
 */
export type ProfileDraft = {
  [K in keyof Omit<ProfileInput, 'id' | 'schemaVersion' | 'label' | 'createdAt' | 'updatedAt'>]?: NonNullable<
    ProfileInput[K]
  > extends (infer R)[]
    ? (R extends { id: string } ? Omit<R, 'id'> & { id?: string } : R)[]
    : Partial<NonNullable<ProfileInput[K]>>;
};

export interface ImportInput {
  format: ImportFormat;
  text?: string;
  bytes?: Uint8Array;
  fileName?: string;
}

export type ImportOutcome =
  | { kind: 'profile'; format: ImportFormat; draft: ProfileDraft; warnings: string[] }
  | { kind: 'backup'; format: 'backup'; backup: Backup; warnings: string[] };
