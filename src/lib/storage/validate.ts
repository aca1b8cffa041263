/**
 * Schemas for a backup file, with the messages that say what is wrong in it. Nothing in a
 * file is trusted: another version or a hand edit may have written it. Reads from IndexedDB
 * use the hand-written readers of `guards.ts`, which check the same shapes (see its test).
 */
import * as v from 'valibot';
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import { ROUTINE_KINDS } from '$lib/routine/types';
import type { Settings } from '$lib/progress/types';

// enums narrow the types, so they belong to the read-back schemas; an unknown value is an
// impossible one (not a wrong type), which `describeIssues` tells apart by the picklist type
const routineKind = v.picklist(ROUTINE_KINDS, 'is not a known routine kind');
const level = v.picklist(LEVELS, 'is not a known level');
const equipment = v.picklist(EQUIPMENT, 'is not known equipment');
const region = v.picklist(REGIONS, 'is not a known body region');
const status = v.picklist(['completed', 'partial'] as const, 'is not a known session status');

export const routineRequestSchema = v.object({
	kind: routineKind,
	minutes: v.number(),
	level,
	// files from before steps have none: step 2, the level's standard dose
	step: v.optional(v.picklist([1, 2, 3] as const, 'is not a step (1, 2 or 3)'), 2),
	backFriendly: v.boolean(),
	equipment: v.array(equipment),
	focus: v.array(region),
	avoid: v.array(v.string()),
	lowImpact: v.boolean(),
	seed: v.string()
});

/** the shape of a stored session; plausibility (ranges, dates) is checked on import only */
export const sessionRecordSchema = v.object({
	id: v.string(),
	kind: routineKind,
	request: routineRequestSchema,
	startedAt: v.number(),
	endedAt: v.number(),
	tzOffsetMin: v.number(),
	plannedSec: v.number(),
	completedSec: v.number(),
	exercisesCompleted: v.array(v.string()),
	status,
	rating: v.optional(v.number()),
	note: v.optional(v.string())
});

const minutes = v.pipe(
	v.number(),
	v.integer('must be a whole number'),
	v.minValue(1, 'must be at least 1'),
	v.maxValue(60, 'must be at most 60')
);

/** each settings field on its own, so one bad field falls back without losing the rest */
export const settingsFieldSchemas = {
	level,
	equipment: v.array(equipment),
	backFriendly: v.boolean(),
	minutes: v.object({ warmup: minutes, core: minutes, stretch: minutes, daily: minutes }),
	cues: v.object({ voice: v.boolean(), sound: v.boolean(), vibration: v.boolean() }),
	weeklyGoal: v.pipe(
		v.number(),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be at least 1'),
		v.maxValue(7, 'must be at most 7')
	),
	emergencyNumber: v.pipe(v.string(), v.maxLength(40, 'must be at most 40 characters')),
	readiness: v.nullable(v.object({ answeredAt: v.number(), anyYes: v.boolean() }))
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

/** settings in a backup: present fields must be right, missing ones take the defaults */
export const settingsSchema = v.object({
	level: v.optional(settingsFieldSchemas.level),
	equipment: v.optional(settingsFieldSchemas.equipment),
	backFriendly: v.optional(settingsFieldSchemas.backFriendly),
	minutes: v.optional(settingsFieldSchemas.minutes),
	cues: v.optional(settingsFieldSchemas.cues),
	weeklyGoal: v.optional(settingsFieldSchemas.weeklyGoal),
	emergencyNumber: v.optional(settingsFieldSchemas.emergencyNumber),
	readiness: v.optional(settingsFieldSchemas.readiness)
});

/** `sessions[3].startedAt` from a valibot path */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += out ? `.${String(item.key)}` : String(item.key);
	}
	return out || 'the file';
}

const TYPE_NAMES: Record<string, string> = {
	number: 'a number',
	string: 'text',
	boolean: 'true or false',
	Array: 'a list',
	Object: 'an object',
	'null | Object': 'an object or null'
};

export interface IssueReport {
	/** a wrong type or missing field, or a well-typed value that cannot be right */
	kind: 'invalid' | 'impossible';
	path: string;
	/** e.g. "sessions[3].startedAt must be a number" */
	text: string;
}

/** the first wrong type if there is one, else the first impossible value */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): IssueReport | null {
	const typeIssue = issues.find((i) => i.kind === 'schema' && i.type !== 'picklist');
	const issue = typeIssue ?? issues[0];
	if (!issue) return null;
	const path = formatPath(issue.path);
	if (!typeIssue) return { kind: 'impossible', path, text: `${path} ${issue.message}` };
	const missing = issue.type === 'object' && issue.input === undefined && path !== 'the file';
	const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'something else';
	return {
		kind: 'invalid',
		path,
		text: missing ? `${path} is missing` : `${path} must be ${expected}`
	};
}
