/** Publication types from how a venue is written (used when the source has no explicit type). */
import type { PublicationType } from '../profile/schema';

const CONFERENCE_ACRONYMS =
  /\b(CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|KDD|WWW|SIGIR|SIGMOD|VLDB|ICDE|SIGCOMM|NSDI|OSDI|SOSP|EuroSys|ATC|INFOCOM|MobiCom|MobiSys|SenSys|SIGMETRICS|ICNC|ICC|GLOBECOM|ITSC|ICRA|IROS|RSS|CoRL|CHI|UIST|CSCW|ISCA|MICRO|HPCA|ASPLOS|DAC|ICCAD|STOC|FOCS|SODA|COLT|AISTATS|UAI|WSDM|CIKM|ICDM|SDM|ECML|MICCAI|ICASSP|INTERSPEECH|APNet|CoNEXT|IMC|HotNets|ICACDS|CICTP|PLDI|POPL|OOPSLA|ICSE|FSE|ASE|ISSTA|CCS|USENIX|NDSS|S&P|Oakland)\b/;

export function guessPublicationType(venue: string | undefined, context = ''): PublicationType {
  const text = `${context} ${venue ?? ''}`;
  if (/\b(thesis|dissertation)\b/i.test(text)) return 'thesis';
  if (/\bpatent\b/i.test(text)) return 'patent';
  if (/\bworkshops?\b/i.test(text)) return 'workshop';
  if (/\b(arxiv|preprint|biorxiv|medrxiv|ssrn|techrxiv|in submission|under review|submitted|manuscript)\b/i.test(text))
    return 'preprint';
  if (/\b(chapter)\b/i.test(text)) return 'chapter';
  if (/\b(journal|transactions|trans\.|letters|magazine|review|annals|bulletin)\b/i.test(text)) return 'journal';
  if (/\b(proceedings|proc\.|conference|symposium|congress|colloquium)\b/i.test(text) || CONFERENCE_ACRONYMS.test(text))
    return 'conference';
  if (/\bbook\b/i.test(text)) return 'book';
  return 'other';
}
