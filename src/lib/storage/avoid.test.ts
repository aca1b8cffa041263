import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { avoidExercise, restoreExercise } from './avoid';
import { onChange } from './changes';
import { closeLimberDB } from './connection';
import { freshDB } from './fixtures';
import { SETTINGS_KEY } from './schema';
import { getSettings, saveSettings } from './settings';
import { StorageError } from './errors';

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe("the avoid list (Exercises I don't want)", () => {
	it('adds and restores ids, sorted and once each, keeping the other settings', async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, level: 'advanced' });
		const heard: string[] = [];
		const stop = onChange((change) => heard.push(change.store));
		expect((await avoidExercise('side-bridge-knees')).avoid).toEqual(['side-bridge-knees']);
		await avoidExercise('cat-camel');
		await avoidExercise('cat-camel');
		expect(await getSettings()).toEqual({
			...DEFAULT_SETTINGS,
			level: 'advanced',
			avoid: ['cat-camel', 'side-bridge-knees']
		});
		expect((await restoreExercise('side-bridge-knees')).avoid).toEqual(['cat-camel']);
		expect((await restoreExercise('not-on-the-list')).avoid).toEqual(['cat-camel']);
		stop();
		expect(heard).toEqual(['settings', 'settings', 'settings', 'settings', 'settings']);
	});

	it('two changes at once (two tabs) both count', async () => {
		await Promise.all([
			avoidExercise('a-one'),
			avoidExercise('b-two'),
			avoidExercise('c-three'),
			restoreExercise('a-one')
		]);
		expect((await getSettings()).avoid).toEqual(['b-two', 'c-three']);
	});

	it('refuses an id that is not one, storing nothing', async () => {
		await expect(avoidExercise('Bird dog!')).rejects.toBeInstanceOf(StorageError);
		expect((await getSettings()).avoid).toEqual([]);
	});

	it('repairs a damaged settings record while adding, as every read does', async () => {
		const db = await freshDB();
		await db.put('settings', { level: 'intermediate', avoid: 'cat-camel' } as never, SETTINGS_KEY);
		expect(await avoidExercise('cat-camel')).toEqual({
			...DEFAULT_SETTINGS,
			level: 'intermediate',
			avoid: ['cat-camel']
		});
	});
});
