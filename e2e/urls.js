// Where the e2e servers listen (playwright.config.js starts them). E2E_PORT moves both.
export const PORT = Number(process.env.E2E_PORT ?? 4610);
export const ROOT_URL = `http://127.0.0.1:${PORT}/`;
export const SUBPATH = '/course/threads/';
export const SUBPATH_URL = `http://127.0.0.1:${PORT + 1}${SUBPATH}`;
