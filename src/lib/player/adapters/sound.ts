/**
 * Short beeps made with the Web Audio API: no audio files and no looping media, so music
 * from another app keeps playing where the platform allows.
 */
let context: AudioContext | null = null;

/** call from the Start tap: browsers only let audio start from a user gesture */
export function unlockAudio() {
	if (typeof AudioContext === 'undefined') return;
	context ??= new AudioContext();
	// resume() rejects only when the context is closed, which never happens here
	context.resume().catch(() => {});
}

/** a beep of `ms` at `hz`; high for the last seconds, low for a change */
export function beep(hz = 880, ms = 120) {
	if (!context || context.state !== 'running') return;
	const osc = context.createOscillator();
	const gain = context.createGain();
	osc.frequency.value = hz;
	const t = context.currentTime;
	// a quick ramp avoids clicks
	gain.gain.setValueAtTime(0.0001, t);
	gain.gain.exponentialRampToValueAtTime(0.3, t + 0.01);
	gain.gain.exponentialRampToValueAtTime(0.0001, t + ms / 1000);
	osc.connect(gain).connect(context.destination);
	osc.start(t);
	osc.stop(t + ms / 1000 + 0.02);
}

export function vibrate(pattern: number | number[]) {
	if (typeof navigator !== 'undefined' && 'vibrate' in navigator) navigator.vibrate(pattern);
}
