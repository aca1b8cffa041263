import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClock, fakeDownload, fakeNotifications } from '$lib/adapters/fakes';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB } from '$lib/storage/fixtures';
import { loadPref } from '$lib/storage/prefs';
import { DEFAULT_REMINDER, REMINDER_PREF } from './reminder';
import { NOT_SAVED, ReminderState } from './reminder.svelte';
import { NOT_SAVED as READINESS_NOT_SAVED, ReadinessState } from './readiness.svelte';
import { READINESS_PREF } from './readiness';

const NOW = Date.UTC(2026, 2, 10, 9);

function reminder(answer: NotificationPermission | 'unsupported' = 'granted') {
	const notifications = fakeNotifications(answer);
	const download = fakeDownload();
	const state = new ReminderState({
		notifications,
		download,
		now: fakeClock(NOW),
		timeZone: () => 'Europe/London'
	});
	return { state, notifications, download };
}

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	vi.unstubAllGlobals();
	await closeLimberDB();
});

describe('ReminderState', () => {
	it('starts from the defaults, and saves each change', async () => {
		const { state } = reminder();
		await state.load();
		expect(state.loaded).toBe(true);
		expect(state.prefs).toEqual(DEFAULT_REMINDER);
		state.prefs.time = '18:45';
		state.prefs.weekdays = ['MO', 'FR'];
		await state.changed();
		expect(await loadPref(REMINDER_PREF)).toMatchObject({ time: '18:45', weekdays: ['MO', 'FR'] });
		const { state: again } = reminder();
		await again.load();
		expect(again.prefs.time).toBe('18:45');
	});

	it('downloads a weekly calendar event, or says what is missing', async () => {
		const { state, download } = reminder();
		await state.load();
		state.prefs.weekdays = [];
		await state.addToCalendar();
		expect(state.error).toBe('Choose a time and at least one day.');
		expect(download.files).toEqual([]);
		state.prefs.weekdays = ['SA'];
		await state.addToCalendar();
		expect(state.error).toBe('');
		expect(download.files[0]?.filename).toBe('limber-daily-routine.ics');
		expect(download.files[0]?.text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA');
	});

	it('notifies only after permission, and stops when asked', async () => {
		const { state, notifications } = reminder('granted');
		await state.load();
		expect(state.canNotify).toBe(true);
		await state.notifyMe();
		expect(state.prefs.notify).toBe(true);
		expect(state.notifyStatus).toMatch(/^While Limber is open, it will notify you on /);
		expect(await loadPref(REMINDER_PREF)).toMatchObject({ notify: true });
		await state.stopNotifying();
		expect(notifications.disarmed()).toBe(1);
		expect(await loadPref(REMINDER_PREF)).toMatchObject({ notify: false });
		expect(state.notifyStatus).toBe('In-app notifications are off.');
	});

	it('says why when notifications are refused or missing', async () => {
		const denied = reminder('denied');
		await denied.state.load();
		await denied.state.notifyMe();
		expect(denied.state.prefs.notify).toBe(false);
		expect(denied.state.notifyStatus).toMatch(/not allowed/);
		const none = reminder('unsupported');
		await none.state.load();
		expect(none.state.canNotify).toBe(false);
	});

	it('says so when the reminder cannot be saved', async () => {
		const { state } = reminder();
		await state.load();
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		await state.changed();
		expect(state.error).toBe(NOT_SAVED);
	});
});

describe('ReadinessState', () => {
	it('asks until answered, then keeps the answer with its time', async () => {
		const state = new ReadinessState(fakeClock(NOW));
		expect(state.needsCheck).toBe(false);
		await state.load();
		expect(state.needsCheck).toBe(true);
		await state.answer(true);
		expect(state.needsCheck).toBe(false);
		expect(state.showBanner).toBe(true);
		expect(await loadPref(READINESS_PREF)).toEqual({
			answeredAt: new Date(NOW).toISOString(),
			anyYes: true
		});
		const next = new ReadinessState(fakeClock(NOW));
		await next.load();
		expect(next.needsCheck).toBe(false);
		expect(next.showBanner).toBe(true);
		next.review();
		expect(next.needsCheck).toBe(true);
		next.dismiss();
		expect(next.needsCheck).toBe(false);
	});

	it('says the answer is not kept when storage refuses it', async () => {
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		const state = new ReadinessState(fakeClock(NOW));
		await state.load();
		expect(state.needsCheck).toBe(true);
		await state.answer(false);
		expect(state.needsCheck).toBe(false);
		expect(state.saveError).toBe(READINESS_NOT_SAVED);
	});
});
