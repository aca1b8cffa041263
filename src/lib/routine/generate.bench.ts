/**
 * `npx vitest bench --run src/lib/routine`: ops/s and p99 of routine generation over varied
 * requests (goal: p99 under 1 ms).
 */
import { bench, describe } from 'vitest';
import { LEVELS } from '$lib/catalogue/types';
import {
	buildTimeline,
	generateRoutine,
	minutesRange,
	parseRoutineQuery,
	routineQuery
} from '$lib/routine';
import type { RoutineRequest } from '$lib/routine';
import { mulberry32 } from './rng';

const rand = mulberry32(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** 500 varied requests, cycled through by every benchmark */
const requests: RoutineRequest[] = Array.from({ length: 500 }, (_, i) => {
	const base = {
		kind: pick(['warmup', 'core', 'stretch', 'daily'] as const),
		level: pick(LEVELS),
		step: 2 as const,
		backFriendly: rand() < 0.7,
		lowImpact: rand() < 0.3,
		equipment: pick([
			['mat'],
			['mat', 'wall'],
			['mat', 'wall', 'chair'],
			['mat', 'chair']
		] as const).slice(),
		focus: pick([[], [], ['hamstrings'], ['neck', 'shoulders'], ['lower-back']] as const).slice(),
		avoid: pick([[], [], ['march-on-the-spot'], ['supine-figure-4', 'butterfly']]).slice(),
		without: [],
		hold: 'normal' as const,
		seed: i % 2 ? `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` : `s${i}`
	};
	const range = minutesRange(base);
	return { ...base, minutes: Math.round(range.min + rand() * (range.max - range.min)) };
});

/** steady state: caches warm, code optimised */
const opts = { warmupIterations: 300, time: 1500 };

const byKind = (kind: RoutineRequest['kind']) => requests.filter((r) => r.kind === kind);

function cycle(list: readonly RoutineRequest[]) {
	let i = 0;
	return () => list[i++ % list.length] as RoutineRequest;
}

describe('generateRoutine', () => {
	const all = cycle(requests);
	bench(
		'varied requests',
		() => {
			generateRoutine(all());
		},
		opts
	);
	for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
		const next = cycle(byKind(kind));
		bench(kind, () => {
			generateRoutine(next());
		});
	}
	const longDaily = requests.filter((r) => r.kind === 'daily').map((r) => ({ ...r, minutes: 60 }));
	const next = cycle(longDaily);
	bench(
		'daily, 60 minutes',
		() => {
			generateRoutine(next());
		},
		opts
	);
});

describe('around the generator', () => {
	const ok = requests.flatMap((r) => {
		const res = generateRoutine(r);
		return res.ok ? [res.routine] : [];
	}, opts);
	let i = 0;
	bench(
		'buildTimeline',
		() => {
			buildTimeline(ok[i++ % ok.length] as (typeof ok)[number]);
		},
		opts
	);
	const queries = requests.map(routineQuery);
	let j = 0;
	bench(
		'parseRoutineQuery',
		() => {
			parseRoutineQuery(queries[j++ % queries.length] as string);
		},
		opts
	);
});
