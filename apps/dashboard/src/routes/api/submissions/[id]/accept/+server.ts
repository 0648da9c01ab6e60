import { answer } from '$lib/server/accounts/answer.js';
import { decide } from '$lib/server/accounts/decide.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => answer(() => decide(event, 'accepted'));
