import { countryPreset } from '../types';

export default countryPreset('EE', ['et'], [
  { url: 'https://www.riigikogu.ee/', kind: 'parliament', names: { et: 'Riigikogu', en: 'Riigikogu (Parliament of Estonia)' }, source: 'https://www.riigikogu.ee/tutvustus-ja-ajalugu/' },
  { url: 'https://www.president.ee/', kind: 'head-of-state', names: { et: 'Vabariigi President', en: 'President of the Republic of Estonia' }, source: 'https://president.ee/et/ametitegevus/koned/format-feed-amp-type-rss.html' },
  { url: 'https://www.ria.ee/', kind: 'cert', names: { et: 'Riigi Infosüsteemi Amet (CERT-EE)', en: 'Information System Authority (CERT-EE)' }, source: 'https://blog.ria.ee/author/gretek/' },
  { url: 'https://www.eestipank.ee/', kind: 'central-bank', names: { et: 'Eesti Pank', en: 'Bank of Estonia' }, source: 'https://www.eestipank.ee/en' },
  { url: 'https://www.riigikantselei.ee/', kind: 'government', names: { et: 'Riigikantselei', en: 'Government Office' }, source: 'https://www.riigikantselei.ee/en/supporting-government-and-prime-minister/organisation-and-planning-work-government' },
]);
