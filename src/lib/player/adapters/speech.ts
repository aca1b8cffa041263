/** spoken cues through the Web Speech API; silent where it is missing */
export function speak(text: string) {
	if (typeof speechSynthesis === 'undefined') return;
	// a cue that is late is worse than none: drop whatever is still queued
	speechSynthesis.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.rate = 1;
	speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
