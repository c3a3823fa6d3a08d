/**
 * Fingerprinting parameters. Users know 13 characters as the length CNKI reports copying from, so the
 * winnowing guarantee threshold `w + k - 1` is 13 content characters: every common run of 13 or more
 * content characters (punctuation and spaces do not count) shares a fingerprint with its source.
 * k = 5: Chinese 5-grams are specific enough that most postings lists are short, and short enough that
 * runs survive between the words a copier replaces (measured on the dev set: see README).
 */
export const K = 5;
export const GUARANTEE = 13;
export const WINDOW = GUARANTEE - K + 1;
