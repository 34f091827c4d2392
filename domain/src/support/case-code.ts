import { randomInt } from 'node:crypto';

/**
 * Letters and digits nobody misreads when a code is read aloud or copied by hand: no 0/O,
 * 1/I/L, 5/S, 2/Z, 8/B, U/V.
 */
export const caseCodeAlphabet = '34679ACDEFGHJKMNPQRTWXY';
const codeLength = 7;

/**
 * A support client's pseudonymous code, e.g. "HT-7K3Q9PX": drawn by the server from a
 * cryptographic source, never typed, so it carries nothing of the person. 23^7 ≈ 3.4 × 10^9
 * codes; a collision is refused by the unique index and drawn again.
 */
export function newCaseCode(): string {
  let code = 'HT-';
  for (let i = 0; i < codeLength; i += 1)
    code += caseCodeAlphabet[randomInt(caseCodeAlphabet.length)];
  return code;
}

export const caseCodePattern = new RegExp(`^HT-[${caseCodeAlphabet}]{${codeLength}}$`);
