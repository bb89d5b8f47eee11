package vn.parindex.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.FrameworkChecks;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.RuleParser;

class ProvinceGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Map<String, byte[]> first = generate(temp.resolve("a"), 7);
        Map<String, byte[]> again = generate(temp.resolve("b"), 7);
        Map<String, byte[]> other = generate(temp.resolve("c"), 8);

        assertThat(again.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
        assertThat(other.get("dossiers-phuong-2024.csv")).isNotEqualTo(first.get("dossiers-phuong-2024.csv"));
    }

    @Test
    void writesEveryKindPerYearAndGroup() throws IOException {
        Map<String, byte[]> files = generate(temp, 7);

        assertThat(files).containsKeys("units.csv", "framework-2024.csv", "framework-2025.csv", "bands-2024.csv",
                "bands-2025.csv", "self-xa-2025.csv", "appraisal-phuong-2024.csv", "metrics-xa-2024.csv",
                "survey-dackhu-2025.csv", "dossiers-dackhu-2024.csv");
        String units = new String(files.get("units.csv"), StandardCharsets.UTF_8);
        assertThat(units).contains("001,Phường An Bình,PHUONG,phường,2024,").contains("Xã ").contains("Đặc khu ");
        assertThat(Normalizer.isNormalized(units, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void theFrameworkIsAValidTreeOfEightDomainsSummingTo100() {
        List<Criterion> criteria = new SampleFramework(20).criteria().stream().map(c -> new Criterion(c.code(), c.parentCode(),
                c.name(), c.maxPoints(), Method.fromCode(c.method()).orElseThrow(),
                c.rule() == null ? null : RuleParser.parse(Method.fromCode(c.method()).orElseThrow(), c.rule()))).toList();

        assertThat(FrameworkChecks.check(criteria)).isEmpty();
        assertThat(criteria.stream().filter(Criterion::isDomain)).hasSize(8);
        assertThat(criteria).hasSize(35);
        assertThat(criteria.stream().filter(Criterion::isDomain).map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(criteria).extracting(Criterion::method).contains(Method.APPRAISED, Method.RATIO, Method.SURVEY);
    }

    @Test
    void mixedDialectsUseSemicolonsWithDecimalCommasTabsAndByteOrderMarks() throws IOException {
        String all = String.join("\n", generate(temp, 7).values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList());

        assertThat(all).contains("year;unit_code;").contains("\r\n").contains("year\tunit_code").contains("\uFEFFyear");
        assertThat(all).containsPattern(";\\d+,\\d+;");
    }

    private static Map<String, byte[]> generate(Path out, long seed) throws IOException {
        List<Path> files = new ProvinceGenerator(new GeneratorOptions(out, 12, 3, List.of(2024, 2025), 20, 5, seed, true)).generate();
        Map<String, byte[]> bytes = new TreeMap<>();
        for (Path f : files) {
            bytes.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return bytes;
    }
}
