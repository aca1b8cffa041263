/**
 * Golden routines: a dozen fixed requests pinned to their exact routine (ids and doses). The
 * seeded random generator, the catalogue and the rules all feed into these, so any change
 * to one of them — a constant of the seeded random generator included — fails this test.
 * That is intended: shared links (which carry the request, seed included) give another
 * routine after such a change, so it must be a deliberate one. Update the expectations only
 * on purpose, after reading the new routines.
 */
import { describe, expect, it } from 'vitest';
import { generateRoutine } from '$lib/routine';
import type { RoutineItem, RoutineRequest } from '$lib/routine';

/** "exercise sets×dose": a hold or timed work in seconds, or the reps (@hold for paced reps) */
const dose = (it: RoutineItem) =>
	`${it.exerciseId} ${it.sets}x` +
	(it.mode === 'hold'
		? `${it.holdSec}s`
		: it.mode === 'timed'
			? `${it.workSec}s`
			: `[${it.reps.join(',')}]${it.paced ? `@${it.holdSec}s` : ''}`);

const GOLDEN: [Partial<RoutineRequest>, string[]][] = [
	[
		{ kind: 'daily', seed: '2026-12-01' },
		[
			'knee-lifts-opposite-hand 1x35s',
			'heel-digs 1x60s',
			'step-jacks 1x45s',
			'standing-hip-circles 1x[12]',
			'mini-squats 1x[12]',
			'leg-swings-front-back 1x[12]',
			'cat-camel 1x[6]',
			'mcgill-curl-up 3x[5,3,1]@5s',
			'side-bridge-knees 3x[5,3,1]@5s',
			'bird-dog-leg-only 3x[5,3,1]@5s',
			'knee-across-body 1x30s',
			'knee-rolls 1x[10]',
			'neck-side-bend 1x25s',
			'half-kneeling-hip-flexor 1x30s',
			'calf-stretch-straight-knee 1x30s',
			'standing-hamstring-hinge 1x30s',
			'standing-quad 1x30s',
			'elbows-back-chest-stretch 1x30s',
			'overhead-reach 1x30s'
		]
	],
	[
		{ kind: 'daily', minutes: 30, level: 'intermediate', seed: 'golden-a' },
		[
			'side-step-touch 1x60s',
			'step-jacks 1x45s',
			'heel-digs 1x60s',
			'calf-raises 1x[14]',
			'arm-circles 1x[20]',
			'standing-hip-circles 1x[12]',
			'leg-swings-front-back 1x[11]',
			'cat-camel 1x[6]',
			'mcgill-curl-up-elbows-up 2x[4,2]@10s',
			'side-bridge-feet 2x[4,2]@10s',
			'bird-dog 2x[4,2]@10s',
			'dead-bug 1x[12]',
			'supine-hamstring-towel 1x30s',
			'side-lying-quad 1x30s',
			'supine-figure-4 1x30s',
			'knee-rolls 1x[9]',
			'chin-to-chest 2x20s',
			'calf-stretch-straight-knee 2x30s',
			'standing-hip-flexor 1x30s',
			'clasped-hands-chest-opener 2x30s',
			'cross-body-shoulder 1x30s'
		]
	],
	[
		{
			kind: 'daily',
			minutes: 20,
			level: 'advanced',
			backFriendly: false,
			equipment: ['mat', 'wall'],
			seed: '2026-03-14'
		},
		[
			'heel-digs 1x70s',
			'step-jacks 1x55s',
			'calf-raises 1x[15]',
			'arm-circles 1x[20]',
			'wall-push-up 1x[12]',
			'reverse-lunge 1x[5]',
			'cat-camel 1x[6]',
			'glute-bridge 1x[9]@5s',
			'dead-bug 1x[10]',
			'front-plank 3x25s',
			'plank-shoulder-taps 1x[11]',
			'supine-hamstring-towel 1x30s',
			'wall-figure-4 1x30s',
			'chin-to-chest 1x20s',
			'calf-stretch-bent-knee 1x30s',
			'standing-quad 1x30s',
			'standing-hip-flexor 1x30s',
			'standing-back-extension 1x[7]',
			'doorway-chest 1x30s',
			'overhead-reach 1x30s'
		]
	],
	[
		{ kind: 'daily', minutes: 25, equipment: [], without: ['floor'], seed: 'desk' },
		[
			'heel-digs 1x65s',
			'step-jacks 1x45s',
			'knee-lifts-opposite-hand 1x30s',
			'mini-squats 1x[12]',
			'arm-circles 1x[20]',
			'leg-swings-across 1x[11]',
			'standing-cat-camel 1x[6]',
			'standing-brace-knee-lift 3x[6,4,2]@5s',
			'standing-bird-dog 3x[6,4,2]@5s',
			'calf-stretch-bent-knee 1x30s',
			'standing-hamstring-hinge 1x30s',
			'standing-quad 1x30s',
			'standing-hip-flexor 1x30s',
			'standing-it-band-lean 1x30s',
			'standing-back-extension 1x[9]',
			'elbows-back-chest-stretch 2x30s',
			'overhead-reach 1x30s',
			'chin-to-chest 2x20s'
		]
	],
	[
		{ kind: 'core', minutes: 8, level: 'advanced', seed: 'golden-b' },
		[
			'cat-camel 1x[6]',
			'mcgill-curl-up-elbows-up 2x[3,1]@10s',
			'side-bridge-roll 2x[3,1]@10s',
			'bird-dog-sweeps 2x[3,1]@10s',
			'plank-shoulder-taps 1x[13]'
		]
	],
	[
		{ kind: 'core', minutes: 14, seed: '2026-06-01' },
		[
			'cat-camel 1x[6]',
			'mcgill-curl-up 3x[6,4,2]@5s',
			'side-bridge-knees 3x[6,4,2]@5s',
			'bird-dog-leg-only 3x[6,4,2]@5s'
		]
	],
	[
		{
			kind: 'core',
			minutes: 12,
			level: 'intermediate',
			backFriendly: false,
			equipment: ['mat', 'chair'],
			seed: 'golden-c'
		},
		[
			'cat-camel 1x[6]',
			'toe-taps 1x[12]',
			'bear-hold 3x20s',
			'dead-bug 1x[10]',
			'mcgill-curl-up-elbows-up 3x[6,4,2]@10s',
			'single-leg-glute-bridge 1x[6]',
			'front-plank 3x20s'
		]
	],
	[
		{ kind: 'core', minutes: 10, equipment: ['wall', 'chair'], seed: 'golden-d' },
		[
			'standing-cat-camel 1x[6]',
			'wall-press 3x[5,3,1]@5s',
			'wall-side-plank 3x[5,3,1]@5s',
			'standing-bird-dog-wall 3x[5,3,1]@5s'
		]
	],
	[
		{ kind: 'stretch', minutes: 10, focus: ['hamstrings'], seed: '2026-02-02' },
		[
			'standing-hamstring-hinge 1x30s',
			'calf-stretch-bent-knee 1x30s',
			'elbows-back-chest-stretch 1x30s',
			'overhead-reach 1x30s',
			'half-kneeling-hip-flexor 1x30s',
			'neck-turn 1x30s',
			'supine-figure-4 1x30s',
			'prone-press-up 1x[10]',
			'side-lying-quad 1x30s'
		]
	],
	[
		{ kind: 'stretch', minutes: 15, hold: 'long', seed: 'golden-e' },
		[
			'calf-stretch-straight-knee 1x50s',
			'standing-hamstring-hinge 1x50s',
			'elbows-back-chest-stretch 2x45s',
			'standing-figure-4 1x50s',
			'overhead-reach 1x50s',
			'half-kneeling-hip-flexor 1x50s',
			'neck-turn 1x45s',
			'knee-rolls 1x[8]',
			'side-lying-quad 1x45s'
		]
	],
	[
		{
			kind: 'stretch',
			minutes: 12,
			without: ['flexion', 'floor'],
			equipment: [],
			seed: 'golden-f'
		},
		[
			'calf-stretch-straight-knee 2x30s',
			'standing-hamstring-hinge 1x30s',
			'standing-quad 1x30s',
			'standing-hip-flexor 1x30s',
			'standing-it-band-lean 1x30s',
			'standing-back-extension 1x[10]',
			'clasped-hands-chest-opener 2x30s',
			'cross-body-shoulder 1x30s',
			'neck-side-bend 1x25s'
		]
	],
	[
		{ kind: 'warmup', minutes: 8, level: 'advanced', backFriendly: false, seed: '2026-09-09' },
		[
			'side-step-touch 1x65s',
			'knee-lifts-opposite-hand 1x30s',
			'heel-digs 1x60s',
			'step-jacks 1x45s',
			'arm-circles 1x[20]',
			'leg-swings-across 1x[10]',
			'shoulder-rolls 1x[20]',
			'standing-hip-circles 1x[10]',
			'calf-raises 1x[12]',
			'lateral-lunge 1x[7]'
		]
	],
	[
		{ kind: 'warmup', minutes: 5, seed: 'golden-g' },
		[
			'knee-lifts-opposite-hand 1x35s',
			'side-step-touch 1x60s',
			'step-jacks 1x45s',
			'calf-raises 1x[14]',
			'bird-dog-warmup 1x[7]',
			'glute-bridge-warmup 1x[12]'
		]
	]
];

describe('golden routines', () => {
	it.each(GOLDEN.map(([request, items]) => [JSON.stringify(request), request, items] as const))(
		'%s',
		(_, request, items) => {
			const res = generateRoutine(request);
			expect(res.ok).toBe(true);
			if (!res.ok) return;
			expect(res.routine.items.map(dose)).toEqual(items);
			expect(res.routine.totalSec).toBe(res.routine.request.minutes * 60);
		}
	);
});
