// Does a word read as a Vietnamese syllable? The legacy-encoding detector scores each way of
// reading a text by how many of its non-ASCII words do: "Nhà nghỉ" does, "Nhµ nghØ" (TCVN3 read
// as Latin-1) and "Nhaø nghæ" (VNI read as Latin-1) do not.

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

const onset = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
// Vowel groups, longest first, each with or without a closing consonant (checked below).
const nucleus =
  '(?:oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])';
const coda = '(?:ch|ng|nh|[cmnpt])?';
const syllable = new RegExp(`^${onset}${nucleus}${coda}$`);

/** Words as the scorer sees them: runs of letters and marks, ASCII punctuation and digits split. */
const wordPattern = /[^\s\d!-/:-@[-`{-~]+/g;

/** Typography a word may hold that says nothing about the encoding. */
const neutralSymbols = /^[°º′″“”‘’–—…•·×№§©®«»\u00a0]+$/;

export type WordVerdict = 'vietnamese' | 'foreign' | 'ascii' | 'symbol';

/** How one word reads: a Vietnamese syllable, ASCII only, typography, or something else. */
export function judgeWord(word: string): WordVerdict {
  if (/^\p{ASCII}*$/u.test(word)) return 'ascii';
  if (neutralSymbols.test(word)) return 'symbol';
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(toneMarks)?.length ?? 0;
  if (tones > 1) return 'foreign';
  const bare = decomposed.replace(toneMarks, '').normalize('NFC');
  // A capital after a small letter ("NhỔ", "nghØ") is a misreading, not a name.
  if (/\p{Ll}\p{Lu}/u.test(bare.replace(/[A-Z]/g, ''))) return 'foreign';
  return syllable.test(bare.toLowerCase()) ? 'vietnamese' : 'foreign';
}

export type VietnameseScore = { vietnamese: number; foreign: number; score: number };

/**
 * Words that read as Vietnamese syllables, words that do not (ASCII words and typography count
 * for neither), and a score that weighs a misread word twice: the best reading has the highest.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let vietnamese = 0;
  let foreign = 0;
  for (const word of text.match(wordPattern) ?? []) {
    const verdict = judgeWord(word);
    if (verdict === 'vietnamese') vietnamese++;
    else if (verdict === 'foreign') foreign++;
  }
  return { vietnamese, foreign, score: vietnamese - 2 * foreign };
}
