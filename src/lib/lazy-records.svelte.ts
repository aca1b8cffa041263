/**
 * Data kept in modules of its own, one module per group, loaded on first use: a page asks for
 * the ids it shows, each group's module loads once (then the service worker has it), and a
 * module that cannot load (offline before the app was cached) is kept as failed for a
 * **Try again** (`retry`): `failedFor` tells a page whether what it shows is missing, so a group
 * that failed on one page does not raise an alert on another that has what it needs. The exercise texts and pictures use it, grouped by kind, so that a
 * page that shows none of them does not load them.
 */
export type GroupLoader<T> = () => Promise<Readonly<Record<string, T>>>;

export class LazyRecords<T> {
	/** a group's module is loading */
	loading = $state(false);
	/** the groups whose module could not load: `retry` loads them again */
	#failed = $state.raw<readonly string[]>([]);
	#records = $state.raw<Readonly<Record<string, T>>>({});
	#loaders: Readonly<Record<string, GroupLoader<T>>>;
	#groupOf: (id: string) => string | undefined;
	// plain bookkeeping, not reactive state
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#loaded = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<string, Promise<void>>();

	constructor(
		loaders: Readonly<Record<string, GroupLoader<T>>>,
		groupOf: (id: string) => string | undefined
	) {
		this.#loaders = loaders;
		this.#groupOf = groupOf;
	}

	/** the record of `id`, once its group has loaded */
	get(id: string): T | undefined {
		return this.#records[id];
	}

	/** the groups of `ids` that have a module and have not loaded yet */
	#missing(ids: Iterable<string>): string[] {
		const groups: string[] = [];
		for (const id of ids) {
			const group = this.#groupOf(id);
			if (group === undefined || !(group in this.#loaders) || this.#loaded.has(group)) continue;
			if (!groups.includes(group)) groups.push(group);
		}
		return groups;
	}

	/** a group of `ids` could not load: what a page shows of them is missing */
	failedFor(ids: Iterable<string>): boolean {
		return this.#missing(ids).some((g) => this.#failed.includes(g));
	}

	/**
	 * the record of `id`, starting its group's load when it is not there (for a component that
	 * shows what it is given); after a failed load only `retry` loads again
	 */
	want(id: string): T | undefined {
		const record = this.#records[id];
		// after the reading, never inside it: the load changes state
		if (record === undefined && !this.failedFor([id])) queueMicrotask(() => void this.load([id]));
		return record;
	}

	/** loads the groups of `ids` not loaded yet; false when one of them could not load */
	load(ids: Iterable<string>): Promise<boolean> {
		return this.#load(this.#missing(ids));
	}

	/** loads every group that could not load: the **Try again** */
	retry(): Promise<boolean> {
		return this.#load([...this.#failed]);
	}

	async #load(groups: string[]): Promise<boolean> {
		if (groups.length === 0) return true;
		// only when it changes: a new list would make every reader ask again, and load again
		if (groups.some((g) => this.#failed.includes(g)))
			this.#failed = this.#failed.filter((g) => !groups.includes(g));
		this.loading = true;
		const results = await Promise.allSettled(groups.map((g) => this.#group(g)));
		this.loading = this.#pending.size > 0;
		const failed = groups.filter((_, i) => results[i]?.status === 'rejected');
		if (failed.length) this.#failed = [...this.#failed, ...failed];
		return failed.length === 0;
	}

	#group(group: string): Promise<void> {
		let pending = this.#pending.get(group);
		if (!pending) {
			const loader = this.#loaders[group] as GroupLoader<T>;
			pending = loader()
				.then((records) => {
					this.#records = { ...this.#records, ...records };
					this.#loaded.add(group);
				})
				.finally(() => this.#pending.delete(group));
			this.#pending.set(group, pending);
		}
		return pending;
	}
}
