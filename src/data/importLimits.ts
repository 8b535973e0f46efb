/**
 * Larger files are refused before reading: parsing them would freeze the tab. 50 MB, in decimal megabytes.
 * A module of its own so the Data menu can say so without loading the importer's code.
 */
export const MAX_FILE_BYTES = 50_000_000;
