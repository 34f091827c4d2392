import type { Role } from '../api/auth-client';

// The demo seed's accounts (ARCHITECTURE.md §4), shown on the login page only while the
// server says its data is synthetic. The password is the seed's default DEMO_PASSWORD.

export const demoPassword = 'demo-2026';

export const demoAccounts: readonly { username: string; role: Role }[] = [
  { username: 'lanhdao', role: 'leadership' },
  { username: 'congan', role: 'police' },
  { username: 'tramyte', role: 'health' },
  { username: 'vanhoa', role: 'culture' },
  { username: 'admin', role: 'admin' },
  // Phù Tải and Đan Giáp are villages every demo seed has (scripts/src/seed/geography.test.ts).
  { username: 'thon-phu-tai', role: 'village' },
];

export const otherVillageAccountExample = 'thon-dan-giap';
