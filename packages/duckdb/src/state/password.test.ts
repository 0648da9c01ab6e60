import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password.js';

describe('hashPassword', () => {
  it('writes an scrypt hash with its parameters and a fresh salt', async () => {
    const first = await hashPassword('kata sandi rahasia');
    const second = await hashPassword('kata sandi rahasia');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('kata sandi');
  });
});

describe('verifyPassword', () => {
  it('accepts the password and refuses another', async () => {
    const hash = await hashPassword('kata sandi rahasia');
    expect(await verifyPassword('kata sandi rahasia', hash)).toBe(true);
    expect(await verifyPassword('kata sandi rahasiA', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treats a malformed or tampered hash as a mismatch', async () => {
    const hash = await hashPassword('x');
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', hash.replace('scrypt$32768', 'scrypt$1073741824'))).toBe(
      false,
    );
    expect(await verifyPassword('x', hash.slice(0, -8))).toBe(false);
  });
});

describe('generatePassword', () => {
  it('gives distinct 20-character passwords', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});
