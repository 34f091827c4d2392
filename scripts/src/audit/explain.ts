import type { ChainCheck } from '@ntm/db/queries/audit-verify';

const explanations = {
  'hash-mismatch': 'its content no longer matches its hash (the row was edited)',
  'prev-hash-mismatch':
    'it does not follow the entry before it (an entry was removed, edited or inserted)',
  'missing-entry': 'the chain does not start here (earlier entries were removed)',
} as const;

/** The one line `audit:verify` and a restore print about the audit chain. */
export function describeChain(result: ChainCheck): string {
  return result.ok
    ? `Audit chain intact: ${result.entries} entries.`
    : `Audit chain broken at entry #${result.brokenAt}: ${explanations[result.reason]}.`;
}
