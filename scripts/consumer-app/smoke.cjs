// The README says CommonJS `require()` of these ES modules works on Node >= 20.19.
const { createMfaClient } = require('@authblock/mfa-client');
const { normalizeCode } = require('@authblock/mfa-client');

if (typeof createMfaClient !== 'function') throw new Error('require() gave no createMfaClient');
if (normalizeCode('123 456') !== '123456') throw new Error('require() gave a broken client');
console.info('smoke.cjs: require() of @authblock/mfa-client works');
