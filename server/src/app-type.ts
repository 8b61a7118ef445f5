import type { createApiRoutes } from './app';

/** The API's type for `hono/client`: the only thing the web app imports from the server. */
export type AppType = ReturnType<typeof createApiRoutes>;
