// The boundgraph version, written into every output's metadata and the extraction cache key.
export const VERSION = '0.1.0';
