import { countryPreset } from '../types';

export default countryPreset('LV', ['lv'], [
  { url: 'https://www.saeima.lv/', kind: 'parliament', names: { lv: 'Latvijas Republikas Saeima', en: 'Saeima of the Republic of Latvia' }, source: 'https://www.saeima.lv/lv/viegli-lasit/kas-ir-saeima' },
  { url: 'https://www.mk.gov.lv/', kind: 'government', names: { lv: 'Ministru kabinets', en: 'Cabinet of Ministers' }, source: 'https://tapportals.mk.gov.lv/annotation/c65f0ce2-10de-460c-96bb-269be331db0b' },
  { url: 'https://cert.lv/', kind: 'cert', names: { lv: 'CERT.LV', en: 'CERT.LV' }, source: 'https://cert.lv/lv/kad-zinot-par-incidentu' },
  { url: 'https://www.bank.lv/', kind: 'central-bank', names: { lv: 'Latvijas Banka', en: 'Bank of Latvia' }, source: 'https://perceptiopt.com/Банк_Латвии' },
]);
