/**
 * Which exercise ids this version knows, for checking a backup's avoid list: loaded when a file
 * is chosen. A module of its own: a dynamic import of the catalogue's index would make its
 * chunk, loaded on every page that lists exercises, carry a namespace object of all its exports.
 */
import { exerciseById } from '$lib/catalogue';

export const knownExercise = (id: string) => exerciseById(id) !== undefined;
