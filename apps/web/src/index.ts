// @tonghop/web is a page, not a library: `vite build` writes it to apps/web/dist, which apps/api
// serves at `/`. Nothing is imported from here; the entry of the bundle is src/main.tsx.
export {};
