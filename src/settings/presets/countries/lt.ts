import { countryPreset } from '../types';

export default countryPreset('LT', ['lt'], [
  { url: 'https://www.lrs.lt/', kind: 'parliament', names: { lt: 'Lietuvos Respublikos Seimas', en: 'Seimas of the Republic of Lithuania' }, source: 'https://www.lrs.lt/sip/portal.show?p_k=1&p_r=39847' },
  { url: 'https://www.nksc.lt/', kind: 'cert', names: { lt: 'Nacionalinis kibernetinio saugumo centras', en: 'National Cyber Security Centre' }, source: 'https://www.nksc.lt/ksit-registracija.html' },
  { url: 'https://www.lrp.lt/', kind: 'head-of-state', names: { lt: 'Lietuvos Respublikos Prezidentas', en: 'President of the Republic of Lithuania' }, source: 'https://lt.m.wikipedia.org/wiki/Lietuvos_Prezidentas' },
  { url: 'https://lrv.lt/', kind: 'government', names: { lt: 'Lietuvos Respublikos Vyriausybė', en: 'Government of the Republic of Lithuania' }, source: 'https://lt.m.wikipedia.org/wiki/Lietuvos_vyriausyb%C4%97' },
  { url: 'https://www.lb.lt/', kind: 'central-bank', names: { lt: 'Lietuvos bankas', en: 'Bank of Lithuania' }, source: 'https://lt.m.wikipedia.org/wiki/Lietuvos_bankas' },
  { url: 'https://www.urm.lt/', kind: 'ministry', names: { lt: 'Lietuvos Respublikos užsienio reikalų ministerija', en: 'Ministry of Foreign Affairs of the Republic of Lithuania' }, source: 'https://lt.wikipedia.org/wiki/LR_URM' },
  { url: 'https://kam.lt/', kind: 'ministry', names: { lt: 'Lietuvos Respublikos krašto apsaugos ministerija', en: 'Ministry of National Defence of the Republic of Lithuania' }, source: 'https://wikiwand.com/lt/articles/LR_KAM' },
]);
