import { answer } from '$lib/server/accounts/answer.js';
import { deleteAccount } from '$lib/server/accounts/manage-accounts.js';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = (event) => answer(() => deleteAccount(event));
