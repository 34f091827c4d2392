import { addPhotos, imageTypes, type PhotoProblem } from '../public/photo-checks';
import type { FieldRecord, InspectionDraft } from './field-record';

// The photos of one record as the phone keeps them (the File itself, in IndexedDB with the
// record) and how far sending them got: each is sent on its own after the record, and marked
// with the server's attachment id, so a retry sends only the rest.

export interface FieldPhoto {
  /** The phone's own id for the photo (a list key; the server knows it by its bytes). */
  key: string;
  file: File;
  /** The server's attachment id, once it has the photo. */
  sentAs: number | null;
}

export const photosOf = (draft: InspectionDraft): FieldPhoto[] => draft.photos ?? [];

/** The photos of a record the server does not have yet. */
export const waitingPhotos = (record: FieldRecord): FieldPhoto[] =>
  photosOf(record.draft).filter((p) => p.sentAs === null);

let counter = 0;
const photoKey = () => `${Date.now().toString(36)}-${(++counter).toString(36)}`;

/**
 * The photos after adding `added`: images only (JPEG, PNG, WebP), each at most 10 MB, five in
 * all, as the server takes them; what was refused comes back with its reason.
 */
export function addFieldPhotos(
  current: readonly FieldPhoto[],
  added: readonly File[],
): { photos: FieldPhoto[]; problems: PhotoProblem[] } {
  const { files, problems } = addPhotos(
    current.map((p) => p.file),
    added,
    imageTypes,
  );
  const fresh = files
    .slice(current.length)
    .map((file): FieldPhoto => ({ key: photoKey(), file, sentAs: null }));
  return { photos: [...current, ...fresh], problems };
}

/** The record with one photo marked as received by the server. */
export function markPhotoSent(record: FieldRecord, key: string, attachmentId: number): FieldRecord {
  const photos = photosOf(record.draft).map((p) =>
    p.key === key ? { ...p, sentAs: attachmentId } : p,
  );
  return { ...record, draft: { ...record.draft, photos } };
}
