package vn.parindex.ranking;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Orders names the way Vietnamese lists do: syllable by syllable (Hà Tĩnh before Hải Dương), each syllable by
 * its letters a ă â b c d đ e ê … and then its tone (a à ả ã á ạ); then case; then code point, so the order
 * is total. Letters and tones come from the JDK's "vi" collator. That collator alone ignores spaces, which
 * would put "Hải Phòng" before "Hà Tây", so names are compared word by word.
 */
public final class VietnameseCollation implements Comparator<String> {

    private static final VietnameseCollation INSTANCE = new VietnameseCollation();
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final Collator lettersAndTones = vietnamese(Collator.SECONDARY);
    private final Collator withCase = vietnamese(Collator.TERTIARY);

    public static VietnameseCollation instance() {
        return INSTANCE;
    }

    @Override
    public int compare(String a, String b) {
        String[] wordsA = words(a);
        String[] wordsB = words(b);
        for (int i = 0; i < Math.min(wordsA.length, wordsB.length); i++) {
            int bySyllable = lettersAndTones.compare(wordsA[i], wordsB[i]);
            if (bySyllable != 0) {
                return bySyllable;
            }
        }
        if (wordsA.length != wordsB.length) {
            return Integer.compare(wordsA.length, wordsB.length);
        }
        int byCase = withCase.compare(a, b);
        return byCase != 0 ? byCase : a.compareTo(b);
    }

    private static String[] words(String s) {
        String trimmed = SPACES.matcher(s).replaceAll(" ").trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    private static Collator vietnamese(int strength) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(strength);
        // NFC and NFD spellings of the same name must compare equal.
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
