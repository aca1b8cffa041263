/** Cautions several exercises share: one wording, one place. */

export const FLEX_CAUTION =
	'Bends the back forward: skip it if forward bending aggravates your back.';
/** (Mayo Clinic) loaded forward bends and twists are best avoided with osteoporosis */
export const OSTEO_CAUTION = 'Not advised if you have osteoporosis.';
export const FLEX_OSTEO_CAUTION = `${FLEX_CAUTION} ${OSTEO_CAUTION}`;
export const ROT_CAUTION =
	'Twist only as far as is comfortable; skip it if twisting aggravates your back.';
export const ROT_OSTEO_CAUTION = `${ROT_CAUTION} ${OSTEO_CAUTION}`;
export const SIDE_CAUTION =
	'Bend sideways only as far as is comfortable; skip it if it aggravates your back.';
export const IMPACT_CAUTION =
	'Impact move: skip it if jumping or jogging jars your back or joints, and march instead.';
export const NECK_CAUTION =
	'Move slowly and gently. No neck circles, and do not tip your head back.';
export const WRIST_CAUTION = 'Keep it mild: stop if you feel tingling or numbness in the hand.';
