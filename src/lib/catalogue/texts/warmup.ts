/** How to do each warm-up move (`../data/warmup.ts`): its steps, cue and any caution, loaded only where they are shown. */
import type { ExerciseText } from '../types';
import { FLEX_OSTEO_CAUTION, IMPACT_CAUTION, ROT_OSTEO_CAUTION } from './shared';

export const texts: Readonly<Record<string, ExerciseText>> = {
	'march-on-the-spot': {
		steps: [
			'Stand tall and march in place, lifting each knee to a comfortable height.',
			'Swing your arms in time with your legs.',
			'Start easy and pick up the pace a little as you go.'
		],
		cue: 'Land softly and keep breathing steadily.'
	},
	'heel-digs': {
		steps: [
			'Tap one heel on the floor in front of you, toes pointing up.',
			'Bring it back and tap the other heel, alternating at a steady rhythm.',
			'Punch your arms forward in time to lift the heart rate.'
		],
		cue: 'Keep a slight bend in the standing knee.'
	},
	'knee-lifts-opposite-hand': {
		steps: [
			'Lift one knee towards hip height and touch it with the opposite hand.',
			'Lower it and repeat with the other knee and hand, alternating.',
			'Keep a steady rhythm you could talk through.'
		],
		cue: 'Bring the knee up to the hand, not the chest down to the knee.'
	},
	'step-jacks': {
		steps: [
			'Step one foot out to the side while raising both arms overhead.',
			'Step it back in as the arms come down.',
			'Alternate sides at a brisk, even pace.'
		],
		cue: 'One foot always stays on the floor: no jumping.'
	},
	'side-step-touch': {
		steps: [
			'Step wide to one side and bring the other foot in to tap beside it.',
			'Step back the other way and tap again.',
			'Add an arm swing across the body as you warm up.'
		],
		cue: 'Stay light on your feet with soft knees.'
	},
	'jog-on-the-spot': {
		steps: [
			'Jog gently in place, landing on the balls of your feet.',
			'Keep the arms relaxed and bent, swinging in time.',
			'Stay at an easy pace: you should still be able to talk.'
		],
		cue: 'Quiet, springy landings.',
		caution: IMPACT_CAUTION
	},
	'jumping-jacks': {
		steps: [
			'Jump your feet apart as your arms sweep up overhead.',
			'Jump the feet back together as the arms come down.',
			'Keep a steady rhythm.'
		],
		cue: 'Land softly through the balls of the feet.',
		caution: IMPACT_CAUTION
	},
	'butt-kicks': {
		steps: [
			'Jog on the spot, bringing each heel up towards your buttock.',
			'Keep the knees pointing down and the trunk upright.',
			'Let the arms swing naturally.'
		],
		cue: 'Quick, light feet.',
		caution: IMPACT_CAUTION
	},
	'high-knees': {
		steps: [
			'Jog on the spot, lifting the knees towards hip height.',
			'Pump the arms in time with the legs.',
			'Keep the pace moderate for now.'
		],
		cue: 'Stand tall rather than leaning back.',
		caution: IMPACT_CAUTION
	},
	'shoulder-rolls': {
		steps: [
			'Stand tall with the arms relaxed by your sides.',
			'Roll both shoulders up, back and down in a smooth circle.',
			'Roll backwards for half the repetitions, then forwards.'
		],
		cue: 'Make the circles as big as is comfortable.'
	},
	'arm-circles': {
		steps: [
			'Lift both arms out to the sides at shoulder height.',
			'Draw small circles, letting them grow bigger.',
			'Reverse direction halfway through.'
		],
		cue: 'Keep the shoulders down away from the ears.'
	},
	'leg-swings-front-back': {
		steps: [
			'Stand tall, a hand on a wall or chair back if you need balance.',
			'Swing one leg forwards and back like a pendulum.',
			'Let the swing grow gradually, then repeat on the other side.'
		],
		cue: 'The trunk stays still; only the leg moves.'
	},
	'leg-swings-across': {
		steps: [
			'Stand tall, hands on a wall or chair back if you need balance.',
			'Swing one leg across in front of the other, then out to the side.',
			'Build the range slowly, then repeat on the other side.'
		],
		cue: 'Keep the hips facing forwards.'
	},
	'standing-hip-circles': {
		steps: [
			'Stand with feet hip-width apart and hands on your hips.',
			'Draw slow, wide circles with your hips.',
			'Change direction halfway through.'
		],
		cue: 'Keep the head and shoulders quiet above the moving hips.'
	},
	'cat-camel-warmup': {
		steps: [
			'Kneel on all fours, hands under shoulders and knees under hips.',
			'Slowly round your back up towards the ceiling, letting the head drop.',
			'Then let the back sag gently as you lift your gaze a little.'
		],
		cue: 'Slow and easy: this is motion, not a stretch to push.',
		caution: 'Move only within a comfortable range.'
	},
	'worlds-greatest-stretch': {
		steps: [
			'Step into a long lunge and put both hands on the floor inside the front foot.',
			'Turn the chest and reach the inside arm up towards the ceiling.',
			'Bring the hand down, step back up, and repeat on the other side.'
		],
		cue: 'Let the turn come from the upper back.',
		caution: ROT_OSTEO_CAUTION
	},
	inchworm: {
		steps: [
			'From standing, bend the knees as needed and place your hands on the floor.',
			'Walk the hands forwards until you are in a plank.',
			'Walk the hands back to the feet and roll up to standing.'
		],
		cue: 'Bend the knees as much as you need to reach the floor.',
		caution: `${FLEX_OSTEO_CAUTION} Roll back up slowly, one part of the back at a time.`
	},
	'glute-bridge-warmup': {
		steps: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Squeeze the buttocks and lift the hips until knees, hips and shoulders line up.',
			'Lower slowly and repeat.'
		],
		cue: 'Push through the heels.'
	},
	'bird-dog-warmup': {
		steps: [
			'Kneel on all fours with a flat back.',
			'Reach one arm forwards and the opposite leg back until level with the body.',
			'Pause, return, and after the set repeat on the other side.'
		],
		cue: 'Keep the hips level, as if balancing a cup on your back.'
	},
	'mini-squats': {
		steps: [
			'Stand with feet hip-width apart, arms forward for balance.',
			'Bend the knees a little, as if starting to sit, then stand up again.',
			'Keep the movement small and smooth.'
		],
		cue: 'Knees travel in line with the toes.'
	},
	'chair-squats': {
		steps: [
			'Stand in front of a sturdy chair, feet hip-width apart.',
			'Sit back until you lightly touch the seat, keeping the chest up.',
			'Stand up again by pushing through the whole foot.'
		],
		cue: 'Touch the seat lightly rather than dropping onto it.'
	},
	'wall-push-up': {
		steps: [
			"Stand an arm's length from a wall and place your palms on it at chest height.",
			'Bend the elbows to bring your chest towards the wall.',
			'Push back to straight arms.'
		],
		cue: 'Body in one straight line from head to heels.'
	},
	'calf-raises': {
		steps: [
			'Stand tall, holding a wall or chair lightly if you like.',
			'Rise up onto the balls of your feet.',
			'Lower the heels slowly back to the floor.'
		],
		cue: 'Go straight up, not rolling out onto the little toes.'
	},
	'reverse-lunge': {
		steps: [
			'Stand tall and step one foot back into a lunge.',
			'Lower the back knee towards the floor, both knees bending.',
			'Push through the front foot to return, then repeat on the other side.'
		],
		cue: 'Keep the front knee over the ankle.'
	},
	'lateral-lunge': {
		steps: [
			'Stand with feet wide and toes forwards.',
			'Shift your weight to one side, bending that knee and sitting the hips back.',
			'Push back to the middle, then repeat on the other side.'
		],
		cue: 'The straight leg stays long, foot flat.'
	},
	'squat-jumps': {
		steps: [
			'Lower into a shallow squat with arms back.',
			'Swing the arms and jump straight up.',
			'Land softly with bent knees and go straight into the next one.'
		],
		cue: 'Land as quietly as you can.',
		caution: IMPACT_CAUTION
	},
	'fast-high-knees': {
		steps: [
			'Run on the spot, driving the knees up towards hip height.',
			'Pump the arms hard and keep the feet quick.',
			'Hold the pace for the whole interval.'
		],
		cue: 'Tall posture, quick feet.',
		caution: IMPACT_CAUTION
	}
};
