import { describe, expect, it } from 'vitest';
import { sessionRecord } from '$lib/storage/session-record';
import { parseSwaps } from './url';

describe('parseSwaps', () => {
	it('reads item indices in order, as the stored record keeps them', () => {
		const warnings: string[] = [];
		expect(parseSwaps('3,0,3, 12', warnings)).toEqual([3, 0, 3, 12]);
		expect(warnings).toEqual([]);
		expect(parseSwaps(null, warnings)).toEqual([]);
		expect(parseSwaps('', warnings)).toEqual([]);
	});

	it('skips empty items, and warns of anything that is not an index', () => {
		const warnings: string[] = [];
		// an empty item is not swap 0
		expect(parseSwaps('1,,2,', warnings)).toEqual([1, 2]);
		expect(warnings).toEqual([]);
		expect(parseSwaps('0x1,1e2,-1,2.5,1000,x,4', warnings)).toEqual([4]);
		expect(warnings).toHaveLength(6);
		expect(warnings[0]).toBe('Ignored the swap "0x1": not an exercise number.');
	});

	it('keeps at most as many swaps as a session record may hold', () => {
		const swaps = parseSwaps(Array.from({ length: 80 }, () => '1').join(','), []);
		expect(swaps).toHaveLength(50);
		const record = {
			id: 's1',
			kind: 'core',
			request: {
				kind: 'core',
				minutes: 10,
				level: 'beginner',
				backFriendly: true,
				equipment: ['mat'],
				focus: [],
				avoid: [],
				lowImpact: false,
				seed: 'x'
			},
			startedAt: 0,
			endedAt: 1,
			tzOffsetMin: 0,
			plannedSec: 600,
			completedSec: 600,
			exercisesCompleted: [],
			status: 'completed'
		};
		expect(sessionRecord({ ...record, swaps }).ok).toBe(true);
		expect(sessionRecord({ ...record, swaps: [...swaps, 1] }).ok).toBe(false);
	});
});
