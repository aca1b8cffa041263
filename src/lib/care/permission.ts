/**
 * Notification permission, apart from the reminder scheduling in `notify.ts`: the layout asks
 * it on every page, and loads the scheduling (with its time-zone code) only when granted.
 */
export function notificationsSupported(): boolean {
	return typeof window !== 'undefined' && 'Notification' in window;
}

export function notificationsGranted(): boolean {
	return notificationsSupported() && Notification.permission === 'granted';
}

/** asks for permission; call from a tap */
export async function askPermission(): Promise<NotificationPermission | 'unsupported'> {
	if (!notificationsSupported()) return 'unsupported';
	if (Notification.permission !== 'default') return Notification.permission;
	return Notification.requestPermission();
}
