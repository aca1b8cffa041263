/**
 * Data kept in modules of its own, one module per group, loaded on first use: a page asks for
 * the ids it shows, each group's module loads once (then the service worker has it), and a
 * module that cannot load (offline before the app was cached) leaves `failed` set for a
 * **Try again** (`retry`). The exercise texts and pictures use it, grouped by kind, so that a
 * page that shows none of them does not load them.
 */
export type GroupLoader<T> = () => Promise<Readonly<Record<string, T>>>;

export class LazyRecords<T> {
	/** a group's module is loading */
	loading = $state(false);
	/** a group's module could not load: `retry` loads what is still missing */
	failed = $state(false);

	#records = $state.raw<Readonly<Record<string, T>>>({});
	#loaders: Readonly<Record<string, GroupLoader<T>>>;
	#groupOf: (id: string) => string | undefined;
	// plain bookkeeping, not reactive state
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#loaded = new Set<string>();
	/** groups asked for and not loaded yet */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#wanted = new Set<string>();
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

	/**
	 * the record of `id`, starting its group's load when it is not there (for a component that
	 * shows what it is given); after a failed load only `retry` loads again
	 */
	want(id: string): T | undefined {
		const record = this.#records[id];
		// after the reading, never inside it: the load changes state
		if (record === undefined && !this.failed) queueMicrotask(() => void this.load([id]));
		return record;
	}

	/** loads the groups of `ids` not loaded yet; false when one of them could not load */
	load(ids: Iterable<string>): Promise<boolean> {
		for (const id of ids) {
			const group = this.#groupOf(id);
			if (group !== undefined && group in this.#loaders && !this.#loaded.has(group))
				this.#wanted.add(group);
		}
		return this.retry();
	}

	/** loads every group asked for that is not loaded yet: the **Try again** */
	async retry(): Promise<boolean> {
		const groups = [...this.#wanted];
		if (groups.length === 0) return true;
		this.failed = false;
		this.loading = true;
		const results = await Promise.allSettled(groups.map((g) => this.#group(g)));
		this.loading = this.#pending.size > 0;
		const ok = results.every((r) => r.status === 'fulfilled');
		if (!ok) this.failed = true;
		return ok;
	}

	#group(group: string): Promise<void> {
		let pending = this.#pending.get(group);
		if (!pending) {
			const loader = this.#loaders[group] as GroupLoader<T>;
			pending = loader()
				.then((records) => {
					this.#records = { ...this.#records, ...records };
					this.#loaded.add(group);
					this.#wanted.delete(group);
				})
				.finally(() => this.#pending.delete(group));
			this.#pending.set(group, pending);
		}
		return pending;
	}
}
