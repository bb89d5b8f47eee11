package vn.parindex.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates PDFs as PDF/A-2b with veraPDF's Java library (issue 15), the same rules as the veraPDF application's
 * PDF/A-2B profile. On failure the assertion message lists every failed rule: its clause and test number, its
 * description, how often it failed and the first few places (veraPDF's object contexts).
 */
public final class PdfA {

    private static final int CONTEXTS_PER_RULE = 3;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** Fails unless {@code pdf} is PDF/A-2b compliant. */
    public static void assertPdfA2b(Path pdf) {
        try {
            assertPdfA2b(Files.readAllBytes(pdf), pdf.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code pdf} is PDF/A-2b compliant; {@code what} names it in the message. */
    public static void assertPdfA2b(byte[] pdf, String what) {
        ValidationResult result = validate(pdf);
        if (!result.isCompliant()) {
            fail(what + " is not PDF/A-2b (veraPDF " + result.getPDFAFlavour() + "):\n" + failures(result));
        }
    }

    /** veraPDF's result for {@code pdf} against PDF/A-2B; failed checks only (passed ones are not logged). */
    public static ValidationResult validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
        }
    }

    /** One line per failed rule, followed by a few of the places it failed. */
    public static String failures(ValidationResult result) {
        Map<RuleId, List<TestAssertion>> byRule = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                byRule.computeIfAbsent(assertion.getRuleId(), r -> new ArrayList<>()).add(assertion);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId rule = failed.getKey();
            List<TestAssertion> assertions = byRule.getOrDefault(rule, List.of());
            text.append("- clause ").append(rule.getClause()).append(" test ").append(rule.getTestNumber())
                    .append(" (").append(failed.getValue()).append(" failed checks): ")
                    .append(assertions.isEmpty() ? "" : assertions.get(0).getMessage()).append('\n');
            for (TestAssertion assertion : assertions.subList(0, Math.min(CONTEXTS_PER_RULE, assertions.size()))) {
                text.append("    at ").append(assertion.getLocation().getContext());
                if (assertion.getErrorMessage() != null) {
                    text.append(": ").append(assertion.getErrorMessage());
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
