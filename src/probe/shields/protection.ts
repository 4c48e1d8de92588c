import type { Rule } from './types';

/**
 * Protection services in front of a site (anti-DDoS networks, bot walls, hosted WAFs). Most replace
 * the server header on every answer, healthy ones included, so a header rule always comes with a
 * status filter. Sources: wafw00f plugins (ddosguard, qrator, link11, reblaze, radware, stackpath,
 * sucuri, incapsula, perimeterx, variti, wallarm, bitninja, nemesida), is-antibot src/providers.json,
 * cloudscraper#240 and cloudflare-scrape#277 (Sucuri's JS page), OpenTermsArchive/engine#319 and
 * is-antibot#60 (Imperva), docs.datadome.co, HUMAN's block page docs, Myra's server header as seen
 * in front of www.ecb.europa.eu and German federal sites.
 */

const BLOCKING = [401, 403, 405, 406, 409, 503] as const;

export const PROTECTION_RULES: readonly Rule[] = [
  // Imperva (Incapsula), and its Advanced Bot Protection (ex-Distil) "Pardon Our Interruption".
  {
    // The incident page: Imperva checked the request and stopped it.
    id: 'imperva-incident',
    vendor: 'Imperva (Incapsula)',
    means: { shield: 'check' },
    body: /<iframe[^>]*\ssrc="\/_Incapsula_Resource\?|Request unsuccessful\. Incapsula incident ID/i,
    unmistakable: true,
  },
  {
    // The JS challenge: an almost empty page whose script carries two comma-separated hashes.
    // Healthy pages load the same resource with one hash and &ns=, so that form is not enough.
    id: 'imperva-js-challenge',
    vendor: 'Imperva (Incapsula)',
    means: { shield: 'challenge' },
    body: /\/_Incapsula_Resource\?SWJIYLWA=[0-9a-f]{32},[0-9a-f]{32}/,
    unmistakable: true,
  },
  {
    id: 'imperva-pardon-our-interruption',
    vendor: 'Imperva (Incapsula)',
    means: { shield: 'bot_check' },
    body: /<title>\s*Pardon Our Interruption\s*<\/title>[\s\S]*?(?:made us think you were a bot|distil_r_captcha|_Incapsula_Resource)/i,
    unmistakable: true,
  },
  {
    id: 'imperva-cdn-block',
    vendor: 'Imperva (Incapsula)',
    means: { shield: 'block' },
    statuses: [403],
    headers: { 'x-iinfo': /./ },
  },
  // DDoS-Guard.
  {
    id: 'ddos-guard-js-challenge',
    vendor: 'DDoS-Guard',
    means: { shield: 'challenge' },
    body: /\/\.well-known\/ddos-guard\/|check\.ddos-guard\.net\/check\.js/,
    unmistakable: true,
  },
  {
    id: 'ddos-guard-server',
    vendor: 'DDoS-Guard',
    means: { shield: 'check' },
    statuses: BLOCKING,
    headers: { server: /ddos-guard/i },
  },
  // Qrator.
  {
    id: 'qrator-server',
    vendor: 'Qrator',
    means: { shield: 'block' },
    statuses: BLOCKING,
    headers: { server: /qrator/i },
  },
  // Myra Security (server: myracloud): in front of the ECB and German federal sites.
  {
    id: 'myra-block',
    vendor: 'Myra Security',
    means: { shield: 'block' },
    statuses: BLOCKING,
    headers: { server: /myracloud/i },
  },
  {
    id: 'myra-origin-error',
    vendor: 'Myra Security',
    means: { edge: 'origin_error' },
    statuses: [502, 504],
    headers: { server: /myracloud/i },
    codes: { from: 'status', map: { 502: { edge: 'bad_answer' }, 504: { edge: 'timeout' } } },
  },
  // Link11 and Reblaze.
  {
    id: 'link11-server',
    vendor: 'Link11',
    means: { shield: 'block' },
    statuses: BLOCKING,
    headers: { server: /rhino-core-shield/i },
  },
  {
    id: 'reblaze-server',
    vendor: 'Reblaze',
    means: { shield: 'block' },
    statuses: BLOCKING,
    headers: { server: /Reblaze Secure Web Gateway/i },
  },
  {
    id: 'reblaze-page',
    vendor: 'Reblaze',
    means: { shield: 'block' },
    statuses: [403],
    body: /Access denied \(403\)[\s\S]*?Current session has been terminated/i,
  },
  // Radware (Cloud WAF, Bot Manager ex-ShieldSquare).
  {
    id: 'radware-block-page',
    vendor: 'Radware',
    means: { shield: 'block' },
    body: /<title>\s*Unauthorized Request Blocked\s*<\/title>[\s\S]*?unauthorized activity|CloudWebSec\.radware\.com/i,
    unmistakable: true,
  },
  {
    id: 'radware-bot-manager',
    vendor: 'Radware',
    means: { shield: 'bot_check' },
    body: /validate\.perfdrive\.com|<title>\s*Radware (?:Captcha|Block) Page\s*<\/title>/i,
    unmistakable: true,
  },
  {
    id: 'radware-header',
    vendor: 'Radware',
    means: { shield: 'block' },
    statuses: BLOCKING,
    headers: { 'x-sl-compstate': /./ },
  },
  // StackPath.
  {
    id: 'stackpath-block',
    vendor: 'StackPath',
    means: { shield: 'block' },
    body: /<title>\s*StackPath[^<]*<\/title>[\s\S]*?(?:blocked your request|security service for protection)/i,
    unmistakable: true,
  },
  // Sucuri.
  {
    id: 'sucuri-js-redirect',
    vendor: 'Sucuri',
    means: { shield: 'challenge' },
    body: /sucuri_cloudproxy_js\s*=/,
    unmistakable: true,
  },
  {
    id: 'sucuri-block-page',
    vendor: 'Sucuri',
    means: { shield: 'firewall' },
    statuses: [403, 404, 429, 500, 503],
    body: /Sucuri WebSite Firewall|cloudproxy@sucuri\.net|sucuri[-_]firewall[-_]block\.css/i,
  },
  {
    id: 'sucuri-block-header',
    vendor: 'Sucuri',
    means: { shield: 'firewall' },
    headers: { 'x-sucuri-block': /./ },
  },
  // DataDome.
  {
    id: 'datadome-captcha',
    vendor: 'DataDome',
    means: { shield: 'bot_check' },
    statuses: [401, 403, 405, 429],
    body: /captcha-delivery\.com/i,
  },
  {
    id: 'datadome-header',
    vendor: 'DataDome',
    means: { shield: 'bot_check' },
    statuses: [401, 403, 405, 429],
    headers: { 'x-datadome': /./ },
  },
  // HUMAN (PerimeterX). Healthy pages load its sensor (window._pxAppId) too: only the block counts.
  {
    id: 'perimeterx-block',
    vendor: 'HUMAN (PerimeterX)',
    means: { shield: 'bot_check' },
    statuses: [403, 429],
    body: /id="px-captcha"|_pxCaptcha|Access to this page has been denied|perimeterx\.(?:com|net)\/whywasiblocked/i,
  },
  // Kasada: a 429 whose page loads ips.js and sets up KPSDK.
  {
    id: 'kasada-challenge',
    vendor: 'Kasada',
    means: { shield: 'bot_check' },
    statuses: [403, 429],
    body: /\bKPSDK\b|\/ips\.js\?|__kasada/,
  },
  // Smaller anti-DDoS and WAF services.
  {
    id: 'variti-server',
    vendor: 'Variti',
    means: { shield: 'block' },
    statuses: [...BLOCKING, 429],
    headers: { server: /^Variti/i },
  },
  {
    id: 'wallarm-server',
    vendor: 'Wallarm',
    means: { shield: 'block' },
    statuses: [403],
    headers: { server: /nginx[-_]wallarm/i },
  },
  {
    id: 'bitninja-check',
    vendor: 'BitNinja',
    means: { shield: 'challenge' },
    body: /Security check by BitNinja|Visitor anti-robot validation/i,
    unmistakable: true,
  },
  {
    id: 'nemesida-block',
    vendor: 'Nemesida WAF',
    means: { shield: 'block' },
    statuses: [222, 403],
    body: /Suspicious activity detected\.?\s*Access to the site is blocked|nemesida-security\.com|nwaf@/i,
  },
];
