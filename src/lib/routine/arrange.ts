/**
 * Ordering: groups play in the order given (stretch positions, RAMP phases…); inside a group
 * any order is fine, so it is chosen to keep forward bends (`flex`) apart — never two in a
 * row, also across the boundaries of a daily routine's parts. The rule binds in back-friendly
 * mode (CONTENT.md §2); elsewhere it is only a preference, so it never makes a routine fail.
 */
import type { Slot } from './fit';

const isFlex = (s: Slot) => s.ex.back === 'flex';

export interface Arranged {
	order: Slot[];
	/** slots that could not be placed without a flex right after a flex: replace or drop them */
	conflicts: Slot[];
}

export interface ArrangeOptions {
	/** the item just before these is a flex */
	prevFlex?: boolean;
	/** the item just after these is a flex */
	nextFlex?: boolean;
	/** a slot that must come last (the calm floor stretch); must not be a flex */
	last?: Slot;
	/** place a flex after a flex when nothing else can go between (not back-friendly) */
	allowAdjacentFlex?: boolean;
}

export function arrange(groups: readonly (readonly Slot[])[], opts: ArrangeOptions = {}): Arranged {
	const order: Slot[] = [];
	const conflicts: Slot[] = [];
	let lastFlex = opts.prevFlex ?? false;
	for (const group of groups) {
		const flex = group.filter(isFlex);
		const other = group.filter((s) => !isFlex(s));
		while (flex.length > 0 || other.length > 0) {
			// lead with a flex while they outnumber the others, so they come out interleaved
			const takeFlex = !lastFlex && flex.length > 0 && flex.length >= other.length;
			if (takeFlex || other.length === 0) {
				const s = flex.shift() as Slot;
				if (lastFlex && !opts.allowAdjacentFlex) {
					conflicts.push(s);
					continue;
				}
				order.push(s);
				lastFlex = true;
			} else {
				order.push(other.shift() as Slot);
				lastFlex = false;
			}
		}
	}
	if (opts.last) {
		order.push(opts.last);
		lastFlex = isFlex(opts.last);
	}
	if (opts.nextFlex && lastFlex) {
		const tail = order.pop() as Slot;
		// find it an earlier place between two non-flex neighbours inside its own group
		if (placeEarlier(order, tail, groups)) {
			// placed between two others
		} else if (opts.allowAdjacentFlex) order.push(tail);
		else conflicts.push(tail);
	}
	return { order, conflicts };
}

function placeEarlier(order: Slot[], s: Slot, groups: readonly (readonly Slot[])[]): boolean {
	const group = groups.find((g) => g.includes(s));
	if (!group) return false;
	const members = order.flatMap((o, i) => (group.includes(o) ? [i] : []));
	const first = members[0];
	const last = members[members.length - 1];
	if (first === undefined || last === undefined) return false;
	// inserting anywhere from before the group's first member to after its last keeps group order
	for (let i = Math.min(last + 1, order.length - 1); i >= first; i--) {
		const before = order[i - 1];
		const after = order[i];
		if ((before && isFlex(before)) || (after && isFlex(after))) continue;
		order.splice(i, 0, s);
		return true;
	}
	return false;
}
