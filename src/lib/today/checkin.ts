/** Today's morning check-in, stored under today's local date (one a day: a new answer replaces it). */
import { checkinDate } from '$lib/programme/checkin';
import type { Compared } from '$lib/programme/types';
import { saveCheckin } from '$lib/storage/checkins';

export async function saveMorningCheckin(compared: Compared, now: number): Promise<void> {
	await saveCheckin({ date: checkinDate(now, new Date(now).getTimezoneOffset()), compared });
}
