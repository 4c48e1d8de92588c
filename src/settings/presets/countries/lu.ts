import { countryPreset } from '../types';

export default countryPreset('LU', ['lb', 'fr', 'de'], [
  { url: 'https://www.chd.lu/', kind: 'parliament', names: { lb: "D'Chamber", fr: 'Chambre des Députés', de: 'Abgeordnetenkammer', en: 'Chamber of Deputies' }, source: 'https://petitiounen.lu/en/about-the-parliament' },
  { url: 'https://gouvernement.lu/', kind: 'government', names: { lb: 'Lëtzebuerger Regierung', fr: 'Gouvernement du Grand-Duché de Luxembourg', de: 'Regierung des Großherzogtums Luxemburg', en: 'Government of Luxembourg' }, source: 'https://wikiwand.com/fr/articles/Liste_des_Premiers_ministres_du_Luxembourg' },
  { url: 'https://www.govcert.lu/', kind: 'cert', names: { lb: 'GOVCERT.LU', fr: 'GOVCERT.LU', de: 'GOVCERT.LU', en: 'GOVCERT.LU' }, source: 'https://govcert.lu/about' },
  { url: 'https://www.bcl.lu/', kind: 'central-bank', names: { lb: 'Zentralbank vu Lëtzebuerg', fr: 'Banque centrale du Luxembourg', de: 'Luxemburger Zentralbank', en: 'Central Bank of Luxembourg' }, source: 'https://www.bcl.lu/en/About/organisation/positionnement_officiel/index.html' },
]);
