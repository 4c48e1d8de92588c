import { countryPreset } from '../types';

export default countryPreset('CY', ['el', 'tr'], [
  { url: 'https://www.parliament.cy/', kind: 'parliament', names: { el: 'Βουλή των Αντιπροσώπων', tr: 'Temsilciler Meclisi', en: 'House of Representatives' }, source: 'https://www.parliament.cy/en/general-information/election-composition-and-dissolution-of-the-house-of-representatives' },
  { url: 'https://www.pio.gov.cy/', kind: 'government', names: { el: 'Γραφείο Τύπου και Πληροφοριών', tr: 'Basın ve Enformasyon Dairesi', en: 'Press and Information Office' }, source: 'https://www.pio.gov.cy/en/press-releases/' },
  { url: 'https://dsa.cy/', kind: 'cert', names: { el: 'Αρχή Ψηφιακής Ασφάλειας', tr: 'Dijital Güvenlik Otoritesi', en: 'Digital Security Authority' }, source: 'https://dsa.cy/en/the-dsa/organisational-structure' },
  { url: 'https://www.centralbank.cy/', kind: 'central-bank', names: { el: 'Κεντρική Τράπεζα της Κύπρου', tr: 'Kıbrıs Merkez Bankası', en: 'Central Bank of Cyprus' }, source: 'https://www.centralbank.cy/en/the-bank/general-information-on-the-central-bank-of-cyprus' },
]);
