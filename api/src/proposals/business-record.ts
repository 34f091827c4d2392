import type { BusinessRecord } from '@ntm/db/queries/businesses';
import type { CreateBusinessBody } from '../schemas/business';

/** The registry's own fields a create form may leave out, as something else already knows them. */
type Known = Partial<Pick<BusinessRecord, 'licensedTrade' | 'licenceNumber' | 'owner' | 'phone'>>;

/**
 * The business a create body describes, whether it goes in at once or as a village head's
 * proposal; what the form leaves out keeps what `known` holds (an imported row), else null.
 */
export function businessRecordOf(
  { geometry, properties: p }: CreateBusinessBody,
  known: Known = {},
): BusinessRecord {
  return {
    name: p.name,
    type: p.type,
    address: p.address,
    licensedTrade: p.licensedTrade ?? known.licensedTrade ?? null,
    licenceNumber: p.licenceNumber ?? known.licenceNumber ?? null,
    owner: p.owner ?? known.owner ?? null,
    phone: p.phone ?? known.phone ?? null,
    openingHours: p.openingHours ?? null,
    status: p.status,
    reviewedAt: p.reviewedAt ?? null,
    lngLat: geometry.coordinates,
  };
}
