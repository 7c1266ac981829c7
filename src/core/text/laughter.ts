/**
 * Laughter written out or as a laughing face: "haha", "lol", "😂", "😄". Shared by the cues (a reply
 * that laughs along with the client's remark) and the rules (laughter as a playful touch).
 */
export const LAUGHTER = /\b(?:ha(?:ha)+\w*|he(?:he)+\w*|lol|lmao)\b|[😂🤣😆😅😄😁]/iu;
