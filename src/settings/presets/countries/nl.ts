import { countryPreset } from '../types';

export default countryPreset('NL', ['nl'], [
  { url: 'https://www.tweedekamer.nl/', kind: 'parliament', names: { nl: 'Tweede Kamer der Staten-Generaal', en: 'House of Representatives' }, source: 'https://nl.wikipedia.org/wiki/Tweede_Kamer' },
  { url: 'https://www.rijksoverheid.nl/', kind: 'government', names: { nl: 'Rijksoverheid', en: 'Government of the Netherlands' }, source: 'https://www.rijksoverheid.nl/onderwerpen/rijksoverheid' },
  { url: 'https://www.ncsc.nl/', kind: 'cert', names: { nl: 'Nationaal Cyber Security Centrum', en: 'National Cyber Security Centre' }, source: 'https://www.ncsc.nl/actueel/nieuwsberichten/nationaal-cyber-security-centrum-versterkt-waakdienst.html' },
  { url: 'https://www.dnb.nl/', kind: 'central-bank', names: { nl: 'De Nederlandsche Bank', en: 'De Nederlandsche Bank' }, source: 'http://www.dnb.nl/en/about-dnb/organisation/legal-and-organisational-form/index.jsp' },
]);
