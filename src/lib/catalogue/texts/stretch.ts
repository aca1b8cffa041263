/** How to do each stretch (`../data/stretch.ts`): its steps, cue and any caution, loaded only where they are shown. */
import type { ExerciseText } from '../types';
import {
	FLEX_OSTEO_CAUTION,
	NECK_CAUTION,
	ROT_OSTEO_CAUTION,
	SIDE_CAUTION,
	WRIST_CAUTION
} from './shared';

export const texts: Readonly<Record<string, ExerciseText>> = {
	'calf-stretch-straight-knee': {
		steps: [
			'Step one foot well back, toes pointing forwards, both heels down.',
			'Bend the front knee and lean forwards, keeping the back leg straight.',
			'Rest your hands on the front thigh, or on a wall if you have one.',
			'Hold, then repeat on the other side.'
		],
		cue: 'Press the back heel into the floor.'
	},
	'calf-stretch-bent-knee': {
		steps: [
			'Stand with one foot a short step behind the other, both heels down.',
			'Bend both knees and sink down until you feel the lower calf of the back leg.',
			'Hold, then repeat on the other side.'
		],
		cue: 'Keep the back heel down as the knee bends.'
	},
	'wall-calf-stretch': {
		steps: [
			'Face a wall and rest the ball of one foot against it, heel on the floor.',
			'Keep the leg straight and bring your hips gently towards the wall.',
			'Hold, then repeat on the other side.'
		],
		cue: 'A mild pull along the calf, never sharp.'
	},
	'standing-hamstring-hinge': {
		steps: [
			'Place one heel a small step in front, toes up, and bend the back knee.',
			'Hands on the bent thigh, tip forwards from the hips with a long, flat back.',
			'Stop at a gentle pull behind the straight leg and hold.',
			'Come up slowly, then repeat on the other side.'
		],
		cue: 'Hinge at the hips; the back stays long, not rounded.'
	},
	'standing-quad': {
		steps: [
			'Stand tall, holding a wall or chair back for balance if you need it.',
			'Bend one knee and take hold of that ankle behind you.',
			'Draw the heel towards the buttock, knees side by side, and hold.',
			'Release gently, then repeat on the other side.'
		],
		cue: 'Tuck the tailbone slightly under; do not arch the back.',
		caution: 'Loop a towel round the ankle if you cannot reach it comfortably.'
	},
	'standing-hip-flexor': {
		steps: [
			'Take a long step forwards, back heel lifted, hands on hips.',
			'Bend both knees slightly and tuck the pelvis under.',
			'Feel the stretch at the front of the back hip, and hold.',
			'Step together, then repeat on the other side.'
		],
		cue: 'Squeeze the buttock of the back leg.'
	},
	'standing-it-band-lean': {
		steps: [
			'Stand tall and cross one leg behind the other.',
			'Push the hip of the back leg out to the side while leaning the trunk gently away.',
			'Feel the stretch along the outer hip, and hold.',
			'Uncross, then repeat on the other side.'
		],
		cue: 'Let the hip lead; the trunk only follows a little.',
		caution: SIDE_CAUTION
	},
	'standing-adductor': {
		steps: [
			'Stand with feet wide apart, toes forwards.',
			'Bend one knee and shift your weight over it, keeping the other leg straight.',
			'Feel the stretch along the inner thigh of the straight leg, and hold.',
			'Come back to the middle, then repeat on the other side.'
		],
		cue: 'Keep the bent knee over the toes.'
	},
	'standing-side-reach': {
		steps: [
			'Stand with feet hip-width apart.',
			'Reach one arm up and over your head, bending gently to the opposite side.',
			'Hold, breathing into the stretched side.',
			'Come up slowly, then repeat on the other side.'
		],
		cue: 'Reach up and over, as if over a beach ball.',
		caution: SIDE_CAUTION
	},
	'cross-body-shoulder': {
		steps: [
			'Bring one arm across the chest at shoulder height.',
			'With the other hand, draw it gently closer above the elbow, and hold.',
			'Release, then repeat on the other side.'
		],
		cue: 'Keep the shoulder down, away from the ear.'
	},
	'overhead-reach': {
		steps: [
			'Stand tall and link your fingers.',
			'Turn the palms up and press them towards the ceiling.',
			'Lengthen through the arms and sides, and hold.'
		],
		cue: 'Ribs down: reach with the arms, not by arching.'
	},
	'doorway-chest': {
		steps: [
			'Stand in a doorway and rest the forearms on the frame, elbows at shoulder height.',
			'Step one foot through and lean gently forwards.',
			'Feel the stretch across the chest, and hold.'
		],
		cue: 'Keep the neck long and the chin level.'
	},
	'clasped-hands-chest-opener': {
		steps: [
			'Stand tall and link your hands behind your back.',
			'Straighten the arms and draw the shoulder blades together.',
			'Lift the hands a little away from the body, and hold.'
		],
		cue: 'Open the chest without leaning back.'
	},
	'elbows-back-chest-stretch': {
		steps: [
			'Stand tall and rest your fingertips lightly at the sides of your head.',
			'Draw both elbows back until you feel the chest open, and hold.'
		],
		cue: 'Do not push on the head; the hands just rest there.'
	},
	'overhead-triceps': {
		steps: [
			'Raise one arm, bend the elbow and let the hand drop behind your head.',
			'With the other hand, ease the elbow gently back, and hold.',
			'Release, then repeat on the other side.'
		],
		cue: 'Keep the head upright rather than pushed forwards.'
	},
	'upper-back-hug': {
		steps: [
			'Wrap your arms around yourself, hands reaching for the shoulder blades.',
			'Round the upper back gently and spread the shoulder blades apart.',
			'Breathe into the back of the ribs, and hold.'
		],
		cue: 'The stretch is between the shoulder blades; the lower back stays relaxed.'
	},
	'wrist-flexor-stretch': {
		steps: [
			'Hold one arm out straight in front, palm facing up.',
			'With the other hand, ease the fingers down and back, and hold.',
			'Release, then repeat on the other side.'
		],
		cue: 'Keep the elbow straight but not locked.',
		caution: WRIST_CAUTION
	},
	'wrist-extensor-stretch': {
		steps: [
			'Hold one arm out straight in front, palm facing down.',
			'With the other hand, ease the back of the hand down towards you, and hold.',
			'Release, then repeat on the other side.'
		],
		cue: 'Feel it along the top of the forearm.',
		caution: WRIST_CAUTION
	},
	'half-kneeling-hip-flexor': {
		steps: [
			'Kneel on one knee with the other foot flat in front, both knees at right angles.',
			'Tuck the pelvis under and shift your weight gently forwards.',
			'Feel the stretch at the front of the kneeling hip, and hold.',
			'Repeat on the other side.'
		],
		cue: 'Squeeze the buttock of the kneeling leg; keep the trunk upright.',
		caution: 'Fold the mat under the kneeling knee if it feels sore.'
	},
	'cat-camel-stretch': {
		steps: [
			'Kneel on all fours, hands under shoulders and knees under hips.',
			'Slowly round the back up towards the ceiling, head dropping.',
			'Then let the back sag gently as the gaze lifts a little.'
		],
		cue: 'Slow cycles that move the spine without forcing it.',
		caution: 'Move only within a comfortable range.'
	},
	'thread-the-needle': {
		steps: [
			'Kneel on all fours.',
			'Slide one arm under the body, palm up, lowering that shoulder towards the mat.',
			'Rest the head down and hold.',
			'Come back to all fours, then repeat on the other side.'
		],
		cue: 'Let the upper back turn; the hips stay over the knees.',
		caution: ROT_OSTEO_CAUTION
	},
	'childs-pose': {
		steps: [
			'Kneel with big toes together and knees apart.',
			'Sit back towards the heels and walk the hands forwards.',
			'Lower the chest towards the floor and let the forehead rest. Hold.'
		],
		cue: 'Breathe slowly into the back of the ribs.',
		caution: FLEX_OSTEO_CAUTION
	},
	'seated-hamstring-chair': {
		steps: [
			'Sit near the front edge of a chair.',
			'Straighten one leg in front, heel on the floor, toes up.',
			'Lean forwards from the hips until you feel the back of the thigh, and hold.',
			'Sit back up, then repeat on the other side.'
		],
		cue: 'Lead with the chest, not the head.',
		caution: FLEX_OSTEO_CAUTION
	},
	'seated-figure-4': {
		steps: [
			'Sit tall on a chair and rest one ankle on the opposite knee.',
			'Lean forwards gently until you feel the outer hip and buttock, and hold.',
			'Sit up, then repeat on the other side.'
		],
		cue: 'Let the crossed knee relax down.',
		caution: FLEX_OSTEO_CAUTION
	},
	butterfly: {
		steps: [
			'Sit on the floor with the soles of the feet together, knees falling apart.',
			'Hold the ankles and sit tall.',
			'Lean forwards a little from the hips until the inner thighs stretch, and hold.'
		],
		cue: 'Let the knees drop on their own; do not press them down.',
		caution: FLEX_OSTEO_CAUTION
	},
	'neck-side-bend': {
		steps: [
			'Sit or stand tall with the shoulders relaxed.',
			'Tip one ear slowly towards the shoulder, looking straight ahead.',
			'Hold at a gentle stretch along the side of the neck.',
			'Bring the head up slowly, then repeat on the other side.'
		],
		cue: 'Let the opposite shoulder sink down.',
		caution: NECK_CAUTION
	},
	'chin-to-chest': {
		steps: [
			'Sit or stand tall with the shoulders relaxed.',
			'Slowly lower your chin towards your chest.',
			'Hold at a gentle stretch along the back of the neck, then lift slowly.'
		],
		cue: 'Let the weight of the head do the work.',
		caution: NECK_CAUTION
	},
	'neck-turn': {
		steps: [
			'Sit or stand tall, chin level.',
			'Turn your head slowly to look over one shoulder, as far as is comfortable.',
			'Hold, come back to the middle, then repeat on the other side.'
		],
		cue: 'Keep the chin level as you turn.',
		caution: NECK_CAUTION
	},
	'supine-hamstring-wall': {
		steps: [
			'Lie on your back in a doorway or beside a wall corner.',
			'Rest one leg up the wall, the other flat on the floor through the doorway.',
			'Shuffle closer until the raised leg feels a gentle stretch, and hold.',
			'Repeat on the other side.'
		],
		cue: 'Keep both hips and the lower back resting on the floor.'
	},
	'supine-hamstring-towel': {
		steps: [
			'Lie on your back with both knees bent.',
			'Loop a towel or belt around one foot and straighten that leg up.',
			'Draw the leg gently towards you until the back of the thigh stretches. Hold.',
			'Lower it, then repeat on the other side.'
		],
		cue: 'Keep the head and shoulders relaxed on the floor.'
	},
	'side-lying-quad': {
		steps: [
			'Lie on your side, head resting on the lower arm, knees together.',
			'Bend the top knee and hold that ankle with the top hand.',
			'Draw the heel towards the buttock, hips stacked, and hold.',
			'Roll over and repeat on the other side.'
		],
		cue: 'Keep the knees level with each other.',
		caution: 'Loop a towel round the ankle if you cannot reach it comfortably.'
	},
	'supine-figure-4': {
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Rest one ankle across the opposite knee.',
			'Lift the supporting foot and hug that thigh gently towards you. Hold.',
			'Lower, then repeat on the other side.'
		],
		cue: 'Head and shoulders stay down and relaxed.',
		caution: FLEX_OSTEO_CAUTION
	},
	'wall-figure-4': {
		steps: [
			'Lie on your back near a wall, knees bent, both feet flat on the wall.',
			'Rest one ankle across the opposite knee and let the wall hold the legs. Hold.',
			'The back stays flat on the floor: nothing is pulled towards the chest.',
			'Uncross, then repeat on the other side.'
		],
		cue: 'Shuffle closer to the wall for more stretch, further away for less.'
	},
	'knee-across-body': {
		steps: [
			'Lie on your back with both legs straight.',
			'Bend one knee and hold it with the opposite hand.',
			'Guide the knee across towards the opposite shoulder until the buttock stretches.',
			'Hold, then repeat on the other side.'
		],
		cue: 'Keep both shoulders resting on the floor.',
		caution: FLEX_OSTEO_CAUTION
	},
	'knee-to-chest': {
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Hold one knee with both hands and draw it gently towards the chest.',
			'Keep the other foot on the floor and hold.',
			'Lower slowly, then repeat on the other side.'
		],
		cue: 'Relax the lower back into the floor.',
		caution: FLEX_OSTEO_CAUTION
	},
	'knee-rolls': {
		steps: [
			'Lie on your back, knees bent and together, arms out to the sides.',
			'Let both knees roll slowly to one side, shoulders staying down.',
			'Bring them back through the middle and roll to the opposite side, alternating.'
		],
		cue: 'Only go as far as is comfortable, then return.',
		caution: ROT_OSTEO_CAUTION
	},
	'prone-press-up': {
		steps: [
			'Lie face down with the hands under the shoulders.',
			'Press up slowly, letting the lower back and hips relax on the floor.',
			'Pause briefly, then lower down with control.'
		],
		cue: 'The arms do the lifting; the back stays relaxed.',
		caution:
			'Arches the lower back: go only as high as is comfortable, and stop if pain spreads into a leg.'
	},
	'standing-figure-4': {
		steps: [
			'Stand beside something steady and hold it lightly.',
			'Cross one ankle over the other knee.',
			'Sit back a little as if onto a chair, keeping the back long, and hold.',
			'Stand up, then repeat on the other side.'
		],
		cue: 'Feel it deep in the buttock of the crossed leg.',
		caution: FLEX_OSTEO_CAUTION
	},
	'standing-back-extension': {
		steps: [
			'Stand with feet hip-width apart, hands on the back of the hips.',
			'Lean back slowly as far as is comfortable, pushing the hips a little forward.',
			'Pause briefly, then come back upright.'
		],
		cue: 'Look ahead, not up: the bend is in the lower back.',
		caution:
			'Arches the lower back: go only as far as is comfortable, and stop if pain spreads into a leg.'
	}
};
