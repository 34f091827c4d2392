/** Who committed or undid an import, as the audit log records it (lib/audit-context.ts). */
export type AuditSource = {
  communeCode: string;
  requestId: string | null;
  clientHash: string | null;
  userId: number | null;
  role: string | null;
};
