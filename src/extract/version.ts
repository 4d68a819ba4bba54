// The extractor's version: bumped whenever extraction output can change; part of the build cache key and
// recorded in graph.json (a graph built by another extractor version is rebuilt by \`npm start\`).
export const EXTRACTOR_VERSION = '3.1.0';
