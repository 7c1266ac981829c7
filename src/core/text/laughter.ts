/**
 * Laughter written out or as a laughing face: "haha", "lol", "😂", "😄". Shared by the cues (a reply
 * that laughs along with the client's remark) and the rules (laughter as a playful touch).
 */
export const LAUGHTER = /\b(?:ha(?:ha)+\w*|he(?:he)+\w*|lol|lmao)\b|[😂🤣😆😅😄😁]/iu;

/**
 * One word of laughter, in the spellings of other languages too: "haha", "jajaja" (Spanish),
 * "kkkk" (Portuguese), "hihi", "lol", "xd". For reading past it to the words that follow ("haha yes,
 * still every Saturday").
 */
export const LAUGHTER_WORD =
  /^(?:(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:ka){3,}|k{3,}|(?:hi){2,}|lol|lmao|xd)$/i;
