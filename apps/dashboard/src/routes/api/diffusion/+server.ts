import { diffusionResponse } from '$lib/server/councils/diffusion.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => respond(() => diffusionResponse(url.searchParams));
