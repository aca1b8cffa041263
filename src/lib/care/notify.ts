/**
 * An in-app notification at the reminder time while Limber is open: one `setTimeout` to the
 * next occurrence, armed again after it fires. Nothing happens without permission (asked
 * only after a tap) or where the Notification API is missing. Browser only.
 */
import { nextOccurrence } from './occurrence';
import { loadPref } from '$lib/storage/prefs';
import { REMINDER_PREF, toDailyReminder, type ReminderPrefs } from './reminder';
import { notificationsGranted } from './permission';
import { localTimeZone } from '$lib/tz';

export { askPermission, notificationsGranted, notificationsSupported } from './permission';

/** a timer fired more than this late (a sleeping device) does not notify */
const LATE_MS = 5 * 60_000;
/** setTimeout's longest delay; a later occurrence is reached in steps */
const MAX_DELAY = 2 ** 31 - 1;

let timer: ReturnType<typeof setTimeout> | undefined;

export function disarmReminderNotifications() {
	clearTimeout(timer);
	timer = undefined;
}

/** arms the stored reminder (every page, once permission was granted); never rejects */
export async function armSavedReminder(): Promise<number | null> {
	try {
		const prefs = await loadPref(REMINDER_PREF);
		return prefs ? armReminderNotifications(prefs) : null;
	} catch {
		// no storage: no reminder was kept to arm
		return null;
	}
}

/**
 * Schedules the next notification for the given reminder; returns its time, or null when
 * none is due (turned off, no permission, no weekday).
 */
export function armReminderNotifications(prefs: ReminderPrefs): number | null {
	disarmReminderNotifications();
	if (!prefs.notify || !notificationsGranted()) return null;
	const reminder = toDailyReminder(prefs, localTimeZone());
	const at = nextOccurrence(reminder, Date.now() + 1000);
	if (at === null) return null;
	timer = setTimeout(
		() => {
			if (Date.now() >= at && Date.now() - at < LATE_MS) void show();
			armReminderNotifications(prefs);
		},
		Math.min(Math.max(0, at - Date.now()), MAX_DELAY)
	);
	return at;
}

async function show() {
	const title = 'Limber';
	const options: NotificationOptions = {
		body: 'Time for your routine.',
		tag: 'limber-reminder',
		icon: '/icons/icon-192.png'
	};
	try {
		// installed apps on Android may only notify through the service worker
		const registration = await navigator.serviceWorker?.getRegistration();
		if (registration) {
			await registration.showNotification(title, options);
			return;
		}
		new Notification(title, options);
	} catch {
		// refused or unsupported in this context: the calendar reminder still works
	}
}
