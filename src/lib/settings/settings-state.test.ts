import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClock, fakeDownload } from '$lib/adapters/fakes';
import { EMERGENCY_PREF } from '$lib/care/emergency';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { backupToJson, exportBackup } from '$lib/storage/backup';
import { announce } from '$lib/storage/changes';
import { closeLimberDB, getLimberDB } from '$lib/storage/connection';
import { freshDB, makeSession, NOW } from '$lib/storage/fixtures';
import { loadPref, savePref } from '$lib/storage/prefs';
import { allSessions, saveSession } from '$lib/storage/sessions';
import { getSettings, saveSettings } from '$lib/storage/settings';
import { BackupState } from './backup.svelte';
import { EmergencyNumberState, NOT_A_NUMBER } from './emergency.svelte';
import { SettingsState } from './settings.svelte';
import { AvoidListState } from './avoid-list.svelte';
import { avoidExercise } from '$lib/storage/avoid';
import { exerciseById } from '$lib/catalogue';

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	vi.unstubAllGlobals();
	await closeLimberDB();
});

const asFile = (name: string, text: string) => ({
	name,
	size: text.length,
	text: async () => text
});

describe('SettingsState', () => {
	it('loads, saves, and keeps the stored value for an emptied or absurd number field', async () => {
		const settings = new SettingsState();
		await settings.load();
		expect(settings.value).toEqual(DEFAULT_SETTINGS);
		settings.value.weeklyGoal = 40;
		settings.value.minutes.core = null as unknown as number;
		await settings.save();
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, weeklyGoal: 7 });
		expect(settings.value.minutes.core).toBe(DEFAULT_SETTINGS.minutes.core);
	});

	it('shows settings saved in another tab', async () => {
		const settings = new SettingsState();
		await settings.load();
		const stop = settings.follow();
		await saveSettings({ ...DEFAULT_SETTINGS, level: 'advanced' });
		announce({ store: 'settings' });
		await expect.poll(() => settings.value.level).toBe('advanced');
		stop();
	});

	it("loads the list of exercises I don't want only when there is one", async () => {
		const empty = new SettingsState();
		await empty.load();
		expect(empty.avoidView).toBeNull();
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['cat-camel'] });
		const settings = new SettingsState();
		await settings.load();
		expect(settings.avoidView?.AvoidedExercises).toBeTypeOf('function');
		// one added in another tab: the list loads as the settings follow it
		const stop = empty.follow();
		await avoidExercise('bird-dog-leg-only');
		await expect.poll(() => empty.avoidView).not.toBeNull();
		stop();
	});

	it('saving the form keeps an exercise another tab has just added to the list', async () => {
		const settings = new SettingsState();
		await settings.load();
		// another tab's Don't show again, before this tab has heard of it
		await avoidExercise('cat-camel');
		settings.value.weeklyGoal = 5;
		await settings.save();
		const stored = await getSettings();
		expect(stored.weeklyGoal).toBe(5);
		expect(stored.avoid).toEqual(['cat-camel']);
	});

	it("lists the exercises I don't want by name, and Restore takes one off", async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['bird-dog-leg-only', 'cat-camel'] });
		const settings = new SettingsState();
		await settings.load();
		const list = new AvoidListState(settings);
		expect(list.items).toEqual([
			{ id: 'bird-dog-leg-only', name: 'Bird dog, leg only', known: true },
			{ id: 'cat-camel', name: exerciseById('cat-camel')!.name, known: true }
		]);
		await list.restore('bird-dog-leg-only');
		expect(list.status).toBe('Back in your routines: Bird dog, leg only.');
		expect(list.items.map((a) => a.id)).toEqual(['cat-camel']);
		expect((await getSettings()).avoid).toEqual(['cat-camel']);
		// a later save of the form keeps the list as restored
		settings.value.weeklyGoal = 4;
		await settings.save();
		expect(await getSettings()).toMatchObject({ weeklyGoal: 4, avoid: ['cat-camel'] });
		await list.restore('cat-camel');
		expect(list.items).toEqual([]);
		expect((await getSettings()).avoid).toEqual([]);
	});

	it('names an id the catalogue lacks from the id, shows changes from another tab, and says when Restore fails', async () => {
		const settings = new SettingsState();
		await settings.load();
		const list = new AvoidListState(settings);
		const stop = settings.follow();
		await avoidExercise('wall-angel');
		await expect
			.poll(() => list.items)
			.toEqual([{ id: 'wall-angel', name: 'Wall angel', known: false }]);
		stop();
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		await list.restore('wall-angel');
		expect(list.error).toMatch(/not letting Limber save data/);
		expect(list.items).toHaveLength(1);
	});

	it('says so when the settings cannot be saved', async () => {
		const settings = new SettingsState();
		await settings.load();
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		await settings.save();
		expect(settings.error).toMatch(/not letting Limber save data/);
	});
});

describe('EmergencyNumberState', () => {
	it('saves a cleaned number, refuses text, and clears when emptied', async () => {
		const field = new EmergencyNumberState();
		await field.load();
		expect(field.value).toBe('');
		field.value = ' 1 1 2 ';
		await field.save();
		expect(field.error).toBe('');
		expect(await loadPref(EMERGENCY_PREF)).toBe('1 1 2');
		field.value = 'call mum';
		await field.save();
		expect(field.error).toBe(NOT_A_NUMBER);
		expect(await loadPref(EMERGENCY_PREF)).toBe('1 1 2');
		field.value = '';
		await field.save();
		expect(await loadPref(EMERGENCY_PREF)).toBeUndefined();
		expect(field.stored).toBeNull();
	});
});

describe('BackupState', () => {
	async function backupFile() {
		for (let i = 0; i < 3; i++) await saveSession(makeSession(i));
		await savePref(EMERGENCY_PREF, '112');
		const { backup } = await exportBackup(await getLimberDB(), { now: NOW });
		await freshDB();
		return backupToJson(backup);
	}

	it('exports through the download adapter, named by the local date', async () => {
		await saveSession(makeSession(1));
		const download = fakeDownload();
		const state = new BackupState({ download, now: fakeClock(Date.UTC(2026, 5, 15, 12)) });
		await state.exportJson();
		expect(download.files[0]?.filename).toBe('limber-backup-2026-06-15.json');
		expect(JSON.parse(download.files[0]!.text)).toMatchObject({ format: 2, sessions: [{}] });
		expect(state.outcome).toEqual({ kind: 'success', message: 'Exported 1 session.' });
	});

	it('imports once when Import is pressed twice, and counts what was written', async () => {
		const text = await backupFile();
		const state = new BackupState({ download: fakeDownload(), now: fakeClock(NOW) });
		await state.choose(asFile('b.json', text));
		expect(state.pending?.plan).toMatchObject({ new: 3, prefsNew: 1 });
		const [first, second] = await Promise.all([state.confirm(), state.confirm()]);
		expect(first).toEqual(second);
		expect(first).toMatchObject({ added: 3, prefsWritten: 1 });
		expect(state.outcome?.message).toBe('Imported 3 sessions; 1 preference restored.');
		expect((await allSessions()).sessions).toHaveLength(3);
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
	});

	it('leaves out the ids of exercises to avoid that this version does not know', async () => {
		const file = JSON.parse(await backupFile());
		file.settings = { ...DEFAULT_SETTINGS, avoid: ['cat-camel', 'wall-angel'] };
		const state = new BackupState({ download: fakeDownload(), now: fakeClock(NOW) });
		await state.choose(asFile('b.json', JSON.stringify(file)));
		expect(state.pending?.backup.settings.avoid).toEqual(['cat-camel']);
		expect(state.pending?.summary.skipped).toEqual([
			{
				path: 'settings.avoid[1]',
				reason: 'settings.avoid[1] "wall-angel" is not an exercise this version of Limber knows'
			}
		]);
		state.includeSettings = true;
		await state.confirm();
		expect((await getSettings()).avoid).toEqual(['cat-camel']);
	});

	it('lists what it leaves out and says so after the import', async () => {
		const file = JSON.parse(await backupFile());
		file.sessions[1].rating = 9;
		const state = new BackupState({ download: fakeDownload(), now: fakeClock(NOW) });
		await state.choose(asFile('b.json', JSON.stringify(file)));
		expect(state.pending?.summary.skipped).toEqual([
			{ path: 'sessions[1]', reason: 'sessions[1].rating must be a whole number from 1 to 5' }
		]);
		await state.confirm();
		expect(state.outcome?.message).toBe(
			'Imported 2 sessions; 1 preference restored; 1 record in the file could not be restored.'
		);
	});

	it('refuses a file that is not a backup, writing nothing', async () => {
		const state = new BackupState({ download: fakeDownload(), now: fakeClock(NOW) });
		await state.choose(asFile('x.json', '{"app":"other"}'));
		expect(state.pending).toBeNull();
		expect(state.outcome).toEqual({
			kind: 'error',
			message: 'This file is not a Limber backup: it comes from another app.'
		});
		expect(await state.confirm()).toBeNull();
	});
});
