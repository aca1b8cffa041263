/** How to do each core move (`../data/core.ts`): its steps, cue and any caution, loaded only where they are shown. */
import type { ExerciseText } from '../types';

export const texts: Readonly<Record<string, ExerciseText>> = {
	'cat-camel': {
		steps: [
			'Kneel on all fours, hands under shoulders and knees under hips.',
			'Slowly round your back up, letting the head hang.',
			'Then let the back sag gently, lifting the gaze a little.',
			'Keep it slow and unforced: five or six cycles.'
		],
		cue: 'Motion, not stretch: stop short of any end-range strain.',
		caution: 'Move only within a comfortable range.'
	},
	bracing: {
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Gently stiffen your whole trunk, as if about to be nudged in the side.',
			'Hold while breathing normally, then relax.'
		],
		cue: 'Brace lightly and keep breathing; do not suck the belly in.'
	},
	'mcgill-curl-up': {
		steps: [
			'Lie on your back with one knee bent and the other leg straight.',
			'Slide your hands, palms down, under the arch of your lower back.',
			'Lift head and shoulders just off the floor as one piece, and hold.',
			'Lower slowly; swap which knee is bent between sets.'
		],
		cue: 'Lift only a little: the lower back stays still on your hands.',
		caution: 'Do not tuck the chin or pull on the head.'
	},
	'mcgill-curl-up-elbows-up': {
		steps: [
			'Set up as for the curl-up: one knee bent, hands under the lower back.',
			'Lift the elbows just off the floor and brace gently.',
			'Raise head and shoulders a little as one piece, and hold.',
			'Lower slowly; swap which knee is bent between sets.'
		],
		cue: 'The elbows stay up for the whole set; the lower back stays still.',
		caution: 'Do not tuck the chin or pull on the head.'
	},
	'side-bridge-knees': {
		steps: [
			'Lie on your side propped on the forearm, elbow under the shoulder.',
			'Bend the knees so the feet are behind you.',
			'Lift the hips until the body is straight from head to knees, and hold.',
			'Lower gently; after the set, repeat on the other side.'
		],
		cue: 'Hips forward, in line with the shoulders.'
	},
	'side-bridge-feet': {
		steps: [
			'Lie on your side on the forearm, elbow under the shoulder, legs straight.',
			'Place the top foot just in front of the bottom one.',
			'Lift the hips so the body is straight from head to feet, and hold.',
			'Lower gently; after the set, repeat on the other side.'
		],
		cue: 'Do not let the hips sag or drift back.'
	},
	'side-bridge-roll': {
		steps: [
			'Hold a side bridge on one forearm, feet stacked or staggered.',
			'Roll onto both forearms into a plank, then on to the opposite forearm.',
			'Hold each side bridge for the count; each roll counts as one repetition.'
		],
		cue: 'Turn the whole body as one unit, like a log.'
	},
	'bird-dog-leg-only': {
		steps: [
			'Kneel on all fours with a flat back and the trunk gently braced.',
			'Slide one leg back and lift it until it is level with the body, and hold.',
			'Lower it; after the set, repeat on the other side.'
		],
		cue: 'Keep the hips level: no tilting towards the standing knee.'
	},
	'bird-dog': {
		steps: [
			'Kneel on all fours with a flat back and the trunk gently braced.',
			'Reach one arm forwards and the opposite leg back, both level with the body.',
			'Hold, make a fist, then lower; after the set, repeat on the other side.'
		],
		cue: 'The back stays still while the limbs move.'
	},
	'bird-dog-sweeps': {
		steps: [
			'From all fours, reach out the opposite arm and leg and hold, spine still.',
			'Sweep the hand and knee back to the start, just above the floor, without touching down.',
			'Reach them out again and hold; after the set, repeat on the other side.'
		],
		cue: 'Only the arm and leg move: no rounding to bring elbow and knee together.'
	},
	'pelvic-tilt': {
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Tighten the stomach and gently press the small of the back into the floor.',
			'Hold, then relax back to the start.'
		],
		cue: 'A small, gentle tilt of the pelvis, not a lift.'
	},
	'glute-bridge': {
		steps: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Squeeze the buttocks and lift the hips until knees, hips and shoulders line up.',
			'Hold, then lower slowly.'
		],
		cue: 'Lift with the buttocks, not by arching the back.'
	},
	'single-leg-glute-bridge': {
		steps: [
			'Lie on your back, knees bent, feet flat.',
			'Straighten one leg in line with the other thigh.',
			'Lift the hips with the bent leg, keeping them level, then lower.',
			'After the set, repeat on the other side.'
		],
		cue: 'Keep both hips at the same height.'
	},
	'dead-bug': {
		steps: [
			'Lie on your back, arms up to the ceiling, knees bent over the hips.',
			'Slowly lower one arm overhead and the opposite leg towards the floor.',
			'Bring them back and alternate sides.'
		],
		cue: 'Keep the lower back resting on the floor throughout.'
	},
	'toe-taps': {
		steps: [
			'Lie on your back with knees bent over the hips in a tabletop shape.',
			'Lower one foot to tap the floor, keeping the knee bent.',
			'Bring it back up and alternate legs.'
		],
		cue: 'Move the leg slowly; the back stays quiet.'
	},
	clamshell: {
		steps: [
			'Lie on your side, knees bent, heels in line with your buttocks.',
			'Keeping the feet together, lift the top knee.',
			'Lower slowly; after the set, repeat on the other side.'
		],
		cue: 'Do not let the top hip roll back.'
	},
	'wall-plank': {
		steps: [
			'Stand a step or two from a wall and lean onto your forearms on it.',
			'Walk the feet back until the body is one straight slanted line.',
			'Brace gently and hold.'
		],
		cue: 'Straight line from head to heels.'
	},
	'chair-incline-plank': {
		steps: [
			'Put a sturdy chair against a wall and place your hands on the seat.',
			'Step the feet back until the body forms a straight slanted line.',
			'Brace gently and hold.'
		],
		cue: 'Do not let the hips sag or pike up.'
	},
	'kneeling-plank': {
		steps: [
			'Lie face down and prop yourself on the forearms, elbows under shoulders.',
			'Lift the hips so the body is straight from head to knees.',
			'Brace gently and hold.'
		],
		cue: 'Keep breathing; do not hold your breath.'
	},
	'front-plank': {
		steps: [
			'Lie face down on the forearms, elbows under shoulders.',
			'Tuck the toes under and lift the body into a straight line.',
			'Squeeze the buttocks, brace gently and hold.'
		],
		cue: 'Stop the hold before the hips start to sag.'
	},
	'bear-hold': {
		steps: [
			'Kneel on all fours with a flat back, toes tucked under.',
			"Lift the knees a hand's width off the floor.",
			'Hold still, breathing steadily.'
		],
		cue: 'Keep the back flat as a table.'
	},
	'plank-shoulder-taps': {
		steps: [
			'Hold a plank on straight arms, feet a little wider than hips.',
			'Lift one hand to tap the opposite shoulder, then put it down.',
			'Alternate hands slowly.'
		],
		cue: 'The hips stay still, with no rocking side to side.'
	},
	'standing-brace-march': {
		steps: [
			'Stand tall and brace the trunk gently.',
			'March slowly on the spot, lifting each knee to hip height.',
			'Keep the brace and breathe normally throughout.'
		],
		cue: 'No leaning as each foot leaves the floor.'
	},
	'standing-cat-camel': {
		steps: [
			'Stand with feet hip-width apart, knees soft, hands resting on the thighs.',
			'Slowly round the back, letting the head drop a little.',
			'Then gently hollow the back, lifting the chest and gaze.',
			'Keep it slow and unforced: five or six cycles.'
		],
		cue: 'Motion, not stretch: stay well short of any strain.',
		caution: 'Move only within a comfortable range.'
	},
	'standing-brace-knee-lift': {
		steps: [
			'Stand tall, feet hip-width apart, and brace the trunk gently.',
			'Lift one knee to hip height and hold it there, standing still and tall.',
			'Lower the foot; after the set, repeat on the other side.'
		],
		cue: 'No leaning back or to the side as the knee comes up.'
	},
	'seated-brace-knee-lift': {
		steps: [
			'Sit tall near the front of a sturdy chair, feet flat, hands resting on the thighs.',
			'Brace gently and lift one foot a few centimetres off the floor, and hold.',
			'Put the foot down; after the set, repeat on the other side.'
		],
		cue: 'Sit tall: do not lean back to lift the foot.'
	},
	'wall-press': {
		steps: [
			'Stand facing a wall, a small step away, palms on the wall at shoulder height.',
			'Brace the trunk and press the hands firmly into the wall without moving, and hold.',
			'Ease off; keep breathing throughout.'
		],
		cue: 'Feel the stomach muscles work; the back stays still.'
	},
	'wall-side-plank': {
		steps: [
			'Stand side-on to a wall and lean on your forearm, elbow under the shoulder.',
			'Step the feet out a little so the body is one straight slanted line.',
			'Lift the hip away from the wall slightly, and hold.',
			'Ease off; after the set, repeat on the other side.'
		],
		cue: 'Straight line from head to feet: hips neither forward nor back.'
	},
	'standing-bird-dog-wall': {
		steps: [
			'Stand facing a wall, one hand on it at shoulder height, and brace gently.',
			'Reach the other arm forward and slide the opposite leg straight back, and hold.',
			'Bring them back; after the set, repeat on the other side.'
		],
		cue: 'Hips level and square to the wall; the back does not arch.'
	},
	'standing-bird-dog': {
		steps: [
			'Stand tall with the trunk gently braced.',
			'Reach one arm forward and slide the opposite leg back, toes just touching down.',
			'Hold, then bring them back; after the set, repeat on the other side.'
		],
		cue: 'Keep the back toes on the floor until your balance is steady.'
	},
	'single-leg-balance-brace': {
		steps: [
			'Stand tall beside something steady you could touch, and brace gently.',
			'Lift one foot just off the floor and balance, hips level, and hold.',
			'Put the foot down; repeat on the other side.'
		],
		cue: 'The hip of the lifted leg does not drop.'
	},
	'chair-sit-to-stand-brace': {
		steps: [
			'Sit near the front of a sturdy chair, feet flat and hip-width apart.',
			'Brace gently, lean forward from the hips and stand up without using the hands.',
			'Sit back down slowly, keeping the brace.'
		],
		cue: 'Chest up and the back long, both up and down.'
	},
	'standing-side-leg-lift': {
		steps: [
			'Stand tall, brace gently, and let one hand rest on something steady if you like.',
			'Lift one straight leg a little out to the side, toes pointing forward.',
			'Lower slowly; after the set, repeat on the other side.'
		],
		cue: 'The trunk stays upright: no leaning away from the leg.'
	}
};
