// Where a premises is, for the sheet's narrow "Địa chỉ / thôn" column. Every stop lies in the
// same commune, so the commune's part of the address ("…, xã Nam Thanh Miện") says nothing;
// the village is added only when the address does not already name it.

const communePart = /,\s*xã\s+[^,]+$/iu;

export function placeText(
  address: string | null | undefined,
  villageName: string | null | undefined,
): string | null {
  const short = address?.replace(communePart, '').trim() || null;
  if (!villageName) return short;
  if (!short) return villageName;
  return short.toLocaleLowerCase('vi-VN').includes(villageName.toLocaleLowerCase('vi-VN'))
    ? short
    : `${short}, ${villageName}`;
}

/** What the lists know of a premises to tell it from another of the same name. */
export type PremisesFacts = {
  name: string;
  address: string | null;
  villageName: string | null;
  licenceNumber: string | null;
};

const namesakeKey = (p: PremisesFacts) =>
  [p.name, p.villageName ?? '', p.address ?? ''].map((s) => s.trim().toLocaleLowerCase('vi-VN'));

/**
 * The ids of premises that share their name, village and address with another: their place
 * alone does not tell them apart (the demo has two "Massage Sen Việt" in thôn Triều Dương).
 */
export function namesakes(all: ReadonlyArray<{ id: number } & PremisesFacts>): Set<number> {
  const byKey = new Map<string, number[]>();
  for (const p of all) {
    const key = namesakeKey(p).join('\u0000');
    byKey.set(key, [...(byKey.get(key) ?? []), p.id]);
  }
  return new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
}

/** Where a premises is, and its licence number when a namesake stands at the same place. */
export function premisesPlace(p: PremisesFacts, namesake: boolean): string | null {
  const place = placeText(p.address, p.villageName);
  if (!namesake || !p.licenceNumber) return place;
  const licence = `GP ${p.licenceNumber}`;
  return place ? `${place} · ${licence}` : licence;
}
