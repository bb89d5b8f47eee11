package vn.parindex.csv;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a trimmed CSV value as a decimal number in one {@link NumberStyle} (SPEC §3). */
public final class NumberParser {
    static final int MAX_DECIMAL_PLACES = 4;

    // Group 1 captures the decimal digits. \d is ASCII-only in Java unless UNICODE_CHARACTER_CLASS is set.
    private static final Pattern POINT_DECIMAL_FORM = Pattern.compile("[+-]?\\d+(?:\\.(\\d+))?");
    private static final Pattern COMMA_DECIMAL_FORM =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");

    private static final NumberParser POINT_DECIMAL = new NumberParser(NumberStyle.POINT_DECIMAL, POINT_DECIMAL_FORM);
    private static final NumberParser COMMA_DECIMAL = new NumberParser(NumberStyle.COMMA_DECIMAL, COMMA_DECIMAL_FORM);

    private final NumberStyle style;
    private final Pattern form;

    private NumberParser(NumberStyle style, Pattern form) {
        this.style = style;
        this.form = form;
    }

    public static NumberParser of(NumberStyle style) {
        return switch (style) {
            case POINT_DECIMAL -> POINT_DECIMAL;
            case COMMA_DECIMAL -> COMMA_DECIMAL;
        };
    }

    public NumberStyle style() {
        return style;
    }

    /** @param text a value already trimmed; {@code null} and empty text are {@code NUMBER} errors */
    public ParsedNumber parse(String text) {
        if (text == null) {
            return ParsedNumber.error(ParsedNumber.NUMBER);
        }
        Matcher matcher = form.matcher(text);
        if (!matcher.matches()) {
            return ParsedNumber.error(ParsedNumber.NUMBER);
        }
        String decimals = matcher.group(1);
        if (decimals != null && decimals.length() > MAX_DECIMAL_PLACES) {
            return ParsedNumber.error(ParsedNumber.PRECISION);
        }
        return ParsedNumber.valid(new BigDecimal(toPlainDecimal(text)));
    }

    private String toPlainDecimal(String text) {
        if (style == NumberStyle.POINT_DECIMAL) {
            return text;
        }
        return text.replace(".", "").replace(',', '.');
    }
}
