import { countryPreset } from '../types';

export default countryPreset('AT', ['de'], [
  { url: 'https://www.parlament.gv.at/', kind: 'parliament', names: { de: 'Parlament Österreich', en: 'Austrian Parliament' }, source: 'https://www.parlament.gv.at/ENGL/PERK/PARL/WAS/' },
  { url: 'https://www.bundespraesident.at/', kind: 'head-of-state', names: { de: 'Bundespräsident', en: 'Federal President of Austria' }, source: 'https://austria-forum.org/af/AustriaWiki/Bundespr%C3%A4sident_%28%C3%96sterreich%29' },
  { url: 'https://www.bundeskanzleramt.gv.at/', kind: 'government', names: { de: 'Bundeskanzleramt', en: 'Federal Chancellery' }, source: 'https://austria-forum.org/af/AustriaWiki/Bundeskanzleramt_%28%C3%96sterreich%29' },
  { url: 'https://www.cert.at/', kind: 'cert', names: { de: 'CERT.at', en: 'CERT.at' }, source: 'http://cert.at/about/rfc2350/rfc2350.html' },
  { url: 'https://www.oenb.at/', kind: 'central-bank', names: { de: 'Oesterreichische Nationalbank', en: 'Oesterreichische Nationalbank' }, source: 'https://www.oenb.at/en/Services/copyright-notice-and-disclaimer.html' },
]);
