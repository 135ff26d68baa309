-- Hand-written: names across scripts (issue 14). "Putin" finds بوتين, and
-- بوتين finds an English text's "Putin".
--
-- transliteration_keys(normalized text) gives every word's consonant
-- skeleton, the part of a name both scripts write: the letters mapped to one
-- Latin class each (p/b and ب, v/f and ف, g/j and ج غ, q/k/c and ك ق خ, the
-- digraphs sh/kh/th/gh/ph/dh as one letter), vowels and the letters Arabic
-- uses as vowels (ا و ي ى ء ع ة) dropped, doubled letters once. Putin and
-- بوتين are both "btn"; Bloomberg and بلومبرج "blmbrg". An Arabic word is
-- keyed as written and without a glued-on article or preposition (الكرملين,
-- لبوتين). Each key carries its script ("ar:" or "la:"): a query looks up
-- the other script's keys only, so same-script words keep matching by stem
-- and spelling as before. Keys of fewer than three consonants (Russia روسيا
-- and رئيس are both "rs"), of Arabic words with too few long vowels to be a
-- foreign name (الإطلاق is "tlk", as "talk" is) and of a few dozen common
-- Arabic words would find the wrong claims and are left out.
--
-- The keys join the stored search vector as lexemes, so a word of a query
-- matches by its stem, a spelling variant or its key, all through the one
-- GIN index, and a query mixing scripts still needs every word. SearchTerm
-- is counted again from the new vectors (the trigger only sees updates).

CREATE FUNCTION "transliteration_keys"(words text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT key ORDER BY key), '{}')
  FROM (
    SELECT NULL::int AS vowels, 'la:' || regexp_replace(
      translate(
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(word,
          '(sh|ch)', 's', 'g'),
          '([kgtpdz])h', '\1', 'g'),
          'ng([^aeiouy]|$)', 'n\1', 'g'),
          'c([eiy])', 's\1', 'g'),
          '(ck|qu|x)', 'k', 'g'),
        'pvqjcaeiouyw', 'bfkgk'),
      '(.)\1+', '\1', 'g') AS key
    FROM regexp_split_to_table(words, '[^a-z]+') AS word
    UNION ALL
    SELECT length(regexp_replace(substr(spelling, 2), '[^اوي]', '', 'g')), 'ar:' || regexp_replace(
      translate(spelling, 'بپتطثجچگغحخدضذرزظسصشفڤقكلمنهاأإآويىءئؤعة', 'bbtttgsgghkdddrzzsssffkklmnh'),
      '(.)\1+', '\1', 'g')
    FROM regexp_split_to_table(words, '[^ء-يپچڤگ]+') AS word
      CROSS JOIN LATERAL (SELECT regexp_replace(word, '^(وال|بال|فال|كال|لل|ال|[وبلفك])(?=..)', '') AS bare) AS stripped
      CROSS JOIN LATERAL (VALUES (word), (bare)) AS spellings(spelling)
      CROSS JOIN (VALUES (ARRAY['تلك', 'ذلك', 'هناك', 'هنالك', 'لكن', 'لكنه', 'عندما', 'بينما', 'حيث', 'مثل', 'منذ', 'عند', 'قبل', 'بعد', 'خلال', 'فقط', 'حتى', 'بين', 'ضمن', 'نحو', 'دون', 'حول', 'غير', 'كان', 'كانت', 'يكون', 'تكون', 'كانوا', 'قال', 'قالت', 'لقد', 'قد', 'ثم', 'اذا', 'هذا', 'هذه', 'هؤلاء', 'اولئك', 'الذي', 'التي', 'الذين', 'ايضا', 'لان', 'لانه', 'كما', 'كيف', 'لماذا', 'متى', 'اين', 'ماذا', 'عليه', 'عليها', 'لدى', 'لديه', 'امام', 'خلف', 'فوق', 'تحت', 'عبر', 'اكثر', 'اقل', 'جدا', 'جميع', 'كل', 'بعض', 'بشكل', 'وفق', 'وفقا', 'حسب', 'مقابل', 'اليوم', 'امس'])) AS stop(words)
    WHERE NOT (word = ANY (stop.words) OR bare = ANY (stop.words))
  ) keys
  -- Names from other languages are written with their vowels (بوتين, ترامب, بلومبرج); an Arabic word
  -- has few long vowels after its first letter (أطلق, بطن, الإطلاق, تقرير) and keyed would answer "talk",
  -- "Putin" or "ticker": a key of three consonants needs two, a longer one one.
  WHERE length(key) >= 6 AND (vowels IS NULL OR vowels >= CASE WHEN length(key) = 6 THEN 2 ELSE 1 END)
$$;

ALTER TABLE "Claim" ALTER COLUMN "searchVector" SET EXPRESSION AS (to_tsvector('arabic', "searchText") || array_to_tsvector(transliteration_keys("searchText")));

TRUNCATE "SearchTerm";
INSERT INTO "SearchTerm" ("lexeme", "claims")
SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"');
