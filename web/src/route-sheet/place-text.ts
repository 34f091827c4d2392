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
