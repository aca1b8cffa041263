import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ActiveSession, type Settings } from '$lib/progress/types';
import { makeSession } from './fixtures';
import {
	mergeSettings,
	readActiveSession,
	readSessionRecord,
	SETTINGS_FIELD_CHECKS
} from './guards';
import { sessionRecordSchema, settingsFieldSchemas } from './validate';

/** odd values a damaged or foreign record may hold */
const odd = fc.oneof(
	fc.anything(),
	fc.constantFrom(
		NaN,
		Infinity,
		-0,
		0.5,
		'',
		null,
		undefined,
		[],
		{},
		'mat',
		'daily',
		0,
		1,
		7,
		60,
		61
	)
);

/** a valid record with one field, at any depth, replaced by an odd value or removed */
function damaged(base: unknown): fc.Arbitrary<unknown> {
	const paths: string[][] = [];
	const walk = (value: unknown, path: string[]) => {
		if (path.length > 0) paths.push(path);
		if (typeof value === 'object' && value !== null) {
			for (const key of Object.keys(value))
				walk((value as Record<string, unknown>)[key], [...path, key]);
		}
	};
	walk(base, []);
	return fc.tuple(fc.constantFrom(...paths), odd, fc.boolean()).map(([path, value, remove]) => {
		const copy = structuredClone(base) as Record<string, unknown>;
		let parent = copy;
		for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
		const last = path.at(-1) ?? '';
		if (remove) delete parent[last];
		else parent[last] = value;
		return copy;
	});
}

describe('the hand-written readers agree with the backup schemas', () => {
	it('on session records, valid, damaged or anything at all', () => {
		const records = fc.integer({ min: 0, max: 200 }).map((i) => makeSession(i));
		const values = fc.oneof(
			records,
			records.chain((r) => damaged(r)),
			records.map((r) => ({ ...r, extra: 'from a newer version' })),
			odd
		);
		fc.assert(
			fc.property(values, (value) => {
				const parsed = v.safeParse(sessionRecordSchema, value);
				const read = readSessionRecord(value);
				expect(read !== undefined).toBe(parsed.success);
				if (parsed.success) expect(read).toStrictEqual(parsed.output);
			}),
			{ numRuns: 2000 }
		);
	});

	it('on each settings field', () => {
		const good: { [K in keyof Settings]: fc.Arbitrary<unknown> } = {
			level: fc.constantFrom('beginner', 'intermediate', 'advanced', 'expert'),
			equipment: fc.array(fc.constantFrom('mat', 'wall', 'chair', 'bench')),
			backFriendly: fc.boolean(),
			minutes: fc.constant(DEFAULT_SETTINGS.minutes).chain((m) => damaged(m)),
			cues: fc.constant(DEFAULT_SETTINGS.cues).chain((c) => damaged(c)),
			weeklyGoal: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double()),
			emergencyNumber: fc.oneof(
				fc.string({ maxLength: 45 }),
				fc.constantFrom('9'.repeat(40), '9'.repeat(41))
			),
			readiness: fc.oneof(
				fc.constant(null),
				fc.record({ answeredAt: fc.double(), anyYes: fc.boolean() }),
				fc.constant({ answeredAt: 1, anyYes: true }).chain((r) => damaged(r))
			)
		};
		for (const key of Object.keys(good) as (keyof Settings)[]) {
			fc.assert(
				fc.property(fc.oneof(good[key], odd), (value) => {
					expect(SETTINGS_FIELD_CHECKS[key](value), key).toBe(
						v.is(settingsFieldSchemas[key], value)
					);
				}),
				{ numRuns: 500 }
			);
		}
	});
});

describe('readSessionRecord', () => {
	it('returns a copy without unknown fields', () => {
		const record = makeSession(1);
		const read = readSessionRecord({ ...record, extra: 1 });
		expect(read).toStrictEqual(record);
		expect(read?.request).not.toBe(record.request);
		expect(read?.exercisesCompleted).not.toBe(record.exercisesCompleted);
	});

	it('refuses a hole in a list and a NaN time', () => {
		const holey = makeSession(2, { exercisesCompleted: ['cat-camel'] });
		holey.exercisesCompleted.length = 3;
		expect(readSessionRecord(holey)).toBeUndefined();
		expect(readSessionRecord(makeSession(3, { startedAt: NaN }))).toBeUndefined();
	});
});

describe('readActiveSession', () => {
	const active: ActiveSession = {
		id: 'a1',
		request: makeSession(0).request,
		startedAt: 1_000,
		elapsedMs: 90_000,
		savedAt: 95_000,
		paused: true,
		exercisesCompleted: ['cat-camel'],
		skipped: [{ fromMs: 10_000, toMs: 20_000 }]
	};

	it('reads a saved session, with or without skips', () => {
		expect(readActiveSession(active)).toStrictEqual(active);
		const older: ActiveSession = { ...active };
		delete older.skipped;
		expect(readActiveSession(older)).toStrictEqual(older);
		expect(readActiveSession({ ...active, extra: true })).toStrictEqual(active);
	});

	it('accepts a changed session only where the change left it valid', () => {
		fc.assert(
			fc.property(damaged(active), (value) => {
				const read = readActiveSession(value);
				// e.g. a minute count replaced by another number, or the optional skips removed;
				// a request without a step (saved before steps) reads as step 2
				if (!read) return;
				const expected = structuredClone(value) as { request: { step?: number } };
				if (expected.request.step === undefined) expected.request.step = 2;
				expect(read).toStrictEqual(expected);
			})
		);
	});

	it('treats a damaged session as none', () => {
		expect(readActiveSession({ ...active, elapsedMs: '90000' })).toBeUndefined();
		expect(readActiveSession({ ...active, skipped: [{ fromMs: 1 }] })).toBeUndefined();
		expect(readActiveSession(null)).toBeUndefined();
	});
});

describe('mergeSettings', () => {
	it('keeps the good fields and sub-fields, defaults the rest', () => {
		const raw = {
			level: 'advanced',
			equipment: ['wall', 'bench'],
			minutes: { warmup: 8, core: 0, stretch: 12.5, daily: 30 },
			cues: { voice: false, sound: 'yes' },
			weeklyGoal: 4,
			emergencyNumber: '112',
			readiness: { answeredAt: 5, anyYes: true, extra: 1 }
		};
		const { settings, repaired } = mergeSettings(raw);
		expect(repaired).toBe(true);
		expect(settings).toStrictEqual({
			...DEFAULT_SETTINGS,
			level: 'advanced',
			minutes: { ...DEFAULT_SETTINGS.minutes, warmup: 8, daily: 30 },
			cues: { ...DEFAULT_SETTINGS.cues, voice: false },
			weeklyGoal: 4,
			emergencyNumber: '112',
			readiness: { answeredAt: 5, anyYes: true }
		});
	});

	it('reads back what it is given when all is well, and defaults when nothing is stored', () => {
		const mine: Settings = { ...DEFAULT_SETTINGS, level: 'intermediate', equipment: ['chair'] };
		expect(mergeSettings(structuredClone(mine))).toStrictEqual({ settings: mine, repaired: false });
		expect(mergeSettings(undefined)).toStrictEqual({ settings: DEFAULT_SETTINGS, repaired: false });
		expect(mergeSettings([1, 2])).toStrictEqual({ settings: DEFAULT_SETTINGS, repaired: true });
	});
});
