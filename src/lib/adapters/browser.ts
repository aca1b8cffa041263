/**
 * The browser behind the state classes, as small injectable adapters: a state class takes
 * them in its constructor, so it runs in Node with fakes (see `fakes.ts` in the tests).
 */
import { downloadText } from '$lib/download';

export { wallClock, type Clock } from './clock';

/** saves generated text as a file */
export type Download = (filename: string, text: string, type?: string) => void;
export const browserDownload: Download = (filename, text, type) =>
	downloadText(filename, text, type);

/** shares a link: the share sheet where there is one, else the clipboard */
export type Share = (title: string, url: string) => Promise<'shared' | 'copied'>;
export const browserShare: Share = async (title, url) => {
	if (navigator.share) {
		await navigator.share({ title, url });
		return 'shared';
	}
	await navigator.clipboard.writeText(url);
	return 'copied';
};
