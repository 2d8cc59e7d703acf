// The app's stylesheets, imported for their side effect (Next's own types declare this
// too, in the generated next-env.d.ts, which is not committed).
declare module '*.css';
