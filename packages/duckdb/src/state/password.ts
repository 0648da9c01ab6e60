import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// OWASP's scrypt floor (N=2^17 uses 128 MiB a login; 2^15 keeps a small shared server responsive).
const cost = { N: 1 << 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { ...options, maxmem: 256 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/**
 * The scrypt hash of a password with a fresh random salt, with its parameters, so that a later
 * change of cost still verifies old hashes.
 *
 *     await hashPassword('kata sandi') // 'scrypt$32768$8$1$<salt base64>$<key base64>'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * Whether `password` matches a hash of `hashPassword`, compared in constant time. A malformed
 * hash is a mismatch, never an exception.
 *
 *     await verifyPassword('kata sandi', await hashPassword('kata sandi')) // true
 *     await verifyPassword('salah', await hashPassword('kata sandi'))      // false
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((value) => Number.isInteger(value) && value! > 0) || N! > 1 << 20)
    return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || expected.length !== keyLength) return false;
  const key = await derive(password, salt, { N: N!, r: r!, p: p! });
  return timingSafeEqual(key, expected);
}

/**
 * A new random password a person can type: 20 characters from 120 random bits.
 *
 *     generatePassword() // 'q7Hk2mXr9pLw4sVb8nTe'
 */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
