/**
 * One row of the commune, by its id: what the queries that read, change or delete a single row
 * take (the list queries take a filter with the same two fields, e.g. RecordFilter).
 */
export type RowKey = { communeCode: string; id: number };

/** A RowKey whose row may be locked (`for update`) for the change that follows in the transaction. */
export type LockableRowKey = RowKey & { forUpdate?: boolean };
