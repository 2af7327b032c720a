/** Verbs (and "according to") that attribute words to a speaker, in the forms news text uses. */
export const ATTRIBUTION =
  /\b(?:says?|said|saying|tells?|told|telling|adds?|added|notes?|noted|noting|cautions?|cautioned|cautioning|insists?|insisted|points? out|pointed out|states?|stated|argues?|argued|warns?|warned|warning|claims?|claimed|explains?|explained|continues?|continued|repl(?:y|ies|ied)|writes?|wrote|posted|tweeted|announced?|announces|declared?|declares|described?|describes|describing|calls?|called|calling|label(?:l?ed|l?ing|s)?|characteri[sz]ed|informed|stressed|emphasi[sz]ed|underscored|acknowledged|admitted|suggested|suggesting|indicated|confirmed|denied|asked|urged|recalled|contended|maintained|asserted|observed|remarked|responded|commented|reads|according to)\b/gi;

/** Reporting verbs that introduce reported speech with "that" (PARAPHRASE). */
export const REPORTING =
  /\b(?:said|says|told|tells|noted|notes|insisted|insists|argued|argues|warned|warns|cautioned|stated|states|indicated|suggested|pointed out|added|claimed|claims|contended|informed|believes|announced|confirmed|explained|stressed|acknowledged|admitted|maintained|asserted|reported|reports)\b/g;
