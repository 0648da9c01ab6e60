import { answer } from '$lib/server/accounts/answer.js';
import { createAccount } from '$lib/server/accounts/manage-accounts.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => answer(() => createAccount(event), 201);
