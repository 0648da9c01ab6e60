import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiErrorWithHeaders,
  isLoopback,
  maxTrackedAddresses,
  requireAnalyst,
  resetWrongTokens,
  setAccountsCheck,
  trackedAddresses,
  wrongTokenWindowMs,
} from './analyst-access.js';
import { ApiError } from './api-error.js';

const withToken = (token: string, address = '203.0.113.9') => ({
  request: new Request('http://localhost/api/sql', {
    headers: { authorization: `Bearer ${token}` },
  }),
  getClientAddress: () => address,
  locals: {},
});

async function status(fn: () => Promise<void>): Promise<number> {
  try {
    await fn();
    return 200;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).status;
  }
}

afterEach(() => {
  delete process.env.ANYAM_SQL_TOKEN;
  resetWrongTokens();
  setAccountsCheck(() => false);
});

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.255.0.9', '::1', '[::1]', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])(
    '%s is this computer',
    (address) => expect(isLoopback(address)).toBe(true),
  );
  it.each([
    '10.0.0.1',
    '128.0.0.1',
    '127.0.0',
    '127.0.0.256',
    '::ffff:10.0.0.1',
    '::2',
    'localhost',
    '',
  ])('%s is not', (address) => expect(isLoopback(address)).toBe(false));
});

describe('requireAnalyst', () => {
  it('asks for an analyst sign-in, not loopback, once accounts exist', async () => {
    setAccountsCheck(async () => true);
    expect(await status(() => requireAnalyst({ getClientAddress: () => '127.0.0.1' }))).toBe(401);
    const analyst = {
      getClientAddress: () => '203.0.113.9',
      locals: { user: { role: 'analyst' } },
    };
    expect(await status(() => requireAnalyst(analyst))).toBe(200);
  });

  it('lets loopback in only while neither a token nor accounts are configured', async () => {
    expect(await status(() => requireAnalyst({ getClientAddress: () => '127.0.0.1' }))).toBe(200);
    expect(await status(() => requireAnalyst({ getClientAddress: () => '192.168.1.4' }))).toBe(403);
    expect(await status(() => requireAnalyst({}))).toBe(403);
    process.env.ANYAM_SQL_TOKEN = 'tok';
    expect(await status(() => requireAnalyst({ getClientAddress: () => '127.0.0.1' }))).toBe(401);
  });

  it('tells a signed-in steward the console is not for that role, token or no token', async () => {
    setAccountsCheck(async () => true);
    const steward = {
      getClientAddress: () => '203.0.113.9',
      locals: { user: { role: 'steward' } },
    };
    expect(await status(() => requireAnalyst(steward))).toBe(403);
    process.env.ANYAM_SQL_TOKEN = 'tok';
    await expect(requireAnalyst(steward)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('this account has another role'),
    });
    // With the token the steward's browser may still be used by an analyst who has it.
    expect(
      await status(() => requireAnalyst({ ...withToken('tok'), locals: steward.locals })),
    ).toBe(200);
  });

  it('sends WWW-Authenticate with a 401', async () => {
    process.env.ANYAM_SQL_TOKEN = 'tok';
    try {
      await requireAnalyst(withToken('wrong'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiErrorWithHeaders);
      expect((error as ApiErrorWithHeaders).headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });

  it('limits wrong tokens per address for a window, then forgets them', async () => {
    process.env.ANYAM_SQL_TOKEN = 'tok';
    const start = 1_000_000;
    for (let i = 0; i < 10; i += 1)
      expect(await status(() => requireAnalyst(withToken('x'), start))).toBe(401);
    expect(await status(() => requireAnalyst(withToken('tok'), start + 1000))).toBe(429);
    expect(await status(() => requireAnalyst(withToken('tok'), start + wrongTokenWindowMs))).toBe(
      200,
    );
  });

  it('remembers a bounded number of addresses', async () => {
    process.env.ANYAM_SQL_TOKEN = 'tok';
    for (let i = 0; i < maxTrackedAddresses + 50; i += 1) {
      await status(() =>
        requireAnalyst(withToken('x', `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`)),
      );
    }
    expect(trackedAddresses()).toBe(maxTrackedAddresses);
  });
});
