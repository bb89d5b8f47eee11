package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseCollationTest {

    private final VietnameseCollation collation = VietnameseCollation.instance();

    @Test
    void dWithStrokeIsItsOwnLetterAfterD() {
        assertThat(sorted("Gia Lâm", "Đống Đa", "Dương", "Dzũng", "Đan Phượng"))
                .containsExactly("Dương", "Dzũng", "Đan Phượng", "Đống Đa", "Gia Lâm");
    }

    @Test
    void breveAndCircumflexLettersFollowTheirBaseLetter() {
        assertThat(sorted("Cầu Giấy", "Bắc Từ Liêm", "Ba Đình", "Ba Vì", "Âu Cơ", "Ăn", "Anh"))
                .containsExactly("Anh", "Ăn", "Âu Cơ", "Ba Đình", "Ba Vì", "Bắc Từ Liêm", "Cầu Giấy");
        assertThat(sorted("Ơn", "Ô Môn", "Ong", "Ưng Hòa", "Uông Bí"))
                .containsExactly("Ong", "Ô Môn", "Ơn", "Uông Bí", "Ưng Hòa");
        assertThat(sorted("Ê Đê", "Eo", "Ghềnh"))
                .containsExactly("Eo", "Ê Đê", "Ghềnh");
    }

    @Test
    void namesAreOrderedSyllableBySyllableEachByLettersThenTone() {
        assertThat(sorted("Hà Tây", "Hạ Long", "Hải Phòng", "Hả", "Hà", "Ha", "Hã", "Há", "Hạ"))
                .containsExactly("Ha", "Hà", "Hà Tây", "Hả", "Hã", "Há", "Hạ", "Hạ Long", "Hải Phòng");
        assertThat(sorted("Hải Dương", "Hà Tĩnh", "Hậu Giang", "Hà Nội", "Hà Giang", "Hòa Bình"))
                .containsExactly("Hà Giang", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình");
        assertThat(sorted("Ba Ba", "Bà", "Ba", "Bà Con"))
                .containsExactly("Ba", "Ba Ba", "Bà", "Bà Con");
    }

    @Test
    void caseAndSpacingOnlyBreakTies() {
        assertThat(sorted("quận Ba Đình", "Quận Ba Đình", "Quận  Ba Vì", "quận ba vì"))
                .containsExactly("quận Ba Đình", "Quận Ba Đình", "quận ba vì", "Quận  Ba Vì");
        assertThat(collation.compare("Quận Ba Đình", "Quận Ba Đình")).isZero();
    }

    @Test
    void theAlphabetIsInVietnameseOrder() {
        List<String> alphabet = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m",
                "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        List<String> shuffled = new ArrayList<>(alphabet);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(collation);

        assertThat(shuffled).isEqualTo(alphabet);
    }

    @Test
    void composedAndDecomposedSpellingsCollateAlike() {
        String nfc = Normalizer.normalize("Quận Bắc Từ Liêm", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Quận Bắc Từ Liêm", Normalizer.Form.NFD);

        assertThat(collation.compare(nfd, "Quận Cầu Giấy")).isNegative();
        assertThat(collation.compare(nfd, "Quận Ba Đình")).isPositive();
        assertThat(Integer.signum(collation.compare(nfc, nfd))).isEqualTo(Integer.signum(nfc.compareTo(nfd)));
    }

    private List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.reverse(list);
        list.sort(collation);
        return list;
    }
}
