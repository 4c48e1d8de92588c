import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('SE', ['sv'], [
  { url: 'https://www.riksdagen.se/', kind: 'parliament', names: { sv: 'Sveriges riksdag', en: 'Swedish Parliament' }, source: 'https://sv.wikipedia.org/wiki/Sveriges_riksdag' },
  { url: 'https://www.regeringen.se/', kind: 'government', names: { sv: 'Regeringen och Regeringskansliet', en: 'Government Offices of Sweden' }, source: 'http://www.regeringen.se/sb/d/2511' },
  { url: 'https://www.riksbank.se/', kind: 'central-bank', names: { sv: 'Sveriges riksbank', en: 'Sveriges Riksbank' }, source: NCB_LIST },
  { url: 'https://www.cert.se/', kind: 'cert', names: { sv: 'CERT-SE', en: 'CERT-SE' }, source: 'https://cert.se/om-cert-se/rfc-2350/' },
]);
