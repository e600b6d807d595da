/**
 * Site-wide settings that pages and widgets share. Each fact lives here once.
 */

/** The program line from the source article, dialled by default from the call-to-action. */
export const DEFAULT_PROGRAM_PHONE = '+18555091697';

/** 988 Suicide & Crisis Lifeline: call or text, 24/7, since July 2022. (Its own export, so the widgets take it without the other lines.) */
export const CRISIS_LINE = { call: '988', text: '988', tty: undefined } as const;

/** Crisis and treatment lines shown in the "Get help now" strip and page. Numbers in E.164. */
export const HELPLINES = {
  /** 988 Suicide & Crisis Lifeline: call or text, 24/7, since July 2022. */
  crisis: CRISIS_LINE,
  /** SAMHSA's National Helpline: free, confidential, 24/7 treatment referral. */
  samhsa: { call: '+18006624357', text: '435748', tty: '+18004874889' },
  /** Emergency services. */
  emergency: { call: '911' },
} as const;

/**
 * Where the "Leave this site" control sends the reader: a neutral page that
 * says nothing about health. Opened with `location.replace` so Back skips us.
 */
export const QUICK_EXIT_URL = 'https://www.weather.gov/';

/** The production origin, used for canonical URLs, hreflang and the sitemap. */
export const SITE_ORIGIN = 'https://iop-library.example.org';
