// Vite's `?raw` imports (stories/support/demo-feed.ts), for the type checker.
declare module '*?raw' {
  const text: string;
  export default text;
}
