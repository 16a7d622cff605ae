import { definePolicy } from '../../http/authorize.ts';

/** The whole register out and in as JSON: admins only (it holds every collaboration's agreements). */
export const registerTransferPolicy = definePolicy('register', {
  export: ['admin'],
  import: ['admin'],
});
