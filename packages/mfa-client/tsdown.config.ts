import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  format: 'esm',
  // Browsers, Node and edge runtimes: nothing platform-specific may sneak in.
  platform: 'neutral',
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts'],
    clean: true,
    // One file per module, not one bundle: with `sideEffects: false` an app's bundler
    // drops every module a page never reaches (a sign-in page on `createAuthClient` leaves
    // out the MFA routes and their schemas). Inside one bundled file it cannot: the
    // schema-building calls at the top level look like side effects to it.
    unbundle: true,
  },
  // Its own bundle, so the schemas only it exports do not stay alive in the client's
  // modules.
  { ...shared, entry: ['src/schemas.ts'], clean: false },
  // The tenant-admin routes: their own bundle, so end-user pages never carry them.
  {
    ...shared,
    entry: { admin: 'src/admin/index.ts' },
    clean: false,
  },
]);
