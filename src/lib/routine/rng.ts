/**
 * Seeded, platform-independent randomness. Only 32-bit integer arithmetic (Math.imul, >>>), so
 * the same seed gives the same routine in every browser and in Node.
 */

/** FNV-1a over UTF-16 code units, then a murmur-style finaliser for better low bits */
export function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** mulberry32: a tiny, fast generator, good enough for shuffling a few dozen exercises */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const idHashes = new Map<string, number>();
function idHash(id: string): number {
	let h = idHashes.get(id);
	if (h === undefined) {
		h = hash32(id);
		idHashes.set(id, h);
	}
	return h;
}

const DATE_SEED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** days since 1970-01-01 for a YYYY-MM-DD seed that is a real date, else null */
export function seedDay(seed: string): number | null {
	const m = DATE_SEED.exec(seed);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	// reject 2024-02-31 and the like: Date.UTC silently rolls them over
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
		return null;
	}
	return Math.round(ms / 86_400_000);
}

/**
 * Orders a pool of candidates for one choice (a region's stretch, the raise moves…).
 *
 * Date seeds rotate a fixed order by `stride` places a day, so consecutive days start from
 * different exercises whenever the pool has more than one (CONTENT.md §2, "Variety"), exactly
 * and without having to rebuild yesterday's routine. Any other seed shuffles.
 */
export function orderPool<T extends { id: string }>(
	pool: readonly T[],
	key: string,
	seed: string,
	stride = 1
): T[] {
	// a fixed order that does not depend on the catalogue's: by a hash of the id
	const base = pool
		.map((item) => ({ item, h: idHash(item.id) }))
		.sort((a, b) => a.h - b.h || (a.item.id < b.item.id ? -1 : 1))
		.map((x) => x.item);
	const n = base.length;
	if (n < 2) return base;
	const day = seedDay(seed);
	if (day !== null) {
		const offset = (((day * stride + hash32(key)) % n) + n) % n;
		return [...base.slice(offset), ...base.slice(0, offset)];
	}
	const rand = mulberry32(hash32(`${seed}|${key}`));
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		const t = base[i] as T;
		base[i] = base[j] as T;
		base[j] = t;
	}
	return base;
}
