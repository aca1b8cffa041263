/**
 * Core moves for a healthy back. McGill's big three (curl-up, side bridge, bird dog) carry
 * `bigThree` and a pyramid dose; the rest fill longer plans or join when back-friendly is off.
 */
import type { Exercise } from '../types';
import { BIG_THREE_KEYS, CORE, hold, pyramid, reps, timed } from './shared';

/** planks and static core holds: 10–30 s (rule), three holds */
const plank = (holdSec = 20) => hold(holdSec, 3, 10, 30);

export const coreMoves: readonly Exercise[] = [
	{
		id: 'cat-camel',
		name: 'Cat-camel',
		kind: 'core',
		mode: 'reps',
		regions: ['lower-back', 'upper-back'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: reps(6, 5, 6, 6),
		intensity: 1,
		steps: [
			'Kneel on all fours, hands under shoulders and knees under hips.',
			'Slowly round your back up, letting the head hang.',
			'Then let the back sag gently, lifting the gaze a little.',
			'Keep it slow and unforced: five or six cycles.'
		],
		cue: 'Motion, not stretch: stop short of any end-range strain.',
		caution: 'Move only within a comfortable range.',
		guidelines: ['mcgill-cat-camel']
	},
	{
		id: 'bracing',
		name: 'Abdominal bracing',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'obliques'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(5, 5, 10, 13, 10),
		intensity: 1,
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Gently stiffen your whole trunk, as if about to be nudged in the side.',
			'Hold while breathing normally, then relax.'
		],
		cue: 'Brace lightly and keep breathing; do not suck the belly in.',
		guidelines: ['mcgill-big-three', 'nhs-back-exercises']
	},
	{
		id: 'mcgill-curl-up',
		name: 'McGill curl-up',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: pyramid(),
		intensity: 1,
		bigThree: 'curl-up',
		steps: [
			'Lie on your back with one knee bent and the other leg straight.',
			'Slide your hands, palms down, under the arch of your lower back.',
			'Lift head and shoulders just off the floor as one piece, and hold.',
			'Lower slowly; swap which knee is bent between sets.'
		],
		cue: 'Lift only a little: the lower back stays still on your hands.',
		caution: 'Do not tuck the chin or pull on the head.',
		guidelines: [...BIG_THREE_KEYS, 'axler-mcgill']
	},
	{
		id: 'mcgill-curl-up-elbows-up',
		name: 'McGill curl-up, elbows raised',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'obliques'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: pyramid(),
		intensity: 2,
		bigThree: 'curl-up',
		steps: [
			'Set up as for the curl-up: one knee bent, hands under the lower back.',
			'Lift the elbows just off the floor and brace gently.',
			'Raise head and shoulders a little as one piece, and hold.',
			'Lower slowly; swap which knee is bent between sets.'
		],
		cue: 'The elbows stay up for the whole set; the lower back stays still.',
		caution: 'Do not tuck the chin or pull on the head.',
		guidelines: [...BIG_THREE_KEYS, 'axler-mcgill']
	},
	{
		id: 'side-bridge-knees',
		name: 'Side bridge from the knees',
		kind: 'core',
		mode: 'reps',
		regions: ['obliques', 'abdominals', 'glutes'],
		perSide: true,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: pyramid(),
		intensity: 1,
		bigThree: 'side-bridge',
		steps: [
			'Lie on your side propped on the forearm, elbow under the shoulder.',
			'Bend the knees so the feet are behind you.',
			'Lift the hips until the body is straight from head to knees, and hold.',
			'Lower gently; after the set, repeat on the other side.'
		],
		cue: 'Hips forward, in line with the shoulders.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'side-bridge-feet',
		name: 'Side bridge from the feet',
		kind: 'core',
		mode: 'reps',
		regions: ['obliques', 'abdominals', 'glutes'],
		perSide: true,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: pyramid(),
		intensity: 2,
		bigThree: 'side-bridge',
		steps: [
			'Lie on your side on the forearm, elbow under the shoulder, legs straight.',
			'Place the top foot just in front of the bottom one.',
			'Lift the hips so the body is straight from head to feet, and hold.',
			'Lower gently; after the set, repeat on the other side.'
		],
		cue: 'Do not let the hips sag or drift back.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'side-bridge-roll',
		name: 'Side bridge roll',
		kind: 'core',
		mode: 'reps',
		regions: ['obliques', 'abdominals', 'shoulders'],
		perSide: false,
		level: 'advanced',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: pyramid(5),
		intensity: 3,
		bigThree: 'side-bridge',
		steps: [
			'Hold a side bridge on one forearm, feet stacked or staggered.',
			'Roll onto both forearms into a plank, then on to the opposite forearm.',
			'Pause in each side bridge; each roll counts as one repetition.'
		],
		cue: 'Turn the whole body as one unit, like a log.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'bird-dog-leg-only',
		name: 'Bird dog, leg only',
		kind: 'core',
		mode: 'reps',
		regions: ['glutes', 'lower-back', 'abdominals'],
		perSide: true,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: pyramid(),
		intensity: 1,
		bigThree: 'bird-dog',
		steps: [
			'Kneel on all fours with a flat back and the trunk gently braced.',
			'Slide one leg back and lift it until it is level with the body, and hold.',
			'Lower it; after the set, repeat on the other side.'
		],
		cue: 'Keep the hips level: no tilting towards the standing knee.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'bird-dog',
		name: 'Bird dog, arm and leg',
		kind: 'core',
		mode: 'reps',
		regions: ['lower-back', 'glutes', 'shoulders'],
		perSide: true,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: pyramid(),
		intensity: 2,
		bigThree: 'bird-dog',
		steps: [
			'Kneel on all fours with a flat back and the trunk gently braced.',
			'Reach one arm forwards and the opposite leg back, both level with the body.',
			'Hold, make a fist, then lower; after the set, repeat on the other side.'
		],
		cue: 'The back stays still while the limbs move.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'bird-dog-sweeps',
		name: 'Bird dog sweeps',
		kind: 'core',
		mode: 'reps',
		regions: ['lower-back', 'glutes', 'shoulders'],
		perSide: true,
		level: 'advanced',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: pyramid(5),
		intensity: 3,
		bigThree: 'bird-dog',
		steps: [
			'From all fours, reach out the opposite arm and leg and hold.',
			'Sweep the hand and knee in under the body without touching down.',
			'Reach them out again and hold; after the set, repeat on the other side.'
		],
		cue: 'Move the limbs, not the spine.',
		guidelines: BIG_THREE_KEYS
	},
	{
		id: 'pelvic-tilt',
		name: 'Pelvic tilt',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'lower-back'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(8, 5, 12, 8, 5),
		intensity: 1,
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Tighten the stomach and gently press the small of the back into the floor.',
			'Hold, then relax back to the start.'
		],
		cue: 'A small, gentle tilt of the pelvis, not a lift.',
		guidelines: CORE
	},
	{
		id: 'glute-bridge',
		name: 'Glute bridge',
		kind: 'core',
		mode: 'reps',
		regions: ['glutes', 'hamstrings', 'lower-back'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(8, 5, 12, 8, 5),
		intensity: 1,
		steps: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Squeeze the buttocks and lift the hips until knees, hips and shoulders line up.',
			'Hold, then lower slowly.'
		],
		cue: 'Lift with the buttocks, not by arching the back.',
		guidelines: CORE
	},
	{
		id: 'single-leg-glute-bridge',
		name: 'Single-leg glute bridge',
		kind: 'core',
		mode: 'reps',
		regions: ['glutes', 'hamstrings'],
		perSide: true,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(6, 5, 10, 4),
		intensity: 2,
		steps: [
			'Lie on your back, knees bent, feet flat.',
			'Straighten one leg in line with the other thigh.',
			'Lift the hips with the bent leg, keeping them level, then lower.',
			'After the set, repeat on the other side.'
		],
		cue: 'Keep both hips at the same height.',
		guidelines: CORE
	},
	{
		id: 'dead-bug',
		name: 'Dead bug',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'hip-flexors'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(8, 5, 12, 4),
		intensity: 2,
		steps: [
			'Lie on your back, arms up to the ceiling, knees bent over the hips.',
			'Slowly lower one arm overhead and the opposite leg towards the floor.',
			'Bring them back and alternate sides.'
		],
		cue: 'Keep the lower back resting on the floor throughout.',
		guidelines: CORE
	},
	{
		id: 'toe-taps',
		name: 'Lying toe taps',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'hip-flexors'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(10, 6, 14, 3),
		intensity: 1,
		steps: [
			'Lie on your back with knees bent over the hips in a tabletop shape.',
			'Lower one foot to tap the floor, keeping the knee bent.',
			'Bring it back up and alternate legs.'
		],
		cue: 'Move the leg slowly; the back stays quiet.',
		guidelines: CORE
	},
	{
		id: 'clamshell',
		name: 'Clamshell',
		kind: 'core',
		mode: 'reps',
		regions: ['glutes'],
		perSide: true,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(10, 6, 15, 3),
		intensity: 1,
		steps: [
			'Lie on your side, knees bent, heels in line with your buttocks.',
			'Keeping the feet together, lift the top knee.',
			'Lower slowly; after the set, repeat on the other side.'
		],
		cue: 'Do not let the top hip roll back.',
		guidelines: CORE
	},
	{
		id: 'wall-plank',
		name: 'Wall plank',
		kind: 'core',
		mode: 'hold',
		regions: ['abdominals', 'shoulders'],
		perSide: false,
		level: 'beginner',
		equipment: ['wall'],
		back: 'ok',
		position: 'standing',
		dose: plank(),
		intensity: 1,
		steps: [
			'Stand a step or two from a wall and lean onto your forearms on it.',
			'Walk the feet back until the body is one straight slanted line.',
			'Brace gently and hold.'
		],
		cue: 'Straight line from head to heels.',
		guidelines: [...CORE, 'mcgill-risky']
	},
	{
		id: 'chair-incline-plank',
		name: 'Chair incline plank',
		kind: 'core',
		mode: 'hold',
		regions: ['abdominals', 'shoulders', 'chest'],
		perSide: false,
		level: 'beginner',
		equipment: ['chair'],
		back: 'ok',
		position: 'standing',
		dose: plank(),
		intensity: 2,
		steps: [
			'Put a sturdy chair against a wall and place your hands on the seat.',
			'Step the feet back until the body forms a straight slanted line.',
			'Brace gently and hold.'
		],
		cue: 'Do not let the hips sag or pike up.',
		guidelines: [...CORE, 'mcgill-risky']
	},
	{
		id: 'kneeling-plank',
		name: 'Kneeling plank',
		kind: 'core',
		mode: 'hold',
		regions: ['abdominals', 'shoulders'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: plank(),
		intensity: 2,
		steps: [
			'Lie face down and prop yourself on the forearms, elbows under shoulders.',
			'Lift the hips so the body is straight from head to knees.',
			'Brace gently and hold.'
		],
		cue: 'Keep breathing; do not hold your breath.',
		guidelines: [...CORE, 'mcgill-risky']
	},
	{
		id: 'front-plank',
		name: 'Front plank',
		kind: 'core',
		mode: 'hold',
		regions: ['abdominals', 'shoulders', 'glutes'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: plank(),
		intensity: 2,
		steps: [
			'Lie face down on the forearms, elbows under shoulders.',
			'Tuck the toes under and lift the body into a straight line.',
			'Squeeze the buttocks, brace gently and hold.'
		],
		cue: 'Stop the hold before the hips start to sag.',
		guidelines: [...CORE, 'mcgill-risky']
	},
	{
		id: 'bear-hold',
		name: 'Bear hold',
		kind: 'core',
		mode: 'hold',
		regions: ['abdominals', 'shoulders', 'quadriceps'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: plank(15),
		intensity: 2,
		steps: [
			'Kneel on all fours with a flat back, toes tucked under.',
			"Lift the knees a hand's width off the floor.",
			'Hold still, breathing steadily.'
		],
		cue: 'Keep the back flat as a table.',
		guidelines: CORE
	},
	{
		id: 'plank-shoulder-taps',
		name: 'Plank shoulder taps',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'obliques', 'shoulders'],
		perSide: false,
		level: 'advanced',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(10, 6, 14, 3),
		intensity: 3,
		steps: [
			'Hold a plank on straight arms, feet a little wider than hips.',
			'Lift one hand to tap the opposite shoulder, then put it down.',
			'Alternate hands slowly.'
		],
		cue: 'The hips stay still, with no rocking side to side.',
		guidelines: CORE
	},
	{
		id: 'standing-brace-march',
		name: 'Standing brace march',
		kind: 'core',
		mode: 'timed',
		regions: ['abdominals', 'hip-flexors'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(45, 30, 90),
		intensity: 1,
		steps: [
			'Stand tall and brace the trunk gently.',
			'March slowly on the spot, lifting each knee to hip height.',
			'Keep the brace and breathe normally throughout.'
		],
		cue: 'No leaning as each foot leaves the floor.',
		guidelines: CORE
	}
];
