// The demo accounts of ARCHITECTURE.md §4: one per role, and one village head per village.
// Every demo account gets the one demo password (DEMO_PASSWORD, default demo-2026) at load.

import type { userRoles } from '@ntm/db/schema/values';
import type { Random } from '@ntm/solver/random';
import { personName } from './people-names';

export type UserRole = (typeof userRoles)[number];
export type UserSeed = {
  username: string;
  displayName: string;
  role: UserRole;
  /** Slug of the village a `village` user keeps up to date. */
  villageSlug: string | null;
};

export function demoUsers(
  random: Random,
  villages: ReadonlyArray<{ name: string; slug: string }>,
): UserSeed[] {
  return [
    {
      username: 'lanhdao',
      displayName: `${personName(random)} – Chủ tịch UBND xã`,
      role: 'leadership',
      villageSlug: null,
    },
    {
      username: 'congan',
      displayName: `${personName(random)} – Trưởng Công an xã`,
      role: 'police',
      villageSlug: null,
    },
    {
      username: 'tramyte',
      displayName: `${personName(random)} – Trạm trưởng Trạm Y tế`,
      role: 'health',
      villageSlug: null,
    },
    {
      username: 'vanhoa',
      displayName: `${personName(random)} – Phòng Văn hóa – Xã hội`,
      role: 'culture',
      villageSlug: null,
    },
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', villageSlug: null },
    ...villages.map((village) => ({
      username: `thon-${village.slug}`,
      displayName: `${personName(random)} – Trưởng thôn ${village.name}`,
      role: 'village' as const,
      villageSlug: village.slug,
    })),
  ];
}
