/**
 * Saves generated text as a file: a Blob and a temporary `<a download>`, so nothing is
 * fetched, the page does not navigate, and it works offline (the CSP allows blob:).
 * Browser only.
 */
export function downloadText(filename: string, text: string, type = 'text/calendar') {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// some browsers read the blob after the click returns
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
