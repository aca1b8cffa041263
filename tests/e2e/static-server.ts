import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/**
 * Serves `build/` like the preview server does (`/plan` → plan.html), with no caching and a
 * hook to change a file's body, so a test can publish "the next deploy" of the service worker
 * (the browser fetches the worker script itself, out of reach of page.route).
 */
export async function serveBuild(root = 'build') {
	const overrides = new Map<string, (body: string) => string>();
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const candidates = path === '/' ? ['/index.html'] : [path, `${path}.html`];
		void (async () => {
			for (const candidate of candidates) {
				try {
					let body: Buffer | string = await readFile(join(root, candidate));
					const override = overrides.get(candidate);
					if (override) body = override(body.toString('utf8'));
					res.writeHead(200, {
						'content-type': types[extname(candidate)] ?? 'application/octet-stream',
						'cache-control': 'no-store'
					});
					res.end(body);
					return;
				} catch {
					// not this candidate: try the next one
				}
			}
			res.writeHead(404).end('not found');
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		override(path: string, change: (body: string) => string) {
			overrides.set(path, change);
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
