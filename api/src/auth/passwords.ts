import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane (~60 ms here).
const options = {
  algorithm: 2 /* Argon2id (a const enum, unreachable with verbatimModuleSyntax) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, options);

// Verified against when the username is unknown, so both answers take as long.
const decoy = hashPassword('decoy password that matches nothing');

/** True when the password matches; a null or malformed hash never matches. */
export async function verifyPassword(phcHash: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(phcHash ?? (await decoy), password);
    return phcHash !== null && matches;
  } catch {
    return false;
  }
}
