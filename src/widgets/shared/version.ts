/**
 * The widgets' version, released on its own schedule (see `../CHANGELOG.md`):
 * partners pin it through the versioned file name `iop-widgets.<VERSION>.js`.
 */
export const VERSION = '0.2.0';
