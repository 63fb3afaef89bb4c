// The content script for the sites the agent adds (background/sites.ts registers it). The same
// program as index.ts, under its own entry: crxjs keys scripts by entry file, and index.ts is
// already the manifest's loader-style script.
import './index.ts';
