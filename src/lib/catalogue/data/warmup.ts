/**
 * Warm-up moves, grouped by RAMP phase (Jeffreys 2007). All dynamic: no static holds.
 * Intensity 1 opens a warm-up; impact moves are flagged so back-friendly and low-impact
 * routines leave them out.
 */
import type { Exercise } from '../types';
import {
	FLEX_OSTEO_CAUTION,
	ROT_OSTEO_CAUTION,
	IMPACT_CAUTION,
	WARMUP,
	WARMUP_NHS,
	reps,
	timed
} from './shared';

export const warmups: readonly Exercise[] = [
	// ---- raise: heart rate and temperature up ----
	{
		id: 'march-on-the-spot',
		name: 'March on the spot',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hip-flexors', 'quadriceps', 'calves'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(120, 30, 180),
		intensity: 1,
		ramp: 'raise',
		harder: 'jog-on-the-spot',
		steps: [
			'Stand tall and march in place, lifting each knee to a comfortable height.',
			'Swing your arms in time with your legs.',
			'Start easy and pick up the pace a little as you go.'
		],
		cue: 'Land softly and keep breathing steadily.',
		guidelines: WARMUP_NHS
	},
	{
		id: 'heel-digs',
		name: 'Heel digs',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hamstrings', 'calves'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(60, 30, 90),
		intensity: 1,
		ramp: 'raise',
		steps: [
			'Tap one heel on the floor in front of you, toes pointing up.',
			'Bring it back and tap the other heel, alternating at a steady rhythm.',
			'Punch your arms forward in time to lift the heart rate.'
		],
		cue: 'Keep a slight bend in the standing knee.',
		guidelines: WARMUP_NHS
	},
	{
		id: 'knee-lifts-opposite-hand',
		name: 'Knee lifts to opposite hand',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hip-flexors', 'abdominals', 'quadriceps'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(30, 30, 90),
		intensity: 1,
		ramp: 'raise',
		harder: 'high-knees',
		steps: [
			'Lift one knee towards hip height and touch it with the opposite hand.',
			'Lower it and repeat with the other knee and hand, alternating.',
			'Keep a steady rhythm you could talk through.'
		],
		cue: 'Bring the knee up to the hand, not the chest down to the knee.',
		guidelines: WARMUP_NHS
	},
	{
		id: 'step-jacks',
		name: 'Step jacks',
		kind: 'warmup',
		mode: 'timed',
		regions: ['glutes', 'shoulders', 'calves'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(45, 30, 90),
		intensity: 1,
		ramp: 'raise',
		harder: 'jumping-jacks',
		steps: [
			'Step one foot out to the side while raising both arms overhead.',
			'Step it back in as the arms come down.',
			'Alternate sides at a brisk, even pace.'
		],
		cue: 'One foot always stays on the floor: no jumping.',
		guidelines: WARMUP
	},
	{
		id: 'side-step-touch',
		name: 'Side step and touch',
		kind: 'warmup',
		mode: 'timed',
		regions: ['adductors', 'glutes', 'calves'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: timed(60, 30, 120),
		intensity: 1,
		ramp: 'raise',
		steps: [
			'Step wide to one side and bring the other foot in to tap beside it.',
			'Step back the other way and tap again.',
			'Add an arm swing across the body as you warm up.'
		],
		cue: 'Stay light on your feet with soft knees.',
		guidelines: WARMUP
	},
	{
		id: 'jog-on-the-spot',
		name: 'Easy jog on the spot',
		kind: 'warmup',
		mode: 'timed',
		regions: ['calves', 'quadriceps', 'hamstrings'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: timed(60, 30, 120),
		intensity: 2,
		ramp: 'raise',
		easier: 'march-on-the-spot',
		steps: [
			'Jog gently in place, landing on the balls of your feet.',
			'Keep the arms relaxed and bent, swinging in time.',
			'Stay at an easy pace: you should still be able to talk.'
		],
		cue: 'Quiet, springy landings.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	},
	{
		id: 'jumping-jacks',
		name: 'Jumping jacks',
		kind: 'warmup',
		mode: 'timed',
		regions: ['calves', 'shoulders', 'adductors'],
		perSide: false,
		level: 'intermediate',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: timed(30, 30, 60),
		intensity: 2,
		ramp: 'raise',
		easier: 'step-jacks',
		steps: [
			'Jump your feet apart as your arms sweep up overhead.',
			'Jump the feet back together as the arms come down.',
			'Keep a steady rhythm.'
		],
		cue: 'Land softly through the balls of the feet.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	},
	{
		id: 'butt-kicks',
		name: 'Butt kicks',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hamstrings', 'quadriceps', 'calves'],
		perSide: false,
		level: 'intermediate',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: timed(30, 30, 60),
		intensity: 2,
		ramp: 'raise',
		steps: [
			'Jog on the spot, bringing each heel up towards your buttock.',
			'Keep the knees pointing down and the trunk upright.',
			'Let the arms swing naturally.'
		],
		cue: 'Quick, light feet.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	},
	{
		id: 'high-knees',
		name: 'High knees',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hip-flexors', 'quadriceps', 'calves'],
		perSide: false,
		level: 'intermediate',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: timed(30, 30, 60),
		intensity: 2,
		ramp: 'raise',
		harder: 'fast-high-knees',
		steps: [
			'Jog on the spot, lifting the knees towards hip height.',
			'Pump the arms in time with the legs.',
			'Keep the pace moderate for now.'
		],
		cue: 'Stand tall rather than leaning back.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	},

	// ---- mobilise: joints through their range ----
	{
		id: 'shoulder-rolls',
		name: 'Shoulder rolls',
		kind: 'warmup',
		mode: 'reps',
		regions: ['shoulders', 'upper-back', 'neck'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(20, 10, 20, 2),
		intensity: 1,
		ramp: 'mobilise',
		steps: [
			'Stand tall with the arms relaxed by your sides.',
			'Roll both shoulders up, back and down in a smooth circle.',
			'Roll backwards for half the repetitions, then forwards.'
		],
		cue: 'Make the circles as big as is comfortable.',
		guidelines: WARMUP_NHS
	},
	{
		id: 'arm-circles',
		name: 'Arm circles',
		kind: 'warmup',
		mode: 'reps',
		regions: ['shoulders', 'chest', 'upper-back'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(20, 10, 20, 2),
		intensity: 1,
		ramp: 'mobilise',
		steps: [
			'Lift both arms out to the sides at shoulder height.',
			'Draw small circles, letting them grow bigger.',
			'Reverse direction halfway through.'
		],
		cue: 'Keep the shoulders down away from the ears.',
		guidelines: WARMUP
	},
	{
		id: 'leg-swings-front-back',
		name: 'Leg swings, front to back',
		kind: 'warmup',
		mode: 'reps',
		regions: ['hamstrings', 'hip-flexors', 'glutes'],
		perSide: true,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 6, 15, 2),
		intensity: 1,
		ramp: 'mobilise',
		steps: [
			'Stand tall, a hand on a wall or chair back if you need balance.',
			'Swing one leg forwards and back like a pendulum.',
			'Let the swing grow gradually, then repeat on the other side.'
		],
		cue: 'The trunk stays still; only the leg moves.',
		guidelines: WARMUP
	},
	{
		id: 'leg-swings-across',
		name: 'Leg swings across the body',
		kind: 'warmup',
		mode: 'reps',
		regions: ['adductors', 'glutes'],
		perSide: true,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 6, 15, 2),
		intensity: 1,
		ramp: 'mobilise',
		steps: [
			'Stand tall, hands on a wall or chair back if you need balance.',
			'Swing one leg across in front of the other, then out to the side.',
			'Build the range slowly, then repeat on the other side.'
		],
		cue: 'Keep the hips facing forwards.',
		guidelines: WARMUP
	},
	{
		id: 'standing-hip-circles',
		name: 'Standing hip circles',
		kind: 'warmup',
		mode: 'reps',
		regions: ['glutes', 'lower-back', 'hip-flexors'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 6, 12, 3),
		intensity: 1,
		ramp: 'mobilise',
		steps: [
			'Stand with feet hip-width apart and hands on your hips.',
			'Draw slow, wide circles with your hips.',
			'Change direction halfway through.'
		],
		cue: 'Keep the head and shoulders quiet above the moving hips.',
		guidelines: WARMUP
	},
	{
		id: 'cat-camel-warmup',
		name: 'Cat-camel',
		kind: 'warmup',
		mode: 'reps',
		regions: ['lower-back', 'upper-back'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: reps(6, 5, 6, 6),
		intensity: 1,
		ramp: 'mobilise',
		movement: 'cat-camel',
		steps: [
			'Kneel on all fours, hands under shoulders and knees under hips.',
			'Slowly round your back up towards the ceiling, letting the head drop.',
			'Then let the back sag gently as you lift your gaze a little.'
		],
		cue: 'Slow and easy: this is motion, not a stretch to push.',
		caution: 'Move only within a comfortable range.',
		guidelines: [...WARMUP, 'mcgill-cat-camel']
	},
	{
		id: 'worlds-greatest-stretch',
		name: "World's greatest stretch",
		kind: 'warmup',
		mode: 'reps',
		regions: ['hip-flexors', 'upper-back', 'hamstrings'],
		perSide: true,
		level: 'intermediate',
		equipment: [],
		back: 'rot',
		position: 'standing',
		dose: reps(4, 4, 6, 8, 2),
		intensity: 2,
		ramp: 'mobilise',
		steps: [
			'Step into a long lunge and put both hands on the floor inside the front foot.',
			'Turn the chest and reach the inside arm up towards the ceiling.',
			'Bring the hand down, step back up, and repeat on the other side.'
		],
		cue: 'Let the turn come from the upper back.',
		caution: ROT_OSTEO_CAUTION,
		guidelines: [...WARMUP, 'static-in-warmup']
	},
	{
		id: 'inchworm',
		name: 'Inchworm',
		kind: 'warmup',
		mode: 'reps',
		regions: ['hamstrings', 'shoulders', 'abdominals'],
		perSide: false,
		level: 'intermediate',
		equipment: [],
		back: 'flex',
		position: 'standing',
		dose: reps(5, 4, 8, 8),
		intensity: 2,
		ramp: 'mobilise',
		steps: [
			'From standing, bend the knees as needed and place your hands on the floor.',
			'Walk the hands forwards until you are in a plank.',
			'Walk the hands back to the feet and roll up to standing.'
		],
		cue: 'Bend the knees as much as you need to reach the floor.',
		caution: `${FLEX_OSTEO_CAUTION} Roll back up slowly, one part of the back at a time.`,
		guidelines: [...WARMUP, 'flexion-caution']
	},

	// ---- activate: wake up the muscles the session will use ----
	{
		id: 'glute-bridge-warmup',
		name: 'Glute bridge',
		kind: 'warmup',
		mode: 'reps',
		regions: ['glutes', 'hamstrings'],
		perSide: false,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'lying',
		dose: reps(10, 8, 15, 3),
		intensity: 1,
		ramp: 'activate',
		movement: 'glute-bridge',
		steps: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Squeeze the buttocks and lift the hips until knees, hips and shoulders line up.',
			'Lower slowly and repeat.'
		],
		cue: 'Push through the heels.',
		guidelines: WARMUP
	},
	{
		id: 'bird-dog-warmup',
		name: 'Bird dog',
		kind: 'warmup',
		mode: 'reps',
		regions: ['glutes', 'lower-back', 'shoulders'],
		perSide: true,
		level: 'beginner',
		equipment: ['mat'],
		back: 'ok',
		position: 'kneeling',
		dose: reps(6, 4, 10, 4, 2),
		intensity: 1,
		ramp: 'activate',
		movement: 'bird-dog',
		steps: [
			'Kneel on all fours with a flat back.',
			'Reach one arm forwards and the opposite leg back until level with the body.',
			'Pause, return, and after the set repeat on the other side.'
		],
		cue: 'Keep the hips level, as if balancing a cup on your back.',
		guidelines: [...WARMUP, 'mcgill-big-three']
	},
	{
		id: 'mini-squats',
		name: 'Mini squats',
		kind: 'warmup',
		mode: 'reps',
		regions: ['quadriceps', 'glutes'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 8, 15, 3),
		intensity: 1,
		ramp: 'activate',
		movement: 'squat',
		easier: 'chair-squats',
		steps: [
			'Stand with feet hip-width apart, arms forward for balance.',
			'Bend the knees a little, as if starting to sit, then stand up again.',
			'Keep the movement small and smooth.'
		],
		cue: 'Knees travel in line with the toes.',
		guidelines: WARMUP_NHS
	},
	{
		id: 'chair-squats',
		name: 'Chair squats',
		kind: 'warmup',
		mode: 'reps',
		regions: ['quadriceps', 'glutes', 'hamstrings'],
		perSide: false,
		level: 'beginner',
		equipment: ['chair'],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 6, 15, 4),
		intensity: 1,
		ramp: 'activate',
		movement: 'squat',
		harder: 'mini-squats',
		steps: [
			'Stand in front of a sturdy chair, feet hip-width apart.',
			'Sit back until you lightly touch the seat, keeping the chest up.',
			'Stand up again by pushing through the whole foot.'
		],
		cue: 'Touch the seat lightly rather than dropping onto it.',
		guidelines: WARMUP
	},
	{
		id: 'wall-push-up',
		name: 'Wall push-up',
		kind: 'warmup',
		mode: 'reps',
		regions: ['chest', 'triceps', 'shoulders'],
		perSide: false,
		level: 'beginner',
		equipment: ['wall'],
		back: 'ok',
		position: 'standing',
		dose: reps(10, 6, 15, 3),
		intensity: 1,
		ramp: 'activate',
		steps: [
			"Stand an arm's length from a wall and place your palms on it at chest height.",
			'Bend the elbows to bring your chest towards the wall.',
			'Push back to straight arms.'
		],
		cue: 'Body in one straight line from head to heels.',
		guidelines: WARMUP
	},
	{
		id: 'calf-raises',
		name: 'Calf raises',
		kind: 'warmup',
		mode: 'reps',
		regions: ['calves'],
		perSide: false,
		level: 'beginner',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(12, 8, 20, 2),
		intensity: 1,
		ramp: 'activate',
		steps: [
			'Stand tall, holding a wall or chair lightly if you like.',
			'Rise up onto the balls of your feet.',
			'Lower the heels slowly back to the floor.'
		],
		cue: 'Go straight up, not rolling out onto the little toes.',
		guidelines: WARMUP
	},

	// ---- potentiate: rehearse the session at rising intensity ----
	{
		id: 'reverse-lunge',
		name: 'Reverse lunge',
		kind: 'warmup',
		mode: 'reps',
		regions: ['quadriceps', 'glutes', 'hip-flexors'],
		perSide: true,
		level: 'intermediate',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(8, 5, 10, 3),
		intensity: 2,
		ramp: 'potentiate',
		steps: [
			'Stand tall and step one foot back into a lunge.',
			'Lower the back knee towards the floor, both knees bending.',
			'Push through the front foot to return, then repeat on the other side.'
		],
		cue: 'Keep the front knee over the ankle.',
		guidelines: WARMUP
	},
	{
		id: 'lateral-lunge',
		name: 'Lateral lunge',
		kind: 'warmup',
		mode: 'reps',
		regions: ['adductors', 'glutes', 'quadriceps'],
		perSide: true,
		level: 'intermediate',
		equipment: [],
		back: 'ok',
		position: 'standing',
		dose: reps(6, 5, 10, 3),
		intensity: 2,
		ramp: 'potentiate',
		steps: [
			'Stand with feet wide and toes forwards.',
			'Shift your weight to one side, bending that knee and sitting the hips back.',
			'Push back to the middle, then repeat on the other side.'
		],
		cue: 'The straight leg stays long, foot flat.',
		guidelines: WARMUP
	},
	{
		id: 'squat-jumps',
		name: 'Squat jumps',
		kind: 'warmup',
		mode: 'reps',
		regions: ['quadriceps', 'glutes', 'calves'],
		perSide: false,
		level: 'advanced',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: reps(8, 5, 10, 3),
		intensity: 3,
		ramp: 'potentiate',
		steps: [
			'Lower into a shallow squat with arms back.',
			'Swing the arms and jump straight up.',
			'Land softly with bent knees and go straight into the next one.'
		],
		cue: 'Land as quietly as you can.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	},
	{
		id: 'fast-high-knees',
		name: 'High knees at pace',
		kind: 'warmup',
		mode: 'timed',
		regions: ['hip-flexors', 'quadriceps', 'calves'],
		perSide: false,
		level: 'advanced',
		equipment: [],
		back: 'impact',
		position: 'standing',
		dose: timed(30, 30, 45),
		intensity: 3,
		ramp: 'potentiate',
		easier: 'high-knees',
		steps: [
			'Run on the spot, driving the knees up towards hip height.',
			'Pump the arms hard and keep the feet quick.',
			'Hold the pace for the whole interval.'
		],
		cue: 'Tall posture, quick feet.',
		caution: IMPACT_CAUTION,
		guidelines: WARMUP
	}
];
