import { version } from '../../../package.json';

/** The widgets' version, from package.json; the bundle's file name and the mismatch warning use it. */
export const VERSION: string = version;
