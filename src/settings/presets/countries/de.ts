import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('DE', ['de'], [
  { url: 'https://www.bundestag.de/', kind: 'parliament', names: { de: 'Deutscher Bundestag', en: 'German Bundestag' }, source: 'https://www.bundestag.de/services/glossar/glossar/B' },
  { url: 'https://www.bundespraesident.de/', kind: 'head-of-state', names: { de: 'Bundespräsident', en: 'Federal President' }, source: 'http://www.tel-aviv.diplo.de/Vertretung/telaviv/de/04-Politik/Politisches-System/Bundespr_C3_A4sident.html' },
  { url: 'https://www.bundesregierung.de/', kind: 'government', names: { de: 'Bundesregierung', en: 'Federal Government' }, source: 'https://www.bundesregierung.de/breg-de/bundesregierung/bundespresseamt/geschichte-und-aufgaben-454036' },
  { url: 'https://www.bsi.bund.de/', kind: 'cert', names: { de: 'Bundesamt für Sicherheit in der Informationstechnik (BSI)', en: 'Federal Office for Information Security (BSI)' }, source: 'https://www.bsi.bund.de/DE/Themen/Cyber-Sicherheit/Aktivitaeten/CERT-Bund/certbund_node.html' },
  { url: 'https://www.bundesbank.de/', kind: 'central-bank', names: { de: 'Deutsche Bundesbank', en: 'Deutsche Bundesbank' }, source: NCB_LIST },
]);
