import { describe, expect, it } from 'vitest';
import { cookieOptions, sessionHours } from './session.js';

describe('cookieOptions', () => {
  it('is HttpOnly, SameSite=Lax and Path=/, Secure exactly when the site is https', () => {
    expect(cookieOptions(new URL('https://anyam.example.go.id/login'), 60)).toEqual({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      maxAge: 60,
    });
    expect(cookieOptions(new URL('http://127.0.0.1:3000/'), 60).secure).toBe(false);
    expect(sessionHours).toBe(12);
  });
});
