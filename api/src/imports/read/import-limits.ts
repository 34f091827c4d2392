// What an uploaded file may be, before and while it is opened. A commune's registry of 20,000
// rows is about 2 MB as XLSX; a province's village boundaries as a zipped Shapefile about 10 MB.

/** The largest upload (50 MB); a bigger one is 413 before it is opened. */
export const maxUploadBytes = 50 * 1024 * 1024;

/** At most this many entries in a zip (an XLSX has a few dozen, a Shapefile four to six). */
export const maxZipEntries = 1000;

/** What all the entries of a zip may add up to once inflated, declared or real. */
export const maxInflatedBytes = 300 * 1024 * 1024;

/**
 * Inflated ÷ compressed size above which an entry is a bomb. Deflate tops out near 1032:1;
 * real Office XML and DBF padding stay well under 200:1. Entries under 1 MB are exempt: a tiny
 * file of blanks compresses far better than that and can do no harm.
 */
export const maxEntryRatio = 400;
export const ratioExemptBytes = 1024 * 1024;
