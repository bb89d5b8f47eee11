package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The hand-written checks of codes, identifiers and years accept exactly what their regular expressions accept,
 * on random text built from the characters that matter at each edge. Each repetition has its own fixed seed.
 */
class RowShapesProperties {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern IDENTIFIER = Pattern.compile("[^\\p{Cntrl}]{1,64}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /** Letters, digits (also non-ASCII ones), the code punctuation, controls, DEL, Vietnamese, an emoji (two chars). */
    private static final String[] PIECES = {"a", "Z", "0", "9", ".", "_", "-", " ", "/", "\t", "\u0000", "\u001F", "\u007F",
        "\u0080", "ệ", "Đ", "\u0663", "\uFF11", "😀", "'", ","};

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        boolean plain = random.nextInt(3) == 0; // often only what a valid value holds, so long valid values occur
        for (int i = 0; i < pieces; i++) {
            text.append(plain ? PIECES[random.nextInt(7)] : PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @RepeatedTest(2000)
    void codesIdentifiersAndYearsMatchTheirExpressions(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        String shortText = randomText(random, 6);
        String text = randomText(random, 70);

        for (String v : new String[] {shortText, text}) {
            assertThat(Row.isCode(v)).as("code '%s'", v).isEqualTo(CODE.matcher(v).matches());
            assertThat(Row.isIdentifier(v)).as("identifier '%s'", v).isEqualTo(IDENTIFIER.matcher(v).matches());
            assertThat(Row.isFourDigits(v)).as("year '%s'", v).isEqualTo(FOUR_DIGITS.matcher(v).matches());
        }
    }

    @RepeatedTest(200)
    void identifiersCountCodePointsNotChars(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        String v = "😀".repeat(random.nextInt(40)) + "a".repeat(random.nextInt(40));

        assertThat(Row.isIdentifier(v)).as("'%s'", v).isEqualTo(IDENTIFIER.matcher(v).matches());
    }
}
