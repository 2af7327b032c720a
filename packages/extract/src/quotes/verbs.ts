/** Verbs (and "according to") that attribute words to a speaker, in the forms news text uses. */
export const ATTRIBUTION =
  /\b(?:says?|said|saying|tells?|told|telling|adds?|added|noted|noting|cautions?|cautioned|cautioning|insists?|insisted|points? out|pointed out|stated|argues?|argued|warns?|warned|warning|claimed|explains?|explained|continued|repl(?:y|ies|ied)|writes?|wrote|posted|tweeted|announced?|announces|declared?|declares|described?|describes|describing|called|calling|label(?:l?ed|l?ing|s)?|characteri[sz]ed|informed|stressed|emphasi[sz]ed|underscored|acknowledged|admitted|suggested|suggesting|indicated|confirmed|denied|asked|urged|recalled|contended|maintained|asserted|observed|remarked|responded|commented|reads|according to)\b/gi;

/** Reporting verbs that introduce reported speech with "that" or a colon (PARAPHRASE). */
export const REPORTING =
  /\b(?:said|says|saying|told|tells|noted|noting|insisted|insists|insisting|argued|argues|arguing|warned|warns|warning|cautioned|cautioning|stated|indicated|suggested|suggesting|signal(?:l)?ed|pointed out|added|claimed|contended|informed|believes|announced|confirmed|explained|stressed|acknowledged|admitted|maintained|asserted|reported|demanded|set a (?:\w+ )?demand)\b/g;
