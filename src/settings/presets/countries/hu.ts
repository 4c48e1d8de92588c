import { countryPreset } from '../types';

export default countryPreset('HU', ['hu'], [
  { url: 'https://www.parlament.hu/', kind: 'parliament', names: { hu: 'Országgyűlés', en: 'National Assembly of Hungary' }, source: 'https://www.parlament.hu/gyakran-ismetelt-kerdesek' },
  { url: 'https://nki.gov.hu/', kind: 'cert', names: { hu: 'Nemzeti Kibervédelmi Intézet', en: 'National Cyber Security Center' }, source: 'https://nki.gov.hu/intezet/tartalom/magunkrol' },
  { url: 'https://www.mnb.hu/', kind: 'central-bank', names: { hu: 'Magyar Nemzeti Bank', en: 'Magyar Nemzeti Bank' }, source: 'https://mnb.hu/en/the-central-bank/about-the-mnb/terms-of-use' },
  { url: 'https://kormany.hu/', kind: 'government', names: { hu: 'Magyarország Kormánya', en: 'Government of Hungary' }, source: 'https://en.wikipedia.org/wiki/Government_of_Hungary' },
]);
