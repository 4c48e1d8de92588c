/**
 * Pages that list many institutions at once, cited by several countries.
 * NCB_LIST: the national central banks of the ESCB with their addresses (a glossary entry that
 * copies the ECB's list; the addresses were checked against each bank's own pages where found).
 */
export const NCB_LIST = 'https://wirtschaftslexikon24.com/e/nationale-zentralbanken-des-eurosystems-eszb/nationale-zentralbanken-des-eurosystems-eszb.htm';
